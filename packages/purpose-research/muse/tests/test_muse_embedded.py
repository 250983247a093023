"""MUSE end to end on the embedded SmolLM2-135M: the reflection step writes tiers, the muse strategy runs
with the retriever loading them."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_muse_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.plugin import MemoryCI

    team = embedded_team(tmp_path, ["research-muse"], strategy="muse")
    first = team.run_chain(arithmetic_task(17, 23))
    cards = [team.store.get(c.card_id) for c in first.candidates]
    tiers = {c.provenance.evidence["tier"] for c in cards}
    assert all(c.provenance.optimizer == "muse" for c in cards)
    if any(s.action != "final_answer" for s in first.steps):
        assert "tool" in tiers
    assert cards, "the reflection step must write at least one tier"
    assert "procedural" in tiers or "strategic" in tiers
    ci = MemoryCI(team.store, manager=team.manager)
    for c in cards:
        ci.review(c.id, approve=True, reason="test", actor="test")
    second = team.run_chain(arithmetic_task(17, 24))
    strategic = [c.id for c in cards if c.provenance.evidence["tier"] == "strategic"]
    assert set(strategic) <= set(second.memory_ids), "strategic guidance must be loaded for every task"
    notes = [c for c in cards if c.provenance.evidence["tier"] == "tool"]
    assert not {c.id for c in notes} & set(second.memory_ids), "tool notes are shown at the call"
    assert "research-muse" in trace_plugins(second)
    team.close()
