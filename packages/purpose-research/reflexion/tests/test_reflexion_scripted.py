"""Reflexion on a scripted backend whose answers depend on the prompt, so the mechanism's effect is known:
the first trial answers with the expression, the retry sees the reflection and answers with the result."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    read_trace,
)
from purpose_agent.testing import OptimizerContract, ScriptedBackend, isolate_settings
from purpose_research_reflexion.optimizer import ReflexionOptimizer
from purpose_research_reflexion.settings import load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


def settings_for(tmp_path: Path, *, enabled: bool = True) -> Settings:
    return Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        strategy="reflexion" if enabled else "react",
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=[*CORE, "research-reflexion"] if enabled else CORE),
    )


def policy(messages: Sequence[Message]) -> str:
    prompt = "\n".join(m.content for m in messages)
    if "reflect on a failed attempt" in prompt:
        return json.dumps({"reflection": "Give the number the calculator returned, not the expression."})
    if "Reflections on your earlier trials" in prompt:
        return json.dumps({"action": "final_answer", "input": "391"})
    return json.dumps({"action": "final_answer", "input": "17 * 23"})


def team_for(settings: Settings, backend: ScriptedBackend) -> Team:
    manager = PluginManager(settings).load()
    agent = AgentTemplate(name="solver", role="Answer the question.", tools=[])
    return Team("Answer arithmetic questions", [agent], settings=settings, manager=manager, backend=backend)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_a_reflection_is_written_and_used_on_the_retry(tmp_path: Path) -> None:
    backend = ScriptedBackend(policy)
    team = team_for(settings_for(tmp_path), backend)
    result = team.run(Task(input="What is 17 * 23?", expected="391", task_type="arithmetic"))
    assert result.success and result.answer == "391"
    trace = read_trace(result.trace_path)
    (reflection,) = [e.data for e in trace.of_type("reflexion.reflection")]
    assert "'17 * 23' was wrong" in reflection["reflection"]
    assert "calculator returned" in reflection["reflection"]
    assert [e.data["passed"] for e in trace.of_type("reflexion.trial")] == [False, True]
    retry_prompt = "\n".join(m.content for m in backend.calls[-1]["messages"])
    assert "Give the number the calculator returned" in retry_prompt
    # the lasting lesson went to memory CI as a candidate, never straight to the store as promoted
    lessons = [c for c in result.candidates if c.kind == "failure_pattern"]
    assert len(lessons) == 1 and lessons[0].status == "quarantined"
    card = team.store.get(lessons[0].card_id)
    assert card.provenance.optimizer == "reflexion" and "calculator returned" in card.fields["fix"]
    team.close()


def test_no_retry_when_the_first_trial_passes(tmp_path: Path) -> None:
    backend = ScriptedBackend(lambda m: json.dumps({"action": "final_answer", "input": "391"}))
    team = team_for(settings_for(tmp_path), backend)
    result = team.run(Task(input="What is 17 * 23?", expected="391"))
    assert result.success and len(backend.calls) == 1
    assert not read_trace(result.trace_path).of_type("reflexion.reflection")
    assert not [c for c in result.candidates if c.kind == "failure_pattern"]
    team.close()


def test_test_split_never_uses_the_expected_answer(tmp_path: Path) -> None:
    """On the test split the heuristic evaluator decides: an answer equal to the tool result passes."""
    backend = ScriptedBackend(lambda m: json.dumps({"action": "final_answer", "input": "17 * 23"}))
    team = team_for(settings_for(tmp_path), backend)
    result = team.run(Task(input="What is 17 * 23?", expected="391", split="test"))
    trials = read_trace(result.trace_path).of_type("reflexion.trial")
    assert len(trials) == 1 and trials[0].data["passed"] is True  # no tool result to contradict it
    assert not result.success  # the judge still scores it wrong
    team.close()


def test_disabling_removes_strategy_optimizer_and_recorded_plugin(tmp_path: Path) -> None:
    on = PluginManager(settings_for(tmp_path)).load()
    assert "reflexion" in on.strategies() and "reflexion" in on.optimizers()
    assert "research-reflexion" in {p["name"] for p in on.loaded_set()}
    settings = settings_for(tmp_path, enabled=False)
    settings.plugins = PluginsConfig(enabled=CORE, disabled=["research-reflexion"])
    off = PluginManager(settings).load()
    assert "reflexion" not in off.strategies() and "reflexion" not in off.optimizers()
    team = Team(
        "Answer",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=off,
        backend=ScriptedBackend(lambda m: json.dumps({"action": "final_answer", "input": "391"})),
    )
    result = team.run(Task(input="What is 17 * 23?", expected="391"))
    names = {p["name"] for p in read_trace(result.trace_path).header.plugins}
    assert "research-reflexion" not in names and "core-strategy-react" in names
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    assert load(raw={}).max_trials == 2
    assert load(raw={"max_trials": 3}).max_trials == 3
    from purpose_agent.plugin import ConfigError

    with pytest.raises(ConfigError, match=r"research-reflexion.*max_trials"):
        load(raw={"max_trials": 0})
    with pytest.raises(ConfigError, match="trials: unknown key"):
        load(raw={"trials": 2})


class TestReflexionOptimizerContract(OptimizerContract):
    optimizer = ReflexionOptimizer()
