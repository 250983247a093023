"""The checks behind the kit's ``interrupted_learning_run``, on the real thing: a real child process
found by the marker in its environment, and real SQLite memory stores (a whole one passes, a damaged one
fails). The interrupted run itself is exercised by each executor's test (purpose-core's threads and
processes, purpose-executor-ray)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from purpose_agent.plugin import MemoryCard, RunMode, open_store
from purpose_testing import check_stores, marked_processes

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")


def test_a_process_carrying_the_marker_is_found_until_it_ends() -> None:
    marker = f"PURPOSE_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "PURPOSE_TEST_MARK": marker.split("=")[1]}
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"], env=env)
    try:
        assert marked_processes(marker) == [child.pid]
    finally:
        child.kill()
        child.wait()
    assert marked_processes(marker) == []


def test_check_stores_passes_whole_stores_and_fails_a_damaged_one(tmp_path: Path) -> None:
    assert check_stores(tmp_path) == []
    paths = [tmp_path / "a" / "memory.db", tmp_path / "b" / "seed-0" / "memory.db"]
    for path in paths:
        path.parent.mkdir(parents=True)
        store = open_store(str(path), RunMode.LEARNING_TRAIN)
        store.add(MemoryCard(kind="user_preference", content="Answer in one sentence."))
        store.close()
    assert check_stores(tmp_path) == sorted(paths)
    data = paths[0].read_bytes()
    paths[0].write_bytes(data[:100] + b"\xff" * 4000 + data[4100:])  # overwrite part of the pages
    with pytest.raises((AssertionError, sqlite3.DatabaseError)):  # the integrity check or SQLite itself
        check_stores(tmp_path)
