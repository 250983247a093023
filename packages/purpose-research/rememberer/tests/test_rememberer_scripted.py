"""REMEMBERER on a scripted backend with a real store: experiences get an n-step Q, the Q moves toward the
reward of episodes that show the record, and retrieval shows both an encouraged and a discouraged action."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    MemoryCI,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    read_trace,
)
from purpose_agent.testing import OptimizerContract, RetrieverContract, ScriptedBackend, isolate_settings
from purpose_research_rememberer.optimizer import RemembererOptimizer
from purpose_research_rememberer.qlearning import nstep_target, terminal_rewards
from purpose_research_rememberer.retriever import RemembererRetriever
from purpose_research_rememberer.settings import load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def make_team(tmp_path: Path, backend: ScriptedBackend, *, on: bool = True) -> Team:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=2, max_seconds=30),
        plugins=PluginsConfig(enabled=[*CORE, "research-rememberer"] if on else CORE),
    )
    return Team(
        "Answer questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        name="qa",
    )


def answer(value: str) -> str:
    return json.dumps({"action": "final_answer", "input": value})


def promote_all(team: Team, ids: Sequence[str]) -> None:
    ci = MemoryCI(team.store, manager=team.manager)
    for card_id in ids:
        ci.review(card_id, approve=True, reason="test", actor="test")


def test_nstep_target() -> None:
    assert nstep_target(terminal_rewards(1, 1.0), gamma=0.9, n=3) == 1.0
    assert nstep_target(terminal_rewards(3, 1.0), gamma=0.9, n=3) == pytest.approx(0.81)
    # beyond the horizon the target bootstraps from the best shown experience
    assert nstep_target(terminal_rewards(5, 1.0), gamma=0.5, n=2, bootstrap=0.8) == pytest.approx(0.2)


def test_experiences_are_valued_and_both_kinds_are_shown(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend([answer("391"), answer("17 * 23")]))
    won = team.run(Task(input="What is 17 * 23?", expected="391", task_type="arithmetic"))
    lost = team.run(Task(input="What is 17 * 23 ?", expected="391", task_type="arithmetic"))
    (good,) = [c.card_id for c in won.candidates]
    (bad,) = [c.card_id for c in lost.candidates]
    assert team.store.get(good).utility.q_value == 1.0 and team.store.get(bad).utility.q_value == 0.0
    promote_all(team, [good, bad])

    seen: list[str] = []

    def policy(messages: Sequence[Message]) -> str:
        seen.append("\n".join(m.content for m in messages))
        return answer("391")

    team._backend = ScriptedBackend(policy)
    result = team.run(Task(input="What is 17 * 23 please?", expected="391", task_type="arithmetic"))
    prompt = seen[0]
    assert "Encouraged (Q=1.00)" in prompt and "answer 391" in prompt
    assert "Discouraged (Q=0.00)" in prompt and "17 * 23 was wrong" in prompt
    assert {good, bad} <= set(result.memory_ids)
    # the record shown on a solved episode keeps Q=1; the discouraged one moves up toward the reward 1
    assert team.store.get(bad).utility.q_value > 0.0
    assert team.store.get(good).utility.shown == 1
    team.close()


def test_q_falls_when_an_encouraged_record_is_followed_into_failure(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend([answer("391")]))
    won = team.run(Task(input="What is 17 * 23?", expected="391", task_type="arithmetic"))
    (good,) = [c.card_id for c in won.candidates]
    promote_all(team, [good])
    team._backend = ScriptedBackend(answer("0"), repeat=True)
    before = team.store.get(good).utility.q_value
    team.run(Task(input="What is 17 * 24?", expected="408", task_type="arithmetic"))
    assert team.store.get(good).utility.q_value < before
    team.close()


def test_disabled_plugin_is_gone_from_the_run_and_the_recorded_set(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend([answer("391")]), on=False)
    result = team.run(Task(input="What is 17 * 23?", expected="391"))
    assert not result.candidates
    assert "research-rememberer" not in {p["name"] for p in read_trace(result.trace_path).header.plugins}
    assert "rememberer" not in team.manager.retrievers() and "rememberer" not in team.manager.optimizers()
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    from purpose_agent.plugin import ConfigError

    assert load(raw={}).n_step == 3
    with pytest.raises(ConfigError, match="gamma"):
        load(raw={"gamma": 1.5})


class TestRemembererOptimizerContract(OptimizerContract):
    optimizer = RemembererOptimizer()


class TestRemembererRetrieverContract(RetrieverContract):
    retriever = RemembererRetriever()
