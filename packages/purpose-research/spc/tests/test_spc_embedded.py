"""The measurement on the real embedded model (SmolLM2-135M), small: two items per split.

It checks that the pipeline runs end to end on a real judge and that every candidate memory CI saw was
decided (promoted or rejected with its evidence), not what the figures are: those are in
docs/research-critics.md, produced by `python -m purpose_research_spc.measure`.
"""

from __future__ import annotations

from purpose_agent.testing import MeasurementContract
from purpose_research_spc.measure import measure


class TestSPCMeasurement(MeasurementContract):
    measure = staticmethod(measure)
