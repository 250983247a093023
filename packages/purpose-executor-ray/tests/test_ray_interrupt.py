"""Ctrl-C during a benchmark on Ray: every task and the local cluster stop, no store is half-written.

A real subprocess starts a local Ray cluster through the executor (num_cpus=2), runs two arms x two
seeds as arm tasks with a slow backend, and gets a real SIGINT once episodes are under way (the test
kit's ``interrupted_learning_run``). It must exit promptly; no process of its cluster may be left (they
inherit a marker in their environment); every store the coordinator wrote must pass an integrity check
and open as a memory store, and no partly written store may remain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import check_stores, interrupted_learning_run

pytest.importorskip("ray")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for leftover processes")
def test_sigint_stops_the_cluster_and_leaves_no_store_half_written(tmp_path) -> None:
    run = interrupted_learning_run(
        tmp_path,
        executor="ray",
        workers=2,
        # progress relayed from the arm tasks: episodes are running on the cluster
        started=lambda line: " train " in line or " test " in line,
        delay_s=0.2,
        plugins=["executor-ray"],
        plugin_settings={"executor-ray": {"num_cpus": 2}},
        stop_within_s=120,
        settle_s=30,
    )
    assert sorted(run.bench.glob("*/seed-*")), "the coordinator placed no arm folder"
    assert not list(run.bench.rglob("*.partial")), "a store was left half-written"
    check_stores(run.bench)  # stores landed before the interrupt are whole
