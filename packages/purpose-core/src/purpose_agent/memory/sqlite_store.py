"""The default memory store: one SQLite file in WAL mode, FTS5 retrieval, versions and an audit log.

Why it cannot be corrupted or lose an update:

- every write is one ``BEGIN IMMEDIATE`` transaction, so writers from several processes queue on the
  file lock (``busy_timeout``) instead of failing, and a crash leaves the whole transaction or none of it;
- updates are compare-and-set on the card's version (a stale read raises :class:`VersionConflictError`
  instead of silently overwriting), and counters are incremented in SQL, never read-modify-written;
- in EVAL_TEST the file is opened with ``mode=ro`` and ``query_only``: SQLite itself refuses writes.

Retrieval ranks inside SQL: the rarest query terms are chosen from ``term_stats`` (bounded postings),
FTS5 matches them, scope and status filters are joined on indexed columns, and only the top ``k`` rows
are read back and turned into cards.

Card, version, audit and lifecycle logic is shared with every SQL store
(:mod:`purpose_agent.memory.store_base`); this module holds only the connection handling and the dialect.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from purpose_agent.errors import MemoryStoreError, ReadOnlyError, ValidationError
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import KindCatalog
from purpose_agent.memory.sqlite_schema import SCHEMA, SCHEMA_VERSION
from purpose_agent.memory.status import MemoryStatus, check_transition
from purpose_agent.memory.store import CardNotFoundError, StatusObserver, VersionConflictError
from purpose_agent.memory.store_base import NewRow, SQLStoreBase, prior_of
from purpose_agent.memory.text import tokenize
from purpose_agent.runmode import RunMode

__all__ = ["SQLiteStore", "path_from_url", "prior_of"]

T = TypeVar("T")
_OPENING = threading.Lock()


def path_from_url(url: str) -> Path:
    """``sqlite:///abs/path.db``, ``sqlite://rel.db`` or a plain path."""
    text = str(url)
    if text.startswith("sqlite://"):
        text = text[len("sqlite://") :]
    if not text:
        raise ValidationError("store url: no file path given (use sqlite:///path/to/memory.db)")
    return Path(text).expanduser()


