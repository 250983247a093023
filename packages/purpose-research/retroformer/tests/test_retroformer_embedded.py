"""Retroformer end to end on the embedded SmolLM2-135M: the model itself writes the typed retrospective
memory for a failed episode."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_retroformer_on_the_embedded_model(tmp_path: Path) -> None:
    team = embedded_team(tmp_path, ["research-retroformer"])
    optimizer = team.manager.optimizers().get("retroformer")
    optimizer.settings = optimizer.settings.model_copy(update={"on": "all"})
    result = team.run_chain(arithmetic_task(17, 23))
    (candidate,) = result.candidates
    card = team.store.get(candidate.card_id)
    assert card.kind in ("failure_pattern", "tool_policy") and card.content.strip()
    assert card.provenance.evidence["variant"] == "mistake" and card.scope.team == team.name
    assert result.trace_id in card.provenance.source_traces
    assert "research-retroformer" in trace_plugins(result)
    team.close()
