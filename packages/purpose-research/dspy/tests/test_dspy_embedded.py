"""DSPy-style bootstrapping end to end on the embedded SmolLM2-135M: traces that pass the metric become
demo candidates, and the replay test decides on them."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.api.team import Team
from purpose_agent.config import BudgetsConfig, PluginsConfig, Settings
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.task import Task
from purpose_agent.trace import read_trace

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")

KERNEL = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "tools",
    "slm-llamacpp",
    "slm",
]
PURPOSE = "Solve the user's task accurately, using tools when they help"


def embedded_team(tmp_path: Path, plugins: list[str], *, strategy: str = "react", steps: int = 3) -> Team:
    """A team on the embedded SmolLM2-135M (greedy, seed 0) with only the kernel and ``plugins``."""
    installed = {ep.name for ep in metadata.entry_points(group="purpose_agent")}
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        strategy=strategy,
        budgets=BudgetsConfig(max_steps=steps, max_seconds=60),
        plugins=PluginsConfig(enabled=[p for p in [*KERNEL, *plugins] if p in installed]),
    )
    return Team.build(purpose=PURPOSE, settings=settings, manager=PluginManager(settings).load())


def arith(a: int, b: int, split: str = "train") -> Task:
    question = f"What is {a} * {b}?"
    return Task(input=question, expected=str(a * b), task_type="arithmetic", split=split, id=f"{a}x{b}")


def recorded(result: Any) -> set[str]:
    return {p["name"] for p in read_trace(result.trace_path).header.plugins}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for key in ("PURPOSE_AGENT_CONFIG", "PURPOSE_AGENT_DISABLED_PLUGINS", "PURPOSE_AGENT_ENABLED_PLUGINS"):
        monkeypatch.delenv(key, raising=False)


def test_dspy_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.learning.loop import replay_candidates

    team = embedded_team(tmp_path, ["research-dspy"])
    results = [team.run_chain(arith(a, b)) for a, b in ((12, 7), (17, 23))]
    demos = [c for r in results for c in r.candidates]
    assert len(demos) == sum(r.success for r in results), "one demo per trace that passed the metric"
    for demo in demos:
        card = team.store.get(demo.card_id)
        assert card.provenance.optimizer == "dspy" and card.status.value == "quarantined"
    if demos:
        decisions = replay_candidates(team, [demos[0].card_id], [arith(13, 11, "validation")])
        assert decisions[0][2].status in ("promoted", "rejected")
        assert len(decisions[0][1].runs) == 1
    assert "research-dspy" in recorded(results[0])
    team.close()
