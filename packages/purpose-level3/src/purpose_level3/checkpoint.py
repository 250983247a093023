"""Checkpoints of a graph run, saved after every node so that a killed run resumes where it stopped.

Two formats behind one interface: a JSON file (one run per file, replaced atomically: write a temporary
file, fsync, ``os.replace``) and SQLite (many runs in one file, one transaction per save). Either way a
crash leaves the previous complete checkpoint or the new one, never a torn one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from purpose_agent.plugin import MemoryStoreError
from pydantic import BaseModel, Field


class Checkpoint(BaseModel):
    run_id: str
    graph: str
    """Fingerprint of the graph's nodes and edges; a checkpoint only resumes the graph that wrote it."""
    step: int
    next_node: str | None
    """The node to run next; None when the run has finished."""
    state: dict[str, Any]
    visited: list[str] = Field(default_factory=list)
    finished: bool = False
    saved_at: float = Field(default_factory=time.time)


class Checkpointer(Protocol):
    def save(self, checkpoint: Checkpoint) -> None: ...

    def load(self, run_id: str) -> Checkpoint | None: ...

    def clear(self, run_id: str) -> None:
        """Forget ``run_id``'s checkpoints (a fresh run under the same id starts clean)."""
        ...


def open_checkpointer(target: str | Path | Checkpointer) -> Checkpointer:
    """A ``.json`` path gives a JSON file; any other path an SQLite database; objects pass through."""
    if not isinstance(target, str | Path):
        return target
    path = Path(target)
    return JsonCheckpointer(path) if path.suffix.lower() == ".json" else SqliteCheckpointer(path)


class JsonCheckpointer:
    """One file holding the latest checkpoint of each run id, replaced atomically on every save."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, json.JSONDecodeError) as exc:
            raise MemoryStoreError(
                f"checkpoint file {self.path} is unreadable ({exc}); delete it to start over"
            ) from None
        return data if isinstance(data, dict) else {}

    def save(self, checkpoint: Checkpoint) -> None:
        with self._lock:
            data = self._read()
            data[checkpoint.run_id] = checkpoint.model_dump(mode="json")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(data, fh, ensure_ascii=False)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def load(self, run_id: str) -> Checkpoint | None:
        with self._lock:
            raw = self._read().get(run_id)
        return Checkpoint.model_validate(raw) if raw is not None else None

    def clear(self, run_id: str) -> None:
        pass  # one entry per run id, replaced whole by the next save: nothing can outlive it


class SqliteCheckpointer:
    """Every checkpoint of every run in one SQLite file (WAL); the latest per run id is what resumes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False, timeout=30
            )
            self._db.executescript(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                "CREATE TABLE IF NOT EXISTS checkpoints (run_id TEXT NOT NULL, step INTEGER NOT NULL,"
                " body TEXT NOT NULL, PRIMARY KEY (run_id, step));"
            )
        except sqlite3.Error as exc:
            raise MemoryStoreError(f"checkpoint database {self.path}: {exc}") from None

    def save(self, checkpoint: Checkpoint) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO checkpoints(run_id, step, body) VALUES (?, ?, ?)",
                (checkpoint.run_id, checkpoint.step, checkpoint.model_dump_json()),
            )

    def load(self, run_id: str) -> Checkpoint | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM checkpoints WHERE run_id=? ORDER BY step DESC LIMIT 1", (run_id,)
            ).fetchone()
        return Checkpoint.model_validate_json(row[0]) if row else None

    def clear(self, run_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM checkpoints WHERE run_id=?", (run_id,))

    def history(self, run_id: str) -> list[Checkpoint]:
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM checkpoints WHERE run_id=? ORDER BY step", (run_id,)
            ).fetchall()
        return [Checkpoint.model_validate_json(r[0]) for r in rows]

    def close(self) -> None:
        self._db.close()
