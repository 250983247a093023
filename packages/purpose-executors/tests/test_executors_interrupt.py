"""Ctrl-C during a concurrent benchmark (threads, processes): every worker stops, every store is whole.

A real subprocess runs the harness with a slow backend (each model call sleeps, like a server), and gets
a real SIGINT once its test phase is under way (the test kit's ``interrupted_learning_run``). It must exit
promptly, leave no worker process behind (spawned workers carry a marker in their environment), and every
SQLite store it wrote must pass an integrity check and open as a memory store.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from purpose_agent.testing import check_stores, interrupted_learning_run


def _concurrent(line: str) -> bool:
    """Concurrent test or replay episodes are running."""
    return " replay " in line or (" test " in line and not line.startswith("overall"))


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for leftover workers")
@pytest.mark.parametrize("executor", ["threads", "processes"])
def test_sigint_stops_every_worker_and_leaves_the_stores_consistent(tmp_path, executor) -> None:
    run = interrupted_learning_run(
        tmp_path,
        executor=executor,
        workers=4,
        started=_concurrent,
        delay_s=0.25,  # the run cannot end before the signal lands when progress is read late under load
        plugins=["executors"],
        stop_within_s=60,
        settle_s=10,
    )
    assert check_stores(run.bench), "the interrupted run wrote no store"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for leftover workers")
def test_sigint_stops_the_run_when_the_suite_runs_with_sigint_ignored(tmp_path) -> None:
    """A test suite started in the background by a non-interactive shell (``nohup``, ``&`` in a CI script)
    hands its children SIGINT ignored; the interrupted run stands for a foreground run and must still stop."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited by the run's subprocess
    try:
        run = interrupted_learning_run(
            tmp_path,
            executor="threads",
            workers=4,
            started=_concurrent,
            delay_s=0.25,
            plugins=["executors"],
            stop_within_s=60,
            settle_s=10,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    assert "INTERRUPTED" in run.output
