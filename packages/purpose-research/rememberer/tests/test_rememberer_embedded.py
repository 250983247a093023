"""REMEMBERER end to end on the embedded SmolLM2-135M: experiences valued by n-step Q, then retrieved
with their encouraged/discouraged label."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_rememberer_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.plugin import MemoryCI

    team = embedded_team(tmp_path, ["research-rememberer"])
    first = team.run_chain(arithmetic_task(17, 23))
    (record,) = [c for c in first.candidates if c.kind == "episodic_case"]
    card = team.store.get(record.card_id)
    assert card.provenance.optimizer == "rememberer"
    assert card.utility.q_value == pytest.approx(card.provenance.evidence["q_target"])
    assert (card.utility.q_value > 0) == first.success
    MemoryCI(team.store, manager=team.manager).review(record.card_id, approve=True, reason="test", actor="t")
    second = team.run_chain(arithmetic_task(17, 24))
    assert record.card_id in second.memory_ids and "research-rememberer" in trace_plugins(second)
    team.close()
