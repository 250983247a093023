"""Ctrl-C during a benchmark on Ray: every task and the local cluster stop, no store is half-written.

A real subprocess starts a local Ray cluster through the executor (num_cpus=2), runs two arms x two
seeds as arm tasks with a slow backend, and gets a real SIGINT once episodes are under way. It must exit
promptly; no process of its cluster may be left (they inherit a marker in their environment); every
store the coordinator wrote must pass an integrity check, and no partly written store may remain.
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

pytest.importorskip("ray")

CORE_TESTS = Path(__file__).resolve().parents[2] / "purpose-core" / "tests"

SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[2])
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
                                   "core-judge", "core-optimizer-cases", "core-executors", "executor-ray"]),
)
settings.plugin["executor-ray"] = {"num_cpus": 2}
manager = PluginManager(settings).load()
config = LearnConfig(suite=str(write_suite(work / "secret.jsonl", 64)), seeds=[0, 1],
                     arms=[BASELINE, Arm(name="full")], workdir=str(work / "bench"), agents=["solver"])

def progress(stage, done, total):
    print(stage, done, total, flush=True)

executor = resolve_executor("ray", 2, manager=manager)
try:
    run_learning(config, make_team=Team.build, settings=settings, manager=manager,
                 backend=RiddleBackend(delay_s=0.2), executor=executor, progress=progress)
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


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for leftover processes")
def test_sigint_stops_the_cluster_and_leaves_no_store_half_written(tmp_path) -> None:
    marker = f"PURPOSE_TEST_MARK={uuid.uuid4().hex}"
    env = {
        **os.environ,
        marker.split("=")[0]: marker.split("=")[1],
        "PYTHONPATH": os.pathsep.join([str(CORE_TESTS), os.environ.get("PYTHONPATH", "")]),
    }
    script = tmp_path / "run.py"
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(tmp_path), str(CORE_TESTS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:  # progress relayed from the arm tasks: episodes are running on the cluster
        lines.append(line)
        if " train " in line or " test " in line:
            break
    else:
        pytest.fail("the run ended before its arm tasks reported progress:\n" + "".join(lines[-20:]))
    proc.send_signal(signal.SIGINT)
    try:
        rest, _ = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the run did not stop within 120 s of Ctrl-C")
    assert "FINISHED" not in rest
    assert proc.returncode == 130 and "INTERRUPTED" in rest, rest[-2000:]
    deadline = time.monotonic() + 30
    while _marked(marker) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not _marked(marker), "processes of the Ray cluster outlived the interrupted run"
    bench = tmp_path / "bench"
    assert sorted(bench.glob("*/seed-*")), "the coordinator placed no arm folder"
    assert not list(bench.rglob("*.partial")), "a store was left half-written"
    for path in bench.rglob("memory.db"):  # stores landed before the interrupt are whole
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
