"""Retroformer on a scripted backend with a real store: the retrospective step writes typed memories, memory
CI's replay decides which helped, and that record moves the choice of retrospective prompt and supplies the
helpful reflection as an example in the next prompt."""

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
    replay_candidates,
)
from purpose_agent.testing import OptimizerContract, ScriptedBackend, isolate_settings
from purpose_research_retroformer.optimizer import RetroformerOptimizer
from purpose_research_retroformer.record import VARIANTS, ReflectionRecord
from purpose_research_retroformer.settings import load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]
GOOD = "Answer with the calculated number, not the expression."
# an honest lesson that does not help (a fixed answer such as "Always answer 7." is held for a person by
# the provenance gate, so memory CI would not reject it on its replay)
BAD = "Reply with a single digit."


def policy(messages: Sequence[Message]) -> str:
    prompt = "\n".join(m.content for m in messages)
    if "write one memory" in prompt:
        text = (
            GOOD if VARIANTS["mistake"] in prompt else BAD if VARIANTS["lesson"] in prompt else "Be careful."
        )
        return json.dumps({"kind": "failure_pattern", "memory": text})
    if BAD in prompt:
        return json.dumps({"action": "final_answer", "input": "7"})
    if GOOD in prompt:
        return json.dumps({"action": "final_answer", "input": "391"})
    return json.dumps({"action": "final_answer", "input": "17 * 23"})


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def make_team(tmp_path: Path, *, on: bool = True) -> Team:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=2, max_seconds=30),
        plugins=PluginsConfig(enabled=[*CORE, "research-retroformer"] if on else CORE),
    )
    backend = ScriptedBackend(policy)
    team = Team(
        "Answer arithmetic questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        name="math",
    )
    if on:
        team.manager.optimizers().get("retroformer")._backend = backend
    return team


def task(split: str = "train", n: int = 0) -> Task:
    return Task(
        input="What is 17 * 23?", expected="391", task_type="arithmetic", split=split, id=f"{split}{n}"
    )


def test_record_of_helpful_reflections_improves_the_retrospective_prompt(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    optimizer = team.manager.optimizers().get("retroformer")
    first = team.run_chain(task())
    second = team.run_chain(task(n=1))
    (good,) = first.candidates
    (bad,) = second.candidates
    card = team.store.get(good.card_id)
    assert card.kind == "failure_pattern" and card.content == GOOD and card.status.value == "quarantined"
    assert card.provenance.evidence["variant"] == "mistake" and card.scope.task_type == "arithmetic"
    assert team.store.get(bad.card_id).provenance.evidence["variant"] == "lesson"
    decisions = {
        d.card_id: d.status
        # the sign test (alpha 0.1) needs 4 untied wins
        for _, _, d in replay_candidates(
            team, [good.card_id, bad.card_id], [task("validation", n) for n in range(4)]
        )
    }
    assert decisions == {good.card_id: "promoted", bad.card_id: "rejected"}
    record = optimizer.record
    assert record.helped == {"mistake": 1} and record.failed == {"lesson": 1}
    assert record.rate("mistake") > record.rate("tool") > record.rate("lesson")
    assert record.choose() == "mistake" and record.exemplars == [GOOD]
    messages = optimizer.prompt(optimizer_episode(second, team), "mistake")
    assert f"Reflections that helped before:\n- {GOOD}" in messages[-1].content
    team.close()


def optimizer_episode(result, team):  # type: ignore[no-untyped-def]
    from purpose_agent.plugin import JudgedEpisode

    return JudgedEpisode(purpose=team.purpose, task=task(), result=result.agents[-1])


def test_record_persists_when_a_path_is_set(tmp_path: Path) -> None:
    path = str(tmp_path / "record.json")
    ReflectionRecord.load(path).outcome("tool", "Use the calculator.", helped=True)
    again = ReflectionRecord.load(path)
    assert again.helped == {"tool": 1} and again.exemplars == ["Use the calculator."]


def test_disabled_plugin_is_gone_from_the_run_and_the_recorded_set(tmp_path: Path) -> None:
    team = make_team(tmp_path, on=False)
    result = team.run_chain(task())
    assert not result.candidates and "retroformer" not in team.manager.optimizers()
    assert "research-retroformer" not in {p["name"] for p in read_trace(result.trace_path).header.plugins}
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    from purpose_agent.plugin import ConfigError

    assert load(raw={}).on == "failures"
    with pytest.raises(ConfigError, match="on"):
        load(raw={"on": "sometimes"})


class TestRetroformerOptimizerContract(OptimizerContract):
    optimizer = RetroformerOptimizer(backend=ScriptedBackend(policy))
