"""The scripted model for this technique's tests: core's calibration rule
judge plus a meta-judge that prefers grounded judgments.

``policy`` routes each prompt to the right part, so one :class:`~purpose_agent.testing.ScriptedBackend`
plays every role. The judge (:func:`purpose_agent.testing.rule_judge`) follows the calibration rules it is
shown and is lenient otherwise; none of the parts knows the gold labels.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from purpose_agent.plugin import Message
from purpose_agent.testing import rule_judge


def meta_judge(messages: Sequence[Message]) -> str:
    """Prefers the judgment whose evidence is quoted from an observation (grounded); else says "A".

    Saying "A" when it cannot tell is a position bias on purpose: asked in both orders, such a
    preference is inconsistent and must be dropped.
    """
    user = messages[-1].content
    observations = re.findall(r"^- (.*)$", user, re.M)
    a = re.search(r"^Judgment A: .*?evidence: (.*)$", user, re.M)
    b = re.search(r"^Judgment B: .*?evidence: (.*)$", user, re.M)

    def grounded(match: re.Match[str] | None) -> bool:
        return bool(match) and any(match.group(1)[:40] in o for o in observations)  # type: ignore[union-attr]

    if grounded(b) and not grounded(a):
        return json.dumps({"better": "B"})
    return json.dumps({"better": "A"})


def policy(messages: Sequence[Message]) -> str:
    if messages[0].content.startswith("You compare two judgments"):
        return meta_judge(messages)
    return rule_judge(messages)
