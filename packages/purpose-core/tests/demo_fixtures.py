"""Helpers shared by the demonstration tests here and purpose-learn's (tests/test_demonstrations_loop.py):
two-number functions offered as tools and a scripted model that calls a tool only when told to or when
shown a worked example, so where a demonstration set helps is known in advance."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_agent.api.team import Team
from purpose_agent.api.templates import AgentTemplate
from purpose_agent.config import BudgetsConfig, LearningConfig, PluginsConfig, Settings
from purpose_agent.llm.protocol import Message
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.task import EpisodeResult, Score, Step, Task
from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult

#: The kernel's plugins with every optimizer of purpose-optimizers, whatever else is installed.
CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons", "optimizer-demonstrations"]  # fmt: skip
OPS = {"sum": lambda a, b: a + b, "product": lambda a, b: a * b, "difference": lambda a, b: a - b,
       "maximum": max, "remainder": lambda a, b: a % b}  # fmt: skip


class Pair:
    """A two-number function offered as a tool (``sum_of_two``, ...): several arguments, no primary one."""

    def __init__(self, op: str) -> None:
        self.name, self.op = f"{op}_of_two", op
        self.description = f"The {op} of two whole numbers a and b."
        self.parameters = {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        }
        self.timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(OPS[self.op](int(arguments["a"]), int(arguments["b"]))))


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


class Copier:
    """Calls a tool only when told to or when shown a worked example; records every system prompt."""

    def __init__(self) -> None:
        self.systems: list[str] = []

    def __call__(self, messages: Sequence[Message]) -> str:
        prompt = "\n".join(m.content for m in messages)
        task = re.findall(r"Task: (.*)", prompt)[-1]
        a, b = (int(n) for n in re.findall(r"\d+", task)[:2])
        if messages[-1].content.startswith("Arguments for "):
            return json.dumps({"a": a, "b": b})
        self.systems.append(messages[0].content)
        result = re.findall(r"The last \w+ result is: (\S+)", prompt)
        if result:
            return act("final_answer", result[-1])
        if "(use the tool)" in task or "Worked examples" in prompt:
            op = next(op for op in OPS if op in task)
            return act(f"{op}_of_two", f"{a}, {b}")
        return act("final_answer", "0")  # from its own knowledge


def make_manager(tmp_path: Path) -> PluginManager:
    """The kernel with the case optimizer and demonstration sets (no lessons), a keyword scanner."""
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
        learning=LearningConfig(replay_alpha=0.1, lessons=False, demonstrations=True),
    )
    manager = PluginManager(settings).load()
    from plugin_fixtures import keyword_scanner

    manager.register(keyword_scanner, name="keyword-scanner")
    return manager


def make_team(manager: PluginManager, model: Copier) -> Team:
    agent = AgentTemplate(name="solver", role="Answer.", tools=[])
    return Team(
        "Answer questions", [agent], settings=manager.settings, manager=manager,
        backend=ScriptedBackend(model), tools=[Pair(op) for op in OPS], name="qa",
    )  # fmt: skip


def task(op: str, a: int, b: int, hint: bool = False, extra: str = "") -> Task:
    text = f"What is the {op} of {a} and {b}?{extra}{' (use the tool)' if hint else ''}"
    return Task(input=text, expected=str(OPS[op](a, b)), checker="numeric", id=f"{op}-{a}-{b}")


def solved(text: str, tool: str, arguments: dict[str, Any], answer: str, ok: bool = True) -> tuple[Task, Any]:
    steps = [Step(index=0, action=tool, arguments=arguments, observation=answer, tool_status="ok"),
             Step(index=1, action="final_answer", arguments={"answer": answer})]  # fmt: skip
    score = Score(value=1.0 if ok else 0.0, confidence=1.0, reasoning="", evaluator="checker")
    return Task(input=text, id=text[:20]), EpisodeResult(answer=answer, steps=steps, score=score)