def private(path: Path, *, create: bool = True) -> None:
    """Make ``path`` readable by its owner only (0600), creating it empty when asked.

    Memory holds what the agent learned from the user's work: other local users must not read it. SQLite
    creates the WAL and shared-memory files with the main file's permissions, so creating it 0600 first
    keeps all three private.
    """
    try:
        if create and not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        if path.exists() and path.stat().st_mode & 0o077 and path.stat().st_uid == os.getuid():
            os.chmod(path, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise MemoryStoreError(f"{path}: cannot create the memory store there ({exc.strerror})") from None


def _now() -> str:
    return datetime.now(UTC).isoformat()


class SQLiteStore(SQLStoreBase):
    """Memory store on one SQLite file; see the module docstring for the guarantees."""

    _COLS = "c.id, t.body, c.status, c.version, c.trust, c.shown, c.helped, c.q_value, c.updated_at"
    _FROM = "cards c JOIN card_text t ON t.rowid = c.rowid"
    _ORDER = "c.rowid"
    _ROW_EXTRA = "c.rowid, c.kind"

    def __init__(
        self,
        path: str | Path,
        *,
        mode: RunMode | str = RunMode.LEARNING_TRAIN,
        kinds: KindCatalog,
        observer: StatusObserver | None = None,
        max_postings: int = 2000,
        max_terms: int = 8,
        max_candidates: int = 4096,
        learning_rate: float = 0.3,
    ) -> None:
        self.path = Path(path).expanduser().resolve()
        super().__init__(
            str(self.path),
            mode=mode,
            kinds=kinds,
            observer=observer,
            max_postings=max_postings,
            max_terms=max_terms,
            max_candidates=max_candidates,
            learning_rate=learning_rate,
        )
        self._lock = threading.RLock()
        with _OPENING:  # two connections switching a new file to WAL get "locked" at once, not the busy wait
            self._conn = self._connect()

    # -- connection ---------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if not self.mode.can_write:
            if not self.path.is_file():
                raise MemoryStoreError(
                    f"no memory store at {self.path}; {self.mode.value} mode opens an existing store "
                    f"read-only and cannot create one"
                )
            uri = f"file:{quote(str(self.path))}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30, check_same_thread=False)
            try:
                conn.execute("PRAGMA query_only = ON")
                _tune(conn)
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise MemoryStoreError(f"{self.path} is not a Purpose Agent memory store ({exc})") from None
            self._check_schema(conn)
            return conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        private(self.path)
        conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            for suffix in ("-wal", "-shm"):  # SQLite gives them the file's mode; tighten older ones too
                private(Path(f"{self.path}{suffix}"), create=False)
            if str(mode).lower() != "wal":
                raise MemoryStoreError(f"{self.path}: could not switch the store to WAL mode (got {mode})")
            conn.execute("PRAGMA synchronous = NORMAL")
            _tune(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(SCHEMA):
                conn.execute(statement)
            conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise MemoryStoreError(f"{self.path}: cannot open the memory store: {exc}") from None
        self._check_schema(conn)
        return conn

    def _check_schema(self, conn: sqlite3.Connection) -> None:
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise MemoryStoreError(f"{self.path} is not a Purpose Agent memory store ({exc})") from None
        if row is None or int(row[0]) > SCHEMA_VERSION:
            raise MemoryStoreError(
                f"{self.path}: store schema version {row[0] if row else 'missing'} is not supported by this "
                f"build (it reads version {SCHEMA_VERSION}); upgrade purpose-core"
            )

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self, what: str) -> Iterator[sqlite3.Connection]:
        """One write transaction; the SQLite error is translated into a message that says what to do."""
        self.policy.require_write(what)
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise self._translate(exc, what) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError):
                    raise self._translate(exc, what) from None
                raise

    def _translate(self, exc: sqlite3.DatabaseError, what: str) -> MemoryStoreError:
        text = str(exc)
        if "readonly" in text or "read-only" in text or "query_only" in text:
            return ReadOnlyError(
                f"cannot {what}: SQLite refused the write because {self.path} is open read-only "
                f"({self.mode.value} mode)"
            )
        if "locked" in text or "busy" in text:
            return MemoryStoreError(
                f"cannot {what}: {self.path} stayed locked by another writer for 30 s; retry, or find the "
                f"process holding it"
            )
        return MemoryStoreError(f"cannot {what}: SQLite error on {self.path}: {text}")

    def _read(
        self, fn: Callable[[sqlite3.Connection], T], what: str = "read memory", *, snapshot: bool = False
    ) -> T:
        with self._lock:
            conn = self._conn
            if not snapshot:
                return fn(conn)
            conn.execute("BEGIN")  # one snapshot, even while other processes write
            try:
                return fn(conn)
            finally:
                conn.execute("COMMIT")

    def _write(self, what: str, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._tx(what) as conn:
            return fn(conn)

    # -- dialect ------------------------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        return text

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({','.join('?' * len(values))})", list(values)

    def _at(self, when: datetime) -> str:
        return when.isoformat()

    def _ts(self, value: Any) -> datetime:
        return datetime.fromisoformat(value)

    def _tools_column(self, tool_names: Sequence[str]) -> str:
        return " ".join(tool_names)  # empty means "any tool"; card_tools indexes the names

    def _lock_audit(self, conn: sqlite3.Connection) -> None:
        return None  # BEGIN IMMEDIATE already serialises writers, so audit order is commit order

    # -- writing ------------------------------------------------------------------------------------

    def _write_new_rows(
        self,
        conn: sqlite3.Connection,
        rows: list[NewRow],
        version_rows: list[tuple[Any, ...]],
        audit_rows: list[tuple[Any, ...]],
    ) -> None:
        base = conn.execute("SELECT coalesce(max(rowid), 0) FROM cards").fetchone()[0]
        card_rows, text_rows, tool_rows = [], [], []
        for rowid, new in enumerate(rows, start=base + 1):
            card_rows.append((rowid, *self._card_columns(new.card)))
            text_rows.append((rowid, new.text, new.body))
            tool_rows += [(rowid, tool) for tool in new.card.scope.tool_names]
        conn.executemany(
            "INSERT INTO cards(rowid, id, kind, status, version, scope_team, scope_agent, scope_task_type,"
            " scope_tools, trust, shown, helped, q_value, prior, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            card_rows,
        )
        conn.executemany("INSERT INTO card_text(rowid, search_text, body) VALUES (?,?,?)", text_rows)
        if tool_rows:
            conn.executemany("INSERT INTO card_tools(card_rowid, tool) VALUES (?, ?)", tool_rows)
        conn.executemany(
            "INSERT INTO versions(card_id, version, body, reason, actor, at) VALUES (?,?,?,?,?,?)",
            version_rows,
        )
        conn.executemany(
            "INSERT INTO audit(card_id, version, old_status, new_status, reason, actor, at)"
            " VALUES (?,?,?,?,?,?,?)",
            audit_rows,
        )

    def _df(self, conn: sqlite3.Connection, delta: Counter[str]) -> None:
        items = [(t, n) for t, n in delta.items() if n]
        if not items:
            return
        conn.executemany(
            "INSERT INTO term_stats(term, df) VALUES (?, ?)"
            " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            items,
        )
        if any(n < 0 for _, n in items):
            conn.execute("DELETE FROM term_stats WHERE df <= 0")

    def _write_version_row(
        self,
        conn: sqlite3.Connection,
        row: tuple[Any, ...],
        current: MemoryCard,
        new: MemoryCard,
        body: str,
        text: str,
    ) -> None:
        s = new.scope
        cur = conn.execute(
            "UPDATE cards SET version = ?, scope_team = ?, scope_agent = ?, scope_task_type = ?,"
            " scope_tools = ?, trust = ?, prior = ?, updated_at = ? WHERE id = ? AND version = ?",
            (
                new.version,
                s.team or "",
                s.agent or "",
                s.task_type or "",
                " ".join(s.tool_names),
                new.trust,
                prior_of(new.trust, current.utility.q_value),
                new.updated_at.isoformat(),
                new.id,
                current.version,
            ),
        )
        if cur.rowcount != 1:
            raise VersionConflictError(f"memory card {new.id} changed while it was being updated; retry")
        conn.execute("UPDATE card_text SET search_text = ?, body = ? WHERE rowid = ?", (text, body, row[9]))
        if s.tool_names != current.scope.tool_names:
            conn.execute("DELETE FROM card_tools WHERE card_rowid = ?", (row[9],))
            conn.executemany(
                "INSERT INTO card_tools(card_rowid, tool) VALUES (?, ?)", [(row[9], t) for t in s.tool_names]
            )

    def _apply_transitions(
        self, conn: sqlite3.Connection, ids: list[str], status: MemoryStatus, *, reason: str, actor: str
    ) -> list[tuple[MemoryCard, str]]:
        changed: list[tuple[MemoryCard, str]] = []
        now = _now()
        for card_id in ids:
            row = self._row(conn, card_id)
            old = row[2]
            check_transition(card_id, old, status)
            conn.execute(
                "UPDATE cards SET status = ?, updated_at = ? WHERE id = ? AND status = ?",
                (status.value, now, card_id, old),
            )
            conn.execute(
                "INSERT INTO audit(card_id, version, old_status, new_status, reason, actor, at)"
                " VALUES (?,?,?,?,?,?,?)",
                (card_id, row[3], old, status.value, reason, actor, now),
            )
            changed.append((self._card((*row[:2], status.value, *row[3:8], now)), old))
        return changed

    def _record_exposures(self, conn: sqlite3.Connection, ids: list[str], trace_id: str) -> None:
        now = _now()
        for card_id in ids:
            cur = conn.execute("UPDATE cards SET shown = shown + 1 WHERE id = ?", (card_id,))
            if cur.rowcount != 1:
                raise CardNotFoundError(f"cannot record exposure: no memory card {card_id!r}")
        conn.executemany(
            "INSERT INTO exposures(trace_id, card_id, at) VALUES (?,?,?)",
            [(trace_id, cid, now) for cid in ids],
        )

    # -- retrieval ----------------------------------------------------------------------------------

    def _scope_tools_filter(self, tool_names: Sequence[str]) -> tuple[str, list[Any]]:
        if not tool_names:
            return "c.scope_tools = ''", []
        marks = ",".join("?" * len(tool_names))
        return (
            "(c.scope_tools = '' OR EXISTS (SELECT 1 FROM card_tools t WHERE "
            f"t.card_rowid = c.rowid AND t.tool IN ({marks})))",
            list(tool_names),
        )

    def _rank(
        self, conn: sqlite3.Connection, query: str, where: str, params: list[Any], k: int
    ) -> list[tuple[MemoryCard, float]]:
        weight_sql, weight_params = self._kind_weight_sql("m.kind", "WHEN ? THEN ?")
        spec = (
            "(1.0 + 0.1 * ((c.scope_team <> '') + (c.scope_agent <> '') + (c.scope_task_type <> '')"
            " + (c.scope_tools <> '')))"
        )
        terms, postings = self._terms(conn, query)
        if terms:
            match = " OR ".join(f'"{t}"' for t in terms)
            if postings <= 4 * self.max_postings:
                # normal case: filter every match on indexed columns, score only those that pass
                source = (
                    f"memory_fts CROSS JOIN cards c ON c.rowid = memory_fts.rowid"
                    f" WHERE memory_fts MATCH ? AND {where}"
                )
                rel = "-bm25(memory_fts)"
                inner = f"ORDER BY memory_fts.rowid DESC LIMIT {int(self.max_candidates)}"
            else:
                # every query word is common: score only the newest matches, then filter
                source = (
                    f"(SELECT rowid AS r, -bm25(memory_fts) AS b FROM memory_fts WHERE memory_fts"
                    f" MATCH ? ORDER BY rowid DESC LIMIT {int(4 * self.max_postings)}) f"
                    f" CROSS JOIN cards c ON c.rowid = f.r WHERE {where}"
                )
                rel = "f.b"
                inner = ""
            sql = (
                f"SELECT m.rowid, m.rel * m.prior * {weight_sql} * m.spec AS score FROM ("
                f" SELECT c.rowid AS rowid, {rel} AS rel, c.prior AS prior, c.kind AS kind,"
                f" {spec} AS spec FROM {source} {inner}) m ORDER BY score DESC LIMIT ?"
            )
            args = [*weight_params, match, *params, k]
        elif not tokenize(query):
            sql = (
                f"SELECT m.rowid, m.prior * {weight_sql} * m.spec AS score FROM ("
                f" SELECT c.rowid AS rowid, c.prior AS prior, c.kind AS kind, {spec} AS spec FROM cards c"
                f" WHERE {where} ORDER BY c.prior DESC LIMIT ?) m ORDER BY score DESC LIMIT ?"
            )
            args = [*weight_params, *params, self.max_candidates, k]
        else:
            return []  # none of the query's words occurs in any card
        top = conn.execute(sql, args).fetchall()
        if not top:
            return []
        marks = ",".join("?" * len(top))
        rows = {
            r[-1]: r
            for r in conn.execute(
                f"SELECT {self._COLS}, c.rowid FROM {self._FROM} WHERE c.rowid IN ({marks})",
                [r[0] for r in top],
            )
        }
        return [(self._card(rows[rowid]), float(score)) for rowid, score in top if rowid in rows]

    def _size_bytes(self, conn: sqlite3.Connection) -> int:
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())


def _tune(conn: sqlite3.Connection) -> None:
    """Memory-map the file and keep a larger page cache: retrieval visits scattered rows of big stores."""
    conn.execute("PRAGMA mmap_size = 2147483648")
    conn.execute("PRAGMA cache_size = -65536")


def _statements(script: str) -> list[str]:
    """Split the schema into statements (triggers contain ';' inside BEGIN ... END)."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out
