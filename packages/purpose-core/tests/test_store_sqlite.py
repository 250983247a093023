"""The SQLite store on real files with real processes: crashes, concurrent writers, read-only evaluation."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from purpose_agent.errors import PluginNotFoundError, ReadOnlyError
from purpose_agent.hookspecs import hookimpl
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import builtin_catalog
from purpose_agent.memory.sqlite_store import SQLiteStore
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.store import ModePolicy, open_store
from purpose_agent.plugins import PluginManager
from purpose_agent.runmode import RunMode

CATALOG = builtin_catalog()


def _store(path: Path, mode: RunMode = RunMode.LEARNING_TRAIN) -> SQLiteStore:
    return SQLiteStore(path, mode=mode, kinds=CATALOG)


def _cards(n: int, prefix: str, status: str = "quarantined") -> list[dict]:
    return [
        {
            "id": f"{prefix}{i:04d}",
            "kind": "episodic_case",
            "content": f"case {prefix} {i} multiply numbers",
            "status": status,
            "fields": {"task": f"what is {i} times 3", "answer": str(3 * i)},
        }
        for i in range(n)
    ]


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def _run(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- crash safety ------------------------------------------------------------------------------------

KILL_AT_SECOND_COMMIT = """
    import sys, time
    from purpose_agent.memory.kinds import builtin_catalog
    from purpose_agent.memory.sqlite_store import SQLiteStore
    store = SQLiteStore(sys.argv[1], kinds=builtin_catalog())
    commits = 0
    def trace(sql):
        global commits
        if sql.strip().upper() == "COMMIT":
            commits += 1
            if commits == 2:  # every row of batch B is written, the commit has not happened: die here
                print("READY", flush=True)
                time.sleep(120)
    store._conn.set_trace_callback(trace)
    a = [f"A{i:04d}" for i in range(300)]
    b = [f"B{i:04d}" for i in range(300)]
    store.transition_many(a, "promoted", reason="batch A", actor="writer")
    store.transition_many(b, "promoted", reason="batch B", actor="writer")
"""


def test_sigkill_during_a_promotion_batch_keeps_whole_batches(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with _store(db) as store:
        store.add_many(_cards(300, "A") + _cards(300, "B"))
    proc = _run(KILL_AT_SECOND_COMMIT, str(db))
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "READY", proc.stderr.read() if proc.stderr else line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    assert _integrity(db) == "ok"
    with _store(db) as store:
        a = [store.get(f"A{i:04d}").status for i in range(300)]
        b = [store.get(f"B{i:04d}").status for i in range(300)]
        assert set(a) == {MemoryStatus.PROMOTED}  # committed batch: all of it
        assert set(b) == {MemoryStatus.QUARANTINED}  # killed batch: none of it
        promoted_rows = [e for e in store.audit() if e.new_status == "promoted"]
        assert len(promoted_rows) == 300 and {e.reason for e in promoted_rows} == {"batch A"}


PROMOTE_FOREVER = """
    import sys
    from purpose_agent.memory.kinds import builtin_catalog
    from purpose_agent.memory.sqlite_store import SQLiteStore
    store = SQLiteStore(sys.argv[1], kinds=builtin_catalog())
    print("GO", flush=True)
    for batch in range(20):
        ids = [f"C{batch:02d}{i:03d}" for i in range(200)]
        store.transition_many(ids, "promoted", reason=f"batch {batch}")
"""


@pytest.mark.parametrize("round_", range(3))
def test_sigkill_at_a_random_moment_never_leaves_a_partial_batch(tmp_path: Path, round_: int) -> None:
    db = tmp_path / "memory.db"
    cards = [{**c, "id": f"C{b:02d}{i:03d}"} for b in range(20) for i, c in enumerate(_cards(200, f"c{b}-"))]
    with _store(db) as store:
        store.add_many(cards)
    proc = _run(PROMOTE_FOREVER, str(db))
    assert proc.stdout is not None and proc.stdout.readline().strip() == "GO"
    time.sleep(random.Random(round_).uniform(0.05, 0.4))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert _integrity(db) == "ok"
    with _store(db) as store:
        for batch in range(20):
            statuses = {store.get(f"C{batch:02d}{i:03d}").status for i in range(200)}
            assert len(statuses) == 1, f"batch {batch} is partly promoted: {statuses}"
        promoted = store.stats().by_status.get("promoted", 0)
        assert promoted % 200 == 0


# -- concurrent writers ------------------------------------------------------------------------------

WRITER = """
    import sys, time
    from pathlib import Path
    from purpose_agent.memory.kinds import builtin_catalog
    from purpose_agent.memory.sqlite_store import SQLiteStore
    from purpose_agent.memory.store import VersionConflictError
    db, me, shared, go = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    store = SQLiteStore(db, kinds=builtin_catalog())
    while not go.exists():
        time.sleep(0.005)
    conflicts = 0
    for i in range(25):
        store.record_shown([shared], trace_id=f"{me}-{i}")
        store.credit([shared], helped=(i % 2 == 0), reward=0.5)
        while True:  # read-modify-write with compare-and-set: retry on conflict, never overwrite
            card = store.get(shared)
            try:
                store.update(card.model_copy(update={"content": card.content + f" {me}x{i}"}), reason=me)
                break
            except VersionConflictError:
                conflicts += 1
        new = store.add({"kind": "failure_pattern", "content": f"pitfall from {me} number {i}"})
        store.transition(new.id, "quarantined", reason=f"{me} scanned")
    print(conflicts, flush=True)
