"""An agent's token and event stream, sync and async, on a scripted backend whose stream() yields word by
word (test_team_stream covers team.stream and RunStream itself)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from echo_fixtures import Echo, policy, settings_for
from purpose_agent.testing import ScriptedBackend
from purpose_level3.agent import Agent


def test_agent_stream_async_and_tokens_only(tmp_path: Path) -> None:
    agent = Agent(
        "echoer", "Echo.", tools=[Echo()], backend=ScriptedBackend(policy), settings=settings_for(tmp_path)
    )

    async def consume() -> tuple[list[str], Any]:
        stream = agent.stream("Echo hello there")
        seen = [e.type async for e in stream]
        return seen, stream.result

    seen, result = asyncio.run(consume())
    assert "tool_call" in seen and "token" in seen and result.answer.endswith("HELLO THERE")
    text = "".join(agent.stream("Echo hello there").tokens())
    assert "final_answer" in text
    agent.close()
