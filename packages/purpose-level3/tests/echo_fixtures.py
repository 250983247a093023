"""What the stream tests share: a tool that echoes in capitals, a scripted policy that calls it once and
answers with its result, and the settings they run under."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from purpose_agent.plugin import BudgetsConfig, PluginsConfig, Settings, ToolResult

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