"""


def test_concurrent_writer_processes_lose_no_update(tmp_path: Path) -> None:
    db, go = tmp_path / "memory.db", tmp_path / "go"
    with _store(db) as store:
        shared = store.add({"kind": "tool_policy", "content": "shared", "status": "candidate"})
    procs = [_run(WRITER, str(db), f"w{n}", shared.id, str(go)) for n in range(4)]
    time.sleep(0.5)
    go.touch()
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    with _store(db) as store:
        card = store.get(shared.id)
        tokens = card.content.split()[1:]
        assert sorted(tokens) == sorted(f"w{n}x{i}" for n in range(4) for i in range(25))
        assert card.version == 1 + 100
        assert [h.version for h in store.history(shared.id)] == list(range(1, 102))
        assert card.utility.shown == 100 and card.utility.helped == 4 * 13
        stats = store.stats()
        assert stats.by_status == {"candidate": 1, "quarantined": 100}
        assert stats.exposures == 100
        assert stats.audit_rows == 1 + 100 + 100
    assert _integrity(db) == "ok"


# -- EVAL_TEST: read-only for real ---------------------------------------------------------------------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_eval_test_session_leaves_the_file_byte_identical(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with _store(db) as store:
        cards = store.add_many(_cards(50, "E"))
        store.transition_many([c.id for c in cards], "promoted", reason="seed")
    before = _digest(db)

    store = _store(db, RunMode.EVAL_TEST)
    try:
        # a whole read-only session: everything a runtime and a reviewer would do
        found = store.retrieve("multiply numbers", k=5)
        assert len(found) == 5
        store.get(found[0][0].id)
        store.history(found[0][0].id)
        store.audit()
        store.list_cards(limit=10)
        store.stats()
        assert len(store.export_records()) == 50
        with pytest.raises(ReadOnlyError, match="eval_test"):
            store.transition(found[0][0].id, "archived", reason="nope")
        with pytest.raises(ReadOnlyError):
            store.record_shown([found[0][0].id], "tr_eval")
        # below the Python guard, SQLite itself refuses: the file is open read-only
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
            store._conn.execute("UPDATE cards SET trust = 0")
        store.policy = ModePolicy(RunMode.LEARNING_TRAIN, store.location)  # as if the guard had a bug
        with pytest.raises(ReadOnlyError, match="read-only"):
            store.credit([found[0][0].id], helped=True, reward=1.0)
    finally:
        store.close()
    assert _digest(db) == before
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_eval_test_cannot_create_a_store(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="read-only and cannot create"):
        _store(tmp_path / "missing.db", RunMode.EVAL_TEST)
    assert not (tmp_path / "missing.db").exists()


# -- schema guarantees ---------------------------------------------------------------------------------


def test_versions_and_audit_are_append_only(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with _store(db) as store:
        store.add(_cards(1, "X", status="candidate")[0])
    conn = sqlite3.connect(db)
    try:
        for sql in (
            "UPDATE versions SET reason = 'forged'",
            "DELETE FROM versions",
            "UPDATE audit SET reason = 'forged'",
            "DELETE FROM audit",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()


def test_store_runs_in_wal_mode(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    _store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_not_a_store_is_reported(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match=r"bogus\.db"):
        _store(bogus)


# -- plugin path ---------------------------------------------------------------------------------------


class _Recorder:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str, str, str]] = []

    @hookimpl
    def on_memory_status_change(
        self, card: MemoryCard, old_status: str, new_status: str, reason: str
    ) -> None:
        self.seen.append((card.id, old_status, new_status, reason))


def test_open_store_resolves_through_hooks_and_reports_status_changes(tmp_path: Path) -> None:
    manager = PluginManager().load()
    recorder = _Recorder()
    manager.register(recorder, name="recorder")
    store = open_store(tmp_path / "memory.db", RunMode.LEARNING_TRAIN, manager=manager)
    try:
        assert type(store).__name__ == "SQLiteStore"
        card = store.add({"kind": "user_preference", "content": "answer in metric units"})
        store.transition(card.id, "quarantined", reason="scan passed")
        assert recorder.seen == [(card.id, "candidate", "quarantined", "scan passed")]
    finally:
        store.close()
    url_store = open_store(f"sqlite://{tmp_path / 'other.db'}", manager=manager)
    url_store.close()
    with pytest.raises(PluginNotFoundError, match="mysql"):
        open_store("mysql://db.example/memory", manager=manager)


def test_agents_opening_one_new_store_at_once_all_get_it(tmp_path: Path) -> None:
    """Parallel agents of one process open the same new file together. SQLite answers "database is
    locked" at once, without its busy wait, to a connection switching the file to WAL while another does
    (about one round in ten here before the fix); every opener must get the store."""
    import threading

    from purpose_agent.memory.store import open_store

    for round_ in range(30):
        path = tmp_path / f"m{round_}.db"
        start, errors = threading.Barrier(8), []

        def opener(path: Path = path, start: threading.Barrier = start, errors: list = errors) -> None:
            start.wait()
            try:
                open_store(path).close()
            except Exception as exc:
                errors.append(repr(exc))

        threads = [threading.Thread(target=opener) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
