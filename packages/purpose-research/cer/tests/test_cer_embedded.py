"""CER end to end on the embedded SmolLM2-135M: trajectories distilled into dynamics and skills, with
duplicates merged in the replay buffer."""

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


def test_cer_on_the_embedded_model(tmp_path: Path) -> None:
    team = embedded_team(tmp_path, ["research-cer"])
    results = [team.run_chain(arith(17, 23)), team.run_chain(arith(41, 12))]
    tool_steps = [s for r in results for s in r.steps if s.action != "final_answer"]
    cards = [team.store.get(c.card_id) for r in results for c in r.candidates]
    assert all(c.provenance.optimizer == "cer" for c in cards)
    buffer = team.manager.optimizers().get("cer").buffer
    if tool_steps:
        assert sum(i.support for i in buffer.items.values()) >= len(tool_steps)
        assert any(c.kind == "tool_policy" for c in cards)
    for r in results:
        if r.success and any(s.tool_status == "ok" for s in r.steps):
            assert any(c.kind == "skill_card" for c in cards)
    assert len({c.content for c in cards}) == len(cards), "a merged duplicate was proposed twice"
    assert "research-cer" in recorded(results[0])
    team.close()
