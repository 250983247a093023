"""MemRL on a scripted backend with a real SQLite store: the Q-value of a card shown on failed episodes
falls, the retriever then prefers the card that helps, and switching the plugin off restores lexical order."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    MemoryCard,
    MemoryCI,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    read_trace,
    run_episode,
)
from purpose_agent.testing import RetrieverContract, ScriptedBackend, isolate_settings
from purpose_research_memrl.retriever import MemRLRetriever
from purpose_research_memrl.settings import load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def settings_for(tmp_path: Path, *, memrl: bool) -> Settings:
    return Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=2, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE, disabled=[])
        if not memrl
        else PluginsConfig(enabled=[*CORE, "research-memrl"]),
    )


def policy(messages: Sequence[Message]) -> str:
    """Right only when the helpful tip is in the prompt."""
    prompt = "\n".join(m.content for m in messages)
    answer = "42" if "code word is 42" in prompt else "7"
    return json.dumps({"action": "final_answer", "input": answer})


def team_with_two_tips(tmp_path: Path, *, memrl: bool) -> tuple[Team, str, str]:
    settings = settings_for(tmp_path, memrl=memrl)
    team = Team(
        "Answer questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=ScriptedBackend(policy),
        name="qa",
    )
    ci = MemoryCI(team.store, manager=team.manager)
    ids = []
    # the misleading tip repeats the query's words, so lexical recall ranks it first
    misleading_text = "What is the secret code? " * 4 + "Guess the secret code."
    for text in (misleading_text, "The code word is 42"):
        outcome = ci.admit(MemoryCard(kind="user_preference", content=text))
        ids.append(ci.review(outcome.card_id, approve=True, reason="test", actor="test").card_id)
    return team, ids[0], ids[1]


def run_k1(team: Team, n: int) -> list[list[str]]:
    shown = []
    for _ in range(n):
        setup = team.setup_for(team.agents[0])
        setup.memory_k = 1
        result = run_episode(setup, Task(input="What is the secret code?", expected="42"), learn=False)
        shown.append(result.memory_ids)
    return shown


def test_q_values_move_and_utility_selection_follows(tmp_path: Path) -> None:
    team, misleading, helpful = team_with_two_tips(tmp_path, memrl=True)
    shown = run_k1(team, 6)
    assert shown[0] == [misleading], "phase A+B start from similarity: Q is equal (0.5) at first"
    q_bad = team.store.get(misleading).utility.q_value
    assert q_bad < 0.5, "failed episodes showing the card must lower its Q"
    assert shown[-1] == [helpful], f"utility selection never switched: {shown}"
    assert team.store.get(helpful).utility.q_value > 0.5
    team.close()


def test_without_memrl_the_lexically_closest_card_keeps_being_shown(tmp_path: Path) -> None:
    team, misleading, _ = team_with_two_tips(tmp_path, memrl=False)
    shown = run_k1(team, 6)
    assert all(s == [misleading] for s in shown)
    names = {p["name"] for p in team.manager.loaded_set()}
    assert "research-memrl" not in names and "memrl" not in team.manager.retrievers()
    team.close()


def test_recorded_plugin_set_names_memrl_when_enabled(tmp_path: Path) -> None:
    team, _, _ = team_with_two_tips(tmp_path, memrl=True)
    result = team.run(Task(input="What is the secret code?", expected="42"))
    assert "research-memrl" in {p["name"] for p in read_trace(result.trace_path).header.plugins}
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    from purpose_agent.plugin import ConfigError

    assert load(raw={}).utility_weight == 0.5
    with pytest.raises(ConfigError, match="utility_weight"):
        load(raw={"utility_weight": 2})


class TestMemRLRetrieverContract(RetrieverContract):
    retriever = MemRLRetriever()
