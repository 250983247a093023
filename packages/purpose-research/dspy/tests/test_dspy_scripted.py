"""DSPy-style bootstrapping on a scripted backend with a real store: traces that pass the metric become
demos; on validation a demo that helps (it shows the calculator call) is promoted, one that hurts (a
direct answer the model then imitates) is rejected, and neither touches the store until memory CI decides."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    ToolResult,
    read_trace,
    replay_candidates,
)
from purpose_agent.testing import OptimizerContract, ScriptedBackend, isolate_settings
from purpose_research_dspy.optimizer import DSPyOptimizer
from purpose_research_dspy.settings import DSPySettings, load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


class Multiply:
    name = "calculator"
    description = "Evaluate an arithmetic expression."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        a, b = (int(x) for x in re.findall(r"\d+", arguments["expression"])[:2])
        return ToolResult(output=str(a * b))


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def policy(messages: Sequence[Message]) -> str:
    """Imitates the demos it is shown: a demo with a calculator call makes it use the calculator, a demo
    that answered directly makes it answer directly (with a guess); with no demo it uses the calculator only
    for small numbers."""
    prompt = "\n".join(m.content for m in messages)
    a, b = (int(x) for x in re.findall(r"Task: What is (\d+) \* (\d+)\?", prompt)[-1])  # the scratchpad
    result = re.search(r"The last calculator result is: (\d+)", prompt)
    if result:
        return act("final_answer", result[1])
    if "Solved example" in prompt and "Call: calculator" not in prompt:
        return act("final_answer", "100")
    if "Call: calculator" in prompt or a < 20:
        return act("calculator", f"{a} * {b}")
    return act("final_answer", f"{a} * {b}")


def make_team(tmp_path: Path, backend: ScriptedBackend, *, on: bool = True) -> Team:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=[*CORE, "research-dspy"] if on else CORE),
    )
    return Team(
        "Answer arithmetic questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        tools=[Multiply()],
        name="math",
    )


def arith(a: int, b: int, split: str = "train") -> Task:
    return Task(
        input=f"What is {a} * {b}?", expected=str(a * b), task_type="arithmetic", split=split, id=f"t{a}"
    )


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_helpful_demo_is_kept_and_harmful_demo_is_dropped(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend(policy))
    solved = team.run_chain(arith(17, 23))  # small numbers: solved with the calculator
    assert solved.success
    (helpful,) = [c.card_id for c in solved.candidates]
    assert team.store.get(helpful).fields["actions"][0]["tool"] == "calculator"
    # a trace that passed the metric by answering directly: its demo teaches imitation of a direct answer
    team._backend = ScriptedBackend(act("final_answer", "100"), repeat=True)
    direct = team.run_chain(arith(10, 10))
    assert direct.success
    (harmful,) = [c.card_id for c in direct.candidates]
    stored = team.store.get(harmful)
    assert stored.status.value == "quarantined" and not stored.fields["actions"]
    team._backend = ScriptedBackend(policy)
    # the sign test (alpha 0.2, 5 looks: level 0.125) needs 3 untied wins: four validation tasks with
    # large numbers the demo helps on, and a small one the model solves either way
    pairs = [(12, 13), (31, 47), (29, 33), (41, 27), (53, 38)]
    validation = [arith(a, b, "validation") for a, b in pairs]
    decisions = {cid: (ev, d) for cid, ev, d in replay_candidates(team, [harmful, helpful], validation)}
    bad_ev, bad = decisions[harmful]
    good_ev, good = decisions[helpful]
    # sequential replay stops as soon as the harmful demo cannot be promoted: it never won a case
    assert bad.status == "rejected" and bad_ev.wins == 0 and bad_ev.runs
    assert good.status == "promoted", good.reason
    assert good_ev.wins == 3 and good_ev.losses == 0 and good_ev.mean_with == 1.0
    assert good_ev.stopped == "boundary"
    team.close()


def test_failed_or_low_scoring_traces_give_no_demo_and_the_cap_holds() -> None:
    from purpose_agent.testing import sample_episodes

    solved, failed, unjudged = sample_episodes()
    optimizer = DSPyOptimizer(DSPySettings(max_bootstrapped_demos=1))
    assert optimizer.propose(episode=failed) == [] and optimizer.propose(episode=unjudged) == []
    (demo,) = optimizer.propose(episode=solved)
    assert demo.fields["actions"][0]["result"] == "391" and demo.provenance.evidence["demo"] == "bootstrapped"
    assert optimizer.propose(episode=solved) == []  # cap reached


def test_labeled_demos_are_optional() -> None:
    from purpose_agent.testing import sample_episodes

    failed = sample_episodes()[1]
    assert DSPyOptimizer().propose(episode=failed) == []
    (labeled,) = DSPyOptimizer(DSPySettings(max_labeled_demos=2)).propose(episode=failed)
    assert labeled.fields["answer"] == "391" and labeled.provenance.evidence["demo"] == "labeled"


def test_disabled_plugin_is_gone_from_the_run_and_the_recorded_set(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend(policy), on=False)
    result = team.run_chain(arith(17, 23))
    assert not result.candidates and "dspy" not in team.manager.optimizers()
    assert "research-dspy" not in {p["name"] for p in read_trace(result.trace_path).header.plugins}
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    from purpose_agent.plugin import ConfigError

    assert load(raw={}).max_bootstrapped_demos == 8
    with pytest.raises(ConfigError, match="metric_threshold"):
        load(raw={"metric_threshold": -1})


class TestDSPyOptimizerContract(OptimizerContract):
    optimizer = DSPyOptimizer()
