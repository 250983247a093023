"""DSPy-style bootstrapping end to end on the embedded SmolLM2-135M: traces that pass the metric become
demo candidates, and the replay test decides on them."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_dspy_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.plugin import replay_candidates

    team = embedded_team(tmp_path, ["research-dspy"])
    # the bare model solves 25 * 4 with the calculator (greedy decoding) and fails 12 * 7: one trace on
    # each side of the metric
    results = [team.run_chain(arithmetic_task(a, b)) for a, b in ((12, 7), (25, 4))]
    demos = [c for r in results for c in r.candidates]
    assert demos, "the passing trace must become a demo candidate"
    assert len(demos) == sum(r.success for r in results), "one demo per trace that passed the metric"
    for demo in demos:
        card = team.store.get(demo.card_id)
        assert card.provenance.optimizer == "dspy" and card.status.value == "quarantined"
    # three cases: with one, the sign test at alpha 0.2 could never promote, so replay settles unrun
    validation = [arithmetic_task(a, b, "validation") for a, b in ((13, 11), (21, 4), (9, 16))]
    decisions = replay_candidates(team, [demos[0].card_id], validation)
    assert decisions[0][2].status in ("promoted", "rejected")
    assert 1 <= len(decisions[0][1].runs) <= 3
    assert "research-dspy" in trace_plugins(results[0])
    team.close()
