"""An agent's token and event stream, sync and async, on a scripted backend whose stream() yields word by
word (test_team_stream covers team.stream and RunStream itself)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    BudgetsConfig,
    PluginsConfig,
    Settings,
    ToolResult,
)
from purpose_agent.testing import ScriptedBackend
from purpose_level3.agent import Agent

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


class Echo:
    name = "echo"
    description = "Repeat the text."
    parameters = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=arguments["text"].upper())


def policy(messages: Any) -> str:
    prompt = messages[-1].content
    if "Choose the next action" not in prompt:
        return json.dumps({"score": 1.0, "evidence": [], "reasoning": "fine"})
    if "->" in prompt:
        return json.dumps({"action": "final_answer", "input": "the echo said HELLO THERE"})
    return json.dumps({"action": "echo", "input": "hello there"})


def settings_for(tmp_path: Path) -> Settings:
    return Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(enabled=CORE),
    )


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
