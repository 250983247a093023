"""Reflexion end to end on the embedded SmolLM2-135M: trials, reflection and retry, no mocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.plugin import read_trace
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_reflexion_on_the_embedded_model(tmp_path: Path) -> None:
    team = embedded_team(tmp_path, ["research-reflexion"], strategy="reflexion")
    result = team.run_chain(arithmetic_task(17, 23))
    trace = read_trace(result.trace_path)
    trials = [e.data for e in trace.of_type("reflexion.trial")]
    reflections = [e.data for e in trace.of_type("reflexion.reflection")]
    assert 1 <= len(trials) <= 2 and "research-reflexion" in trace_plugins(result)
    if not trials[0]["passed"]:
        assert (
            len(trials) == 2 and len(reflections) == 1 and reflections[0]["reflection"].startswith("Trial 1:")
        )
    else:
        assert not reflections
    assert trials[-1]["passed"] == result.success  # on the train split the checker is the evaluator
    team.close()
