"""Slow tools and plans shared by the compiler tests."""

from __future__ import annotations

import json
import time
from typing import Any

from purpose_agent.plugin import ToolResult


class SlowTool:
    """Sleeps, then echoes: a stand-in for a network-bound tool."""

    timeout_s = 10.0

    def __init__(self, name: str, seconds: float, reply: str | None = None) -> None:
        self.name = name
        self.description = f"Look up {name.replace('_', ' ')} (takes {seconds:g} s)"
        self.parameters = {
            "type": "object",
            "properties": {"query": {"type": "string"}},
            "required": ["query"],
        }
        self.seconds = seconds
        self.reply = reply
        self.examples = [{"query": "x"}]

    def run(self, **arguments: Any) -> ToolResult:
        if not isinstance(arguments.get("query"), str):
            return ToolResult(status="invalid_arguments", error="query must be a string")
        time.sleep(self.seconds)
        return ToolResult(output=self.reply or f"{self.name}:{arguments['query']}")


def plan_json(*calls: tuple[int, str, dict[str, Any], list[int]]) -> str:
    return json.dumps({"calls": [{"id": i, "tool": t, "args": a, "deps": d} for i, t, a, d in calls]})


def join_json(answer: str, decision: str = "answer") -> str:
    return json.dumps({"decision": decision, "answer": answer})
