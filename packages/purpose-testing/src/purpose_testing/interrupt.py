"""A learning run stopped by a real Ctrl-C, for executor tests: every worker must stop, every store whole.

Why here: each executor (threads and processes in purpose-core, Ray in its own distribution) must show
the same thing: a benchmark under way in a real subprocess gets a real SIGINT, exits promptly with 130,
leaves no process of its own behind, and leaves every SQLite store it wrote consistent. The subprocess
program, the signal and the leftover-process search are written once here; each executor's test names
its executor, when the run counts as under way, and what it checks of the folders left.

Leftover processes are found by a marker in their environment, which every process the run starts
(spawned workers, a local Ray cluster) inherits; that needs ``/proc`` (Linux).

The backend and suite are the riddle's (:mod:`purpose_testing.riddle`: a picklable backend, so worker
processes and Ray tasks get a copy and import it from the installed kit).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Interrupted", "check_stores", "interrupted_learning_run", "marked_processes"]

#: The kernel plugins of the interrupted run; the caller adds its executor's plugin.
KERNEL = (
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "optimizer-lessons",
    "executors",
)
_MARKER = "PURPOSE_TEST_MARK"


@dataclass
class Interrupted:
    """What an interrupted run left: its output after the signal and its benchmark folder."""

    output: str
    bench: Path


def marked_processes(marker: str) -> list[int]:
    """Ids of the live processes whose environment holds ``marker`` (``NAME=value``)."""
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


def interrupted_learning_run(
    work: Path,
    *,
    executor: str,
    workers: int,
    started: Callable[[str], bool],
    delay_s: float,
    plugins: Sequence[str] = (),
    plugin_settings: Mapping[str, Mapping[str, Any]] | None = None,
    stop_within_s: float = 60.0,
    settle_s: float = 10.0,
) -> Interrupted:
    """Run two arms x two seeds of a 64-item suite on ``executor`` in a subprocess; Ctrl-C it once a
    progress line satisfies ``started``; fail the test unless it exits 130 within ``stop_within_s``,
    reports the interrupt, never finishes, and no process it started outlives it by ``settle_s``.
    """
    import pytest  # the kit imports pytest only when a check runs

    marker = f"{_MARKER}={uuid.uuid4().hex}"
    env = {**os.environ, _MARKER: marker.split("=")[1]}
    spec = {
        "work": str(work),
        "executor": executor,
        "workers": workers,
        "delay_s": delay_s,
        "plugins": [*KERNEL, *plugins],
        "plugin_settings": dict(plugin_settings or {}),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "purpose_testing.interrupt", json.dumps(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:  # wait until the phase the caller wants interrupted is under way
        lines.append(line)
        if started(line):
            break
    else:
        pytest.fail("the run ended before it was under way:\n" + "".join(lines[-20:]))
    proc.send_signal(signal.SIGINT)
    try:
        rest, _ = proc.communicate(timeout=stop_within_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"the run did not stop within {stop_within_s:g} s of Ctrl-C")
    assert "FINISHED" not in rest, "the run finished despite the Ctrl-C:\n" + rest[-2000:]
    assert proc.returncode == 130 and "INTERRUPTED" in rest, rest[-2000:]
    deadline = time.monotonic() + settle_s
    while marked_processes(marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not marked_processes(marker), f"processes of the {executor} executor outlived the interrupted run"
    return Interrupted(output=rest, bench=work / "bench")


def check_stores(folder: Path) -> list[Path]:
    """Check every ``memory.db`` under ``folder``: SQLite's integrity check passes and it opens as a
    memory store whose every card reads back; return their paths (the caller says whether none is fine)."""
    from purpose_agent.plugin import RunMode, open_store

    stores = sorted(folder.rglob("memory.db"))
    for path in stores:
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", path
        store = open_store(str(path), RunMode.EVAL_TEST)
        try:
            for card in store.list_cards(limit=100_000):
                assert store.get(card.id).status == card.status, path
        finally:
            store.close()
    return stores


def _main(spec: dict[str, Any]) -> int:
    """The interrupted run itself (this module run with ``python -m``)."""
    # A test suite started as a background job of a non-interactive shell (``nohup``, ``&`` in a script,
    # some CI runners) hands its children SIGINT ignored, and Python then installs no KeyboardInterrupt
    # handler, so the signal would be lost and the run would finish. This run stands for a user's
    # foreground run, where Ctrl-C raises KeyboardInterrupt: restore that.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings
    from purpose_executors.base import resolve_executor
    from purpose_learn import Arm, LearnConfig, run_learning
    from purpose_team import Team

    from purpose_testing import riddle as fixtures

    work = Path(spec["work"])
    settings = Settings(
        store=str(work / "memory.db"),
        traces=str(work / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=spec["plugins"]),
    )
    settings.plugin.update(spec["plugin_settings"])
    manager = PluginManager(settings).load()
    config = LearnConfig(
        suite=str(fixtures.write_suite(work / "secret.jsonl", 64)),
        seeds=[0, 1],
        arms=[Arm(name="baseline", learn=False, memory=False), Arm(name="full")],
        workdir=str(work / "bench"),
        agents=["solver"],
    )

    def progress(stage: str, done: int, total: int) -> None:
        print(stage, done, total, flush=True)

    executor = resolve_executor(spec["executor"], spec["workers"], manager=manager)
    try:
        run_learning(
            config,
            make_team=Team.build,
            settings=settings,
            manager=manager,
            backend=fixtures.RiddleBackend(delay_s=spec["delay_s"]),
            executor=executor,
            progress=progress,
        )
    except KeyboardInterrupt:
        print("INTERRUPTED", flush=True)
        executor.close()
        return 130
    print("FINISHED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_main(json.loads(sys.argv[1])))
