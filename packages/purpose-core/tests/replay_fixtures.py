"""Helpers shared by the replay tests here and purpose-learn's learn-loop tests (tests/test_replay_loop.py):
a calculator tool, scripted models whose answers depend on what the prompt shows, a multiplication procedure
card and a validation split where the card's effect on each case is known in advance."""

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
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.procedures import generalize, to_skill_fields
from purpose_agent.runtime.task import Task
from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult

# The episode wrote the operator itself (the operands swapped, not the task's span copied): the card's
# steps depend on "*", so "*" stays in its structure.
MULTIPLY = generalize(
    "What is 12 * 34?",
    [("calculator", {"expression": "34 * 12"}, "408"), ("final_answer", {"answer": "408"}, "")],
)
# The episode handed the calculator the task's expression verbatim: one typed slot, any operator.


EXPRESSION = generalize(
    "What is 12 * 34?",
    [("calculator", {"expression": "12 * 34"}, "408"), ("final_answer", {"answer": "408"}, "")],
)


class Calculator:
    name = "calculator"
    description = "Evaluate an arithmetic expression like '12 * 34'."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        a, op, b = re.fullmatch(r"\s*(-?\d+)\s*([-+*/])\s*(-?\d+)\s*", arguments["expression"]).groups()  # type: ignore[union-attr]
        x, y = int(a), int(b)
        value = {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else float("nan")}[op]
        return ToolResult(output=f"{value:g}" if isinstance(value, float) else str(value))


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def model(copies_templates: bool):  # type: ignore[no-untyped-def]
    """A small model: answers with a calculator result it has; follows a suggested step; on '+' tasks it
    calls the calculator right; on '*' tasks it guesses 0. With ``copies_templates`` it copies the
    operator of any raw procedure it is shown (the misfire the issue reported: 2+3 -> 2 * 3)."""

    def reply(messages: Sequence[Message]) -> str:
        prompt = "\n".join(m.content for m in messages)
        task = re.findall(r"Task: (.*)", prompt)[-1]
        a, b = re.findall(r"-?\d+", task)[:2]
        result = re.findall(r"The last calculator result is: (\S+)", prompt)
        if result:
            return act("final_answer", result[-1])
        suggested = re.findall(r"Suggested next step .*: action=calculator input=(.*)", prompt)
        if suggested:
            return act("calculator", suggested[-1])
        if copies_templates and "{s0} * {s1}" in prompt:
            return act("calculator", f"{a} * {b}")
        if "+" in task:
            return act("calculator", f"{a} + {b}")
        return act("final_answer", "0")

    return reply


CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


def make_manager(tmp_path: Path) -> PluginManager:
    """The kernel, the case optimizer and general lessons, a keyword scanner, alpha 0.1."""
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
        learning=LearningConfig(replay_alpha=0.1),
    )
    manager = PluginManager(settings).load()
    from plugin_fixtures import keyword_scanner

    manager.register(keyword_scanner, name="keyword-scanner")
    return manager


def team_with(manager: PluginManager, copies_templates: bool) -> Team:
    agent = AgentTemplate(name="solver", role="Answer the question.", tools=[])
    return Team(
        "Answer questions", [agent], settings=manager.settings, manager=manager,
        backend=ScriptedBackend(model(copies_templates)), tools=[Calculator()], name="qa",
    )  # fmt: skip


def multiplication_card() -> MemoryCard:
    assert MULTIPLY is not None
    fields = to_skill_fields(MULTIPLY)
    return MemoryCard(
        kind="skill_card",
        content='For tasks like \'What is {s0} * {s1}?\': calculator {"expression": "{s0} * {s1}"}; '
        "then answer {result}.",
        fields=fields,
        scope=MemoryScope(tool_names=("calculator",)),
        trust=0.5,
    )


VALIDATION = [
    *(Task(input=f"What is {a} * {b}?", expected=str(a * b), id=f"mul{a}") for a, b in
      [(13, 7), (21, 4), (9, 17), (32, 3), (6, 41)]),
    Task(input="What is 13 + 7?", expected="20", id="add1"),
    Task(input="What is 30 + 12?", expected="42", id="add2"),
    Task(input="Sort these words: 'pear', 'fig'", expected="fig, pear", id="other"),
]  # fmt: skip


def stubborn(messages: Sequence[Message]) -> str:
    """Calls the calculator right, then calls it again and again, unless a lesson says to stop."""
    prompt = "\n".join(m.content for m in messages)
    task = re.findall(r"Task: (.*)", prompt)[-1]
    a, op, b = re.search(r"(\d+) ([-+*/]) (\d+)", task).groups()  # type: ignore[union-attr]
    result = re.findall(r"The last calculator result is: (\S+)", prompt)
    if result and "next action is final_answer with that result" in prompt:
        return act("final_answer", result[-1])
    if result and "Step 2" in prompt:
        return act("calculator", f"{b} {op} {a}")  # wanders off instead of answering
    return act("calculator", f"{a} {op} {b}")


def team_without_memory_answers(team: Team, task: str, expected: str) -> bool:
    return team.run_chain(Task(input=task, expected=expected), use_memory=False, learn=False).success
