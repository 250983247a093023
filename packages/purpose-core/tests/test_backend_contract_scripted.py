"""The backend contract run against ScriptedBackend, so the kit itself is exercised in core's suite."""

from __future__ import annotations

import json
from collections.abc import Sequence

from purpose_agent.llm.protocol import Message
from purpose_agent.testing import BackendContract, ScriptedBackend


def _reply(messages: Sequence[Message]) -> str:
    last = messages[-1].content.lower()
    if "json" in last:
        return json.dumps({"city": "Lagos", "population": 15388000})
    if "calculator" in last:
        return 'CALL calculator {"expression": "12 * 7"}'
    return "The sea is wide and deep tonight."


class TestScriptedContract(BackendContract):
    backend = ScriptedBackend(_reply, repeat=True)
