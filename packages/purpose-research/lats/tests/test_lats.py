"""LATS on a scripted environment where greedy ReAct fails: a vault whose code is behind the third door.

The scripted model is a fixed policy, not a cheat sheet: asked for an action it opens the first door it
has not tried on this path (or proposed here already), and after an observation it answers with what it
just saw. Greedy ReAct therefore opens the red door, sees an empty room and answers "an empty room".
As Φ the same backend scores a state by whether it quotes the code, with evidence from the state.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    ConfigError,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    ToolResult,
)
from purpose_agent.testing import ScriptedBackend
from purpose_research_lats.settings import load
from purpose_research_lats.tree import Node, select
from purpose_team import AgentTemplate, Team

DOORS = {"red": "an empty room", "blue": "a locked cabinet", "green": "a note: the vault code is 7429"}


class DoorTool:
    name = "open_door"
    description = "Open a door (red, blue or green) and see what is behind it."
    parameters = {"type": "object", "properties": {"door": {"type": "string"}}, "required": ["door"]}
    timeout_s = 2.0
    examples = [{"door": "red"}]

    def __init__(self) -> None:
        self.opened: list[str] = []

    def run(self, **arguments: Any) -> ToolResult:
        door = str(arguments.get("door", "")).strip().lower()
        self.opened.append(door)
        if door not in DOORS:
            return ToolResult(status="error", error=f"there is no {door!r} door; try red, blue or green")
        return ToolResult(output=DOORS[door])


def policy(messages: Sequence[Message]) -> str:
    system, user = messages[0].content, messages[-1].content
    if system.startswith("You grade"):
        if "7429" in user:
            return json.dumps({"evidence": ["the vault code is 7429"], "score": 9, "confidence": 9})
        return json.dumps({"evidence": [], "score": 1, "confidence": 8})
    if system.startswith("You reflect"):
        return json.dumps({"reflection": "That room held no code; open a door not tried yet."})
    steps = re.findall(r"open_door \{\"door\": \"(\w+)\"\} -> (.*)", user)
    proposed = re.search(r"Already proposed here: (.*)\. Propose", user)
    already = proposed.group(1) if proposed else ""
    if steps and "7429" in steps[-1][1]:
        return json.dumps({"action": "final_answer", "input": "7429"})
    options: list[tuple[str, str]] = []
    if steps:
        options.append(("final_answer", steps[-1][1]))
    tried = {door for door, _ in steps}
    options += [("open_door", d) for d in DOORS if d not in tried]
    for action, value in options:
        if f"{action} {value}" not in already:
            return json.dumps({"action": action, "input": value})
    return json.dumps({"action": "final_answer", "input": "unknown"})


def make_team(tmp_path: Path, strategy: str, **lats: Any) -> tuple[Team, ScriptedBackend]:
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        strategy=strategy,
        budgets=BudgetsConfig(max_steps=4, max_seconds=30, max_tokens=20_000),
        plugins=PluginsConfig(
            enabled=[
                "core-memory-kinds",
                "core-store-sqlite",
                "core-judge",
                "core-strategy-react",
                "research-lats",
            ]
        ),
        plugin={"research-lats": lats},
    )
    backend = ScriptedBackend(policy)
    team = Team(
        "Find hidden codes",
        [AgentTemplate(name="explorer", role="Explore and report.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        tools=[DoorTool()],
    )
    return team, backend


def test_greedy_react_fails_where_lats_finds_the_code_within_budget(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "purpose.toml").write_text("[plugin.research-lats]\nn_actions = 2\nmax_nodes = 12\n")
    react, _ = make_team(tmp_path, "react")
    greedy = react.run("Find the vault code.", expected="7429")
    react.close()
    assert not greedy.success and greedy.answer == "an empty room"

    lats, backend = make_team(tmp_path, "lats")
    strategy = lats.manager.strategies().get("lats")
    assert strategy.settings.n_actions == 2 and strategy.settings.max_nodes == 12, "read from purpose.toml"
    result = lats.run("Find the vault code.", expected="7429")
    lats.close()
    assert result.success and result.answer == "7429", result
    assert [s.action for s in result.steps][-1] == "final_answer"
    assert any(s.observation == DOORS["green"] for s in result.steps), "the answer's path is reported"
    events = [json.loads(line) for line in Path(result.trace_path).read_text().splitlines()]
    search = [e for e in events if e.get("type") == "lats.search"]
    nodes = [e for e in search if e["data"].get("event") == "node"]
    reflections = [e for e in search if e["data"].get("event") == "reflection"]
    assert 3 <= len(nodes) <= 12, "within the node budget"
    assert reflections, "a failed final answer was reflected on"
    later = [c for c in backend.calls if "Lessons from failed attempts" in c["messages"][-1].content]
    assert later, "the reflection steered later expansions"
    assert result.tokens <= 20_000


def test_node_budget_stops_the_search(tmp_path: Path) -> None:
    team, _ = make_team(tmp_path, "lats")
    team.manager.strategies().get("lats").settings.max_nodes = 2
    result = team.run("Find the vault code.", expected="7429")
    team.close()
    nodes = [
        json.loads(line)
        for line in Path(result.trace_path).read_text().splitlines()
        if '"event": "node"' in line
    ]
    assert len(nodes) <= 2 and not result.success


def test_uct_prefers_value_then_explores() -> None:
    root = Node(expanded=True, visits=3)
    good = Node(parent=root, visits=1, value_sum=0.9, reward=0.9)
    bad = Node(parent=root, visits=1, value_sum=0.1, reward=0.1)
    root.children = [bad, good]
    assert select(root, exploration=1.0) is good
    good.visits, good.value_sum = 40, 40 * 0.5
    root.visits = 42
    assert select(root, exploration=2.0) is bad, "a rarely visited child gets its turn"
    good.terminal = bad.terminal = True
    assert select(root, exploration=1.0) is None


def test_settings_are_validated() -> None:
    with pytest.raises(ConfigError, match=r"research-lats.*n_actions"):
        load({"n_actions": 0})
