"""Ctrl-C during a concurrent benchmark: every worker stops, and every store is left consistent.

A real subprocess runs the harness with a slow backend (each model call sleeps 0.25 s, like a server, so
the run cannot end before the signal lands even when this test reads its output late on a loaded
machine), and gets a real SIGINT once its test phase is under way. It must exit promptly, leave no worker process behind
(spawned workers carry a marker in their environment), and every SQLite store it wrote must pass an
integrity check and open as a memory store.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[3])
from executor_fixtures import RiddleBackend, write_suite
from pathlib import Path
from purpose_agent.config import BudgetsConfig, PluginsConfig, Settings
from purpose_agent.api.team import Team
from purpose_agent.learning.pipeline import BASELINE, Arm, LearnConfig, run_learning
from purpose_agent.executors.base import resolve_executor
from purpose_agent.plugins import PluginManager

work = Path(sys.argv[1])
settings = Settings(
    store=str(work / "memory.db"), traces=str(work / "traces"), immune="off",
    budgets=BudgetsConfig(max_steps=3, max_seconds=30),
    plugins=PluginsConfig(enabled=["core-memory-kinds", "core-store-sqlite", "core-strategy-react",
                                   "core-judge", "core-optimizer-cases", "core-executors"]),
)
manager = PluginManager(settings).load()
config = LearnConfig(suite=str(write_suite(work / "secret.jsonl", 64)), seeds=[0, 1],
                     arms=[BASELINE, Arm(name="full")], workdir=str(work / "bench"), agents=["solver"])

def progress(stage, done, total):
    print(stage, done, total, flush=True)

executor = resolve_executor(sys.argv[2], 4, manager=manager)
try:
    run_learning(config, make_team=Team.build, settings=settings, manager=manager,
                 backend=RiddleBackend(delay_s=0.25), executor=executor, progress=progress)
except KeyboardInterrupt:
    print("INTERRUPTED", flush=True)
    executor.close()
    sys.exit(130)
print("FINISHED", flush=True)
"""


def _marked(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for leftover workers")
@pytest.mark.parametrize("executor", ["threads", "processes"])
def test_sigint_stops_every_worker_and_leaves_the_stores_consistent(tmp_path, executor) -> None:
    marker = f"PURPOSE_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    tests = Path(__file__).resolve().parent
    proc = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path), executor, str(tests)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:  # wait until concurrent test or replay episodes are running
        lines.append(line)
        if " replay " in line or (" test " in line and not line.startswith("overall")):
            break
    else:
        pytest.fail("the run ended before it reached a concurrent phase:\n" + "".join(lines[-20:]))
    proc.send_signal(signal.SIGINT)
    try:
        rest, _ = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run did not stop within 60 s of Ctrl-C")
    assert "FINISHED" not in rest
    assert proc.returncode == 130 and "INTERRUPTED" in rest, rest[-2000:]
    deadline = time.monotonic() + 10
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _marked(marker), "worker processes outlived the interrupted run"
    stores = sorted((tmp_path / "bench").rglob("memory.db"))
    assert stores
    from purpose_agent.memory.store import open_store
    from purpose_agent.runmode import RunMode

    for path in stores:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store = open_store(str(path), RunMode.EVAL_TEST)
        try:
            for card in store.list_cards(limit=100_000):
                assert store.get(card.id).status == card.status
        finally:
            store.close()
