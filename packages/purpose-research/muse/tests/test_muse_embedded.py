"""MUSE end to end on the embedded SmolLM2-135M: the reflection step writes tiers, the muse strategy runs
with the retriever loading them."""

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


def test_muse_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.learning.memory_ci import MemoryCI

    team = embedded_team(tmp_path, ["research-muse"], strategy="muse")
    first = team.run_chain(arith(17, 23))
    cards = [team.store.get(c.card_id) for c in first.candidates]
    tiers = {c.provenance.evidence["tier"] for c in cards}
    assert all(c.provenance.optimizer == "muse" for c in cards)
    if any(s.action != "final_answer" for s in first.steps):
        assert "tool" in tiers
    assert ("procedural" in tiers or "strategic" in tiers) or not cards
    ci = MemoryCI(team.store, manager=team.manager)
    for c in cards:
        ci.review(c.id, approve=True, reason="test", actor="test")
    second = team.run_chain(arith(17, 24))
    strategic = [c.id for c in cards if c.provenance.evidence["tier"] == "strategic"]
    assert set(strategic) <= set(second.memory_ids), "strategic guidance must be loaded for every task"
    notes = [c for c in cards if c.provenance.evidence["tier"] == "tool"]
    assert not {c.id for c in notes} & set(second.memory_ids), "tool notes are shown at the call"
    assert "research-muse" in recorded(second)
    team.close()
