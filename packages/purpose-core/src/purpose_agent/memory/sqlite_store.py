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
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from purpose_agent.errors import MemoryStoreError, ReadOnlyError, ValidationError
from purpose_agent.memory.card import MemoryCard, MemoryScope, utcnow
from purpose_agent.memory.jsonl import export_line, read_import, write_export
from purpose_agent.memory.kinds import KindCatalog
from purpose_agent.memory.sqlite_schema import SCHEMA, SCHEMA_VERSION
from purpose_agent.memory.status import MemoryStatus, check_transition, parse_status
from purpose_agent.memory.store import (
    AuditEntry,
    CardDiff,
    CardNotFoundError,
    ImportReport,
    ModePolicy,
    StatusObserver,
    StoreStats,
    VersionConflictError,
    VersionEntry,
    diff_cards,
)
from purpose_agent.memory.text import tokenize
from purpose_agent.runmode import RunMode

log = logging.getLogger("purpose_agent")

_COLS = "c.id, t.body, c.status, c.version, c.trust, c.shown, c.helped, c.q_value, c.updated_at"
_FROM = "cards c JOIN card_text t ON t.rowid = c.rowid"
_TRUST_LEARNED = ("content", "fields", "scope", "provenance", "trust")


def prior_of(trust: float, q_value: float) -> float:
    """The ranking prior: trusted cards and cards that have helped before rank higher (0.25 .. 1.5)."""
    return (0.5 + 0.5 * trust) * (0.5 + q_value)


def path_from_url(url: str) -> Path:
    """``sqlite:///abs/path.db``, ``sqlite://rel.db`` or a plain path."""
    text = str(url)
    if text.startswith("sqlite://"):
        text = text[len("sqlite://") :]
    if not text:
        raise ValidationError("store url: no file path given (use sqlite:///path/to/memory.db)")
    return Path(text).expanduser()


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class SQLiteStore:
    """Memory store on one SQLite file; see the module docstring for the guarantees."""

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
        self.location = str(self.path)
        self.mode = RunMode.parse(mode)
        self.kinds = kinds
        self.observer = observer
        self.max_postings = max_postings
        self.max_terms = max_terms
        self.max_candidates = max_candidates
        self.learning_rate = learning_rate
        self.policy = ModePolicy(self.mode, self.location)
        self._lock = threading.RLock()
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
            conn.execute("PRAGMA query_only = ON")
            _tune(conn)
            self._check_schema(conn)
            return conn
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
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

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    # -- reading ------------------------------------------------------------------------------------

    def _card(self, row: Sequence[Any]) -> MemoryCard:
        data = json.loads(row[1])
        data.update(
            status=row[2],
            version=row[3],
            trust=row[4],
            utility={"shown": row[5], "helped": row[6], "q_value": row[7]},
            updated_at=row[8],
        )
        return MemoryCard.model_validate(data, context={"kinds": None})

    def _row(self, conn: sqlite3.Connection, card_id: str) -> tuple[Any, ...]:
        row = conn.execute(
            f"SELECT {_COLS}, c.rowid, c.kind FROM {_FROM} WHERE c.id = ?", (card_id,)
        ).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"no memory card {card_id!r} in {self.path}; `purpose memory list` shows ids"
            )
        return tuple(row)

    def get(self, card_id: str) -> MemoryCard:
        with self._lock:
            return self._card(self._row(self._conn, card_id))

    def list_cards(
        self,
        *,
        statuses: Sequence[MemoryStatus | str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[MemoryCard]:
        where, params = [], []
        if statuses:
            values = [parse_status(s).value for s in statuses]
            where.append(f"c.status IN ({','.join('?' * len(values))})")
            params += values
        if kinds:
            where.append(f"c.kind IN ({','.join('?' * len(kinds))})")
            params += list(kinds)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = f"SELECT {_COLS} FROM {_FROM} {clause} ORDER BY c.rowid LIMIT ? OFFSET ?"
        with self._lock:
            rows = self._conn.execute(sql, [*params, limit, offset]).fetchall()
        return [self._card(r) for r in rows]

    # -- adding -------------------------------------------------------------------------------------

    def _validated(self, card: MemoryCard | dict[str, Any], where: str = "memory card") -> MemoryCard:
        data = card.to_json_dict() if isinstance(card, MemoryCard) else dict(card)
        return MemoryCard.parse(data, kinds=self.kinds, where=where)

    def add(
        self, card: MemoryCard | dict[str, Any], *, reason: str = "created", actor: str = "user"
    ) -> MemoryCard:
        return self.add_many([card], reason=reason, actor=actor)[0]

    def add_many(
        self, cards: Iterable[MemoryCard | dict[str, Any]], *, reason: str = "created", actor: str = "user"
    ) -> list[MemoryCard]:
        """Add new cards (version 1) in one transaction: all of them or, on any error, none."""
        self.policy.require_write("add memory cards")
        now = utcnow()
        fresh = []
        for i, raw in enumerate(cards):
            card = self._validated(raw, where="memory card" if i == 0 else f"memory card #{i + 1}")
            self.policy.require_status(card.status, f"add a {card.status.value} card")
            fresh.append(card.model_copy(update={"version": 1, "created_at": now, "updated_at": now}))
        with self._tx("add memory cards") as conn:
            self._insert(conn, fresh, reason=reason, actor=actor)
        return fresh

    def _insert(
        self,
        conn: sqlite3.Connection,
        cards: list[MemoryCard],
        *,
        reason: str,
        actor: str,
        history: dict[str, list[VersionEntry]] | None = None,
        audit: dict[str, list[AuditEntry]] | None = None,
    ) -> None:
        ids = [c.id for c in cards]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            clash = conn.execute(
                f"SELECT id FROM cards WHERE id IN ({','.join('?' * len(chunk))}) LIMIT 1", chunk
            ).fetchone()
            if clash:
                raise ValidationError(
                    f"id: a memory card {clash[0]!r} already exists; use update() to change it"
                )
        if len(set(ids)) != len(ids):
            dup = next(i for i, n in Counter(ids).items() if n > 1)
            raise ValidationError(f"id: memory card {dup!r} appears twice in one batch")
        base = conn.execute("SELECT coalesce(max(rowid), 0) FROM cards").fetchone()[0]
        rows, text_rows, tool_rows, version_rows, audit_rows = [], [], [], [], []
        df: Counter[str] = Counter()
        for i, card in enumerate(cards, start=base + 1):
            body = json.dumps(card.to_json_dict(), ensure_ascii=False, separators=(",", ":"))
            text = card.search_text()
            df.update(set(tokenize(text)))
            s, u = card.scope, card.utility
            rows.append(
                (
                    i,
                    card.id,
                    card.kind,
                    card.status.value,
                    card.version,
                    s.team or "",
                    s.agent or "",
                    s.task_type or "",
                    " ".join(s.tool_names),
                    card.trust,
                    u.shown,
                    u.helped,
                    u.q_value,
                    prior_of(card.trust, u.q_value),
                    card.created_at.isoformat(),
                    card.updated_at.isoformat(),
                )
            )
            text_rows.append((i, text, body))
            tool_rows += [(i, tool) for tool in s.tool_names]
            past = (history or {}).get(card.id)
            if past:
                version_rows += [
                    (
                        card.id,
                        h.version,
                        json.dumps(h.card.to_json_dict(), ensure_ascii=False),
                        h.reason,
                        h.actor,
                        h.at.isoformat(),
                    )
                    for h in past
                ]
            else:
                version_rows.append((card.id, card.version, body, reason, actor, card.updated_at.isoformat()))
            trail = (audit or {}).get(card.id)
            if trail is not None:
                audit_rows += [
                    (card.id, a.version, a.old_status, a.new_status, a.reason, a.actor, a.at.isoformat())
                    for a in trail
                ]
            else:
                audit_rows.append(
                    (
                        card.id,
                        card.version,
                        None,
                        card.status.value,
                        reason,
                        actor,
                        card.updated_at.isoformat(),
                    )
                )
        conn.executemany(
            "INSERT INTO cards(rowid, id, kind, status, version, scope_team, scope_agent, scope_task_type,"
            " scope_tools, trust, shown, helped, q_value, prior, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
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
        self._df(conn, df, +1)

    def _df(self, conn: sqlite3.Connection, terms: Counter[str], sign: int) -> None:
        if not terms:
            return
        conn.executemany(
            "INSERT INTO term_stats(term, df) VALUES (?, ?)"
            " ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            [(t, sign * n) for t, n in terms.items()],
        )
        if sign < 0:
            conn.execute("DELETE FROM term_stats WHERE df <= 0")

    # -- versions -----------------------------------------------------------------------------------

    def update(self, card: MemoryCard, *, reason: str, actor: str = "user") -> MemoryCard:
        """Write ``card`` as the next version; ``card.version`` must be the version it was read at."""
        card = self._validated(card)
        _need_reason(reason)
        with self._tx(f"update memory card {card.id}") as conn:
            row = self._row(conn, card.id)
            current = self._card(row)
            if card.version != current.version:
                raise VersionConflictError(
                    f"memory card {card.id} is at version {current.version}, but this update was made to "
                    f"version "
                    f"{card.version}; someone else changed it: get() it again and re-apply your change"
                )
            if card.kind != current.kind:
                raise ValidationError(
                    f"kind: cannot change {card.id} from {current.kind} to {card.kind}; "
                    f"add a new card instead"
                )
            if card.status != current.status:
                raise ValidationError(
                    f"status: update() does not change status ({current.status.value} -> "
                    f"{card.status.value}); use transition()"
                )
            return self._new_version(conn, row, current, card, reason=reason, actor=actor)

    def _new_version(
        self,
        conn: sqlite3.Connection,
        row: tuple[Any, ...],
        current: MemoryCard,
        card: MemoryCard,
        *,
        reason: str,
        actor: str,
    ) -> MemoryCard:
        if current.status in (MemoryStatus.PROMOTED, MemoryStatus.ARCHIVED):
            self.policy.require_promote_rights(f"change the {current.status.value} memory card {card.id}")
        if all(getattr(current, f) == getattr(card, f) for f in _TRUST_LEARNED):
            return current
        new = card.model_copy(
            update={
                "version": current.version + 1,
                "created_at": current.created_at,
                "updated_at": utcnow(),
                "utility": current.utility,
                "status": current.status,
            }
        )
        body = json.dumps(new.to_json_dict(), ensure_ascii=False, separators=(",", ":"))
        old_text, new_text = current.search_text(), new.search_text()
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
        conn.execute(
            "UPDATE card_text SET search_text = ?, body = ? WHERE rowid = ?", (new_text, body, row[9])
        )
        if cur.rowcount != 1:
            raise VersionConflictError(f"memory card {new.id} changed while it was being updated; retry")
        if old_text != new_text:
            self._df(conn, Counter(set(tokenize(old_text))), -1)
            self._df(conn, Counter(set(tokenize(new_text))), +1)
        if s.tool_names != current.scope.tool_names:
            conn.execute("DELETE FROM card_tools WHERE card_rowid = ?", (row[9],))
            conn.executemany(
                "INSERT INTO card_tools(card_rowid, tool) VALUES (?, ?)", [(row[9], t) for t in s.tool_names]
            )
        conn.execute(
            "INSERT INTO versions(card_id, version, body, reason, actor, at) VALUES (?,?,?,?,?,?)",
            (new.id, new.version, body, reason, actor, new.updated_at.isoformat()),
        )
        return new

    def history(self, card_id: str) -> list[VersionEntry]:
        with self._lock:
            self._row(self._conn, card_id)
            rows = self._conn.execute(
                "SELECT version, body, reason, actor, at FROM versions WHERE card_id = ? ORDER BY version",
                (card_id,),
            ).fetchall()
        return [
            VersionEntry(
                card_id=card_id,
                version=v,
                reason=r,
                actor=a,
                at=_dt(at),
                card=MemoryCard.model_validate(json.loads(b), context={"kinds": None}),
            )
            for v, b, r, a, at in rows
        ]

    def _version(self, card_id: str, version: int) -> MemoryCard:
        row = self._conn.execute(
            "SELECT body FROM versions WHERE card_id = ? AND version = ?", (card_id, version)
        ).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"memory card {card_id!r} has no version {version}; "
                f"`purpose memory history {card_id}` lists its versions"
            )
        return MemoryCard.model_validate(json.loads(row[0]), context={"kinds": None})

    def diff(self, card_id: str, a: int, b: int) -> CardDiff:
        with self._lock:
            return diff_cards(card_id, a, self._version(card_id, a), b, self._version(card_id, b))

    def rollback(self, card_id: str, version: int, *, reason: str, actor: str = "user") -> MemoryCard:
        """Make version ``version``'s content current again, as a new version; status is kept."""
        _need_reason(reason)
        with self._tx(f"roll back memory card {card_id}") as conn:
            row = self._row(conn, card_id)
            current = self._card(row)
            target = self._version(card_id, version)
            restored = current.model_copy(update={f: getattr(target, f) for f in _TRUST_LEARNED})
            return self._new_version(
                conn, row, current, restored, reason=f"rollback to v{version}: {reason}", actor=actor
            )

    # -- status -------------------------------------------------------------------------------------

    def transition(
        self, card_id: str, new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> MemoryCard:
        return self.transition_many([card_id], new_status, reason=reason, actor=actor)[0]

    def transition_many(
        self, card_ids: Sequence[str], new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> list[MemoryCard]:
        """Move every card to ``new_status`` in one transaction, each with its audit row; all or none."""
        status = parse_status(new_status)
        _need_reason(reason)
        self.policy.require_status(status, f"move memory to {status.value}")
        changed: list[tuple[MemoryCard, str]] = []
        now = _now()
        with self._tx(f"move memory to {status.value}") as conn:
            for card_id in card_ids:
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
        for card, old in changed:
            self._notify(card, old, status.value, reason)
        return [card for card, _ in changed]

    def _notify(self, card: MemoryCard, old: str, new: str, reason: str) -> None:
        if self.observer is None:
            return
        try:
            self.observer(card, old, new, reason)
        except Exception as exc:  # the change is committed; an observer must not make it look failed
            log.warning("memory status observer raised %s: %s", type(exc).__name__, exc)

    def audit(self, card_id: str | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, card_id, version, old_status, new_status, reason, actor, at FROM audit"
        params: list[Any] = []
        if card_id is not None:
            sql += " WHERE card_id = ?"
            params.append(card_id)
        sql += " ORDER BY seq"
        if limit is not None:
            sql = f"SELECT * FROM ({sql.replace(' ORDER BY seq', ' ORDER BY seq DESC')} LIMIT ?) ORDER BY seq"
            params.append(limit)
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [
            AuditEntry(
                seq=r[0],
                card_id=r[1],
                version=r[2],
                old_status=r[3],
                new_status=r[4],
                reason=r[5],
                actor=r[6],
                at=_dt(r[7]),
            )
            for r in rows
        ]

    # -- retrieval ----------------------------------------------------------------------------------

    def _terms(self, query: str) -> tuple[list[str], int]:
        """The rarest query terms whose postings together stay under ``max_postings``, and that total.

        Common terms add little to BM25 but cost a visit per matching row; dropping them bounds the work
        per query as the store grows, the way search engines skip stop words. The rarest term is always
        kept, so a query made only of common words still finds something.
        """
        tokens = list(dict.fromkeys(tokenize(query)))[:64]
        if not tokens:
            return [], 0
        rows = self._conn.execute(
            f"SELECT term, df FROM term_stats WHERE term IN ({','.join('?' * len(tokens))}) AND df > 0",
            tokens,
        ).fetchall()
        chosen, total = [], 0
        for term, df in sorted(rows, key=lambda r: (r[1], r[0])):
            if chosen and (total + df > self.max_postings or len(chosen) >= self.max_terms):
                break
            chosen.append(term)
            total += df
        return chosen, total

    def retrieve(
        self,
        query: str,
        *,
        scope: MemoryScope | None = None,
        kinds: Sequence[str] | None = None,
        k: int = 8,
        statuses: Sequence[MemoryStatus | str] = (MemoryStatus.PROMOTED,),
    ) -> list[tuple[MemoryCard, float]]:
        """Top ``k`` cards for ``query`` that may be shown in ``scope``; score = relevance x priors."""
        if k <= 0:
            return []
        status_values = [parse_status(s).value for s in statuses]
        filters, params = [f"c.status IN ({','.join('?' * len(status_values))})"], list(status_values)
        if kinds:
            filters.append(f"c.kind IN ({','.join('?' * len(kinds))})")
            params += list(kinds)
        if scope is not None:
            for column, value in (
                ("scope_team", scope.team),
                ("scope_agent", scope.agent),
                ("scope_task_type", scope.task_type),
            ):
                if value:
                    filters.append(f"c.{column} IN ('', ?)")
                    params.append(value)
                else:
                    filters.append(f"c.{column} = ''")
            if scope.tool_names:
                marks = ",".join("?" * len(scope.tool_names))
                filters.append(
                    "(c.scope_tools = '' OR EXISTS (SELECT 1 FROM card_tools t WHERE "
                    f"t.card_rowid = c.rowid AND t.tool IN ({marks})))"
                )
                params += list(scope.tool_names)
            else:
                filters.append("c.scope_tools = ''")
        where = " AND ".join(filters)
        weight_sql, weight_params = self._kind_weight_sql()
        spec = (
            "(1.0 + 0.1 * ((c.scope_team <> '') + (c.scope_agent <> '') + (c.scope_task_type <> '')"
            " + (c.scope_tools <> '')))"
        )
        with self._lock:
            terms, postings = self._terms(query)
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
            top = self._conn.execute(sql, args).fetchall()
            if not top:
                return []
            marks = ",".join("?" * len(top))
            rows = {
                r[-1]: r
                for r in self._conn.execute(
                    f"SELECT {_COLS}, c.rowid FROM {_FROM} WHERE c.rowid IN ({marks})", [r[0] for r in top]
                )
            }
        return [(self._card(rows[rowid]), float(score)) for rowid, score in top if rowid in rows]

    def _kind_weight_sql(self) -> tuple[str, list[Any]]:
        specs = self.kinds.specs()
        if not specs:
            return "1.0", []
        cases = " ".join("WHEN ? THEN ?" for _ in specs)
        params: list[Any] = []
        for spec in specs:
            params += [spec.name, spec.retrieval_weight]
        return f"(CASE m.kind {cases} ELSE 1.0 END)", params

    # -- utility ------------------------------------------------------------------------------------

    def record_shown(self, card_ids: Sequence[str], trace_id: str) -> None:
        """Count one showing per card and remember which trace showed it (for credit after judging)."""
        if not card_ids:
            return
        self.policy.require_promote_rights("record memory exposures")
        now = _now()
        with self._tx("record memory exposures") as conn:
            for card_id in card_ids:
                cur = conn.execute("UPDATE cards SET shown = shown + 1 WHERE id = ?", (card_id,))
                if cur.rowcount != 1:
                    raise CardNotFoundError(f"cannot record exposure: no memory card {card_id!r}")
            conn.executemany(
                "INSERT INTO exposures(trace_id, card_id, at) VALUES (?,?,?)",
                [(trace_id, cid, now) for cid in card_ids],
            )

    def credit(self, card_ids: Sequence[str], *, helped: bool, reward: float) -> None:
        """Move each card's Q-value toward ``reward`` (0..1): ``q += lr * (reward - q)``, atomically."""
        if not 0.0 <= reward <= 1.0:
            raise ValidationError(f"reward: {reward} is outside 0..1; pass the judged score")
        if not card_ids:
            return
        self.policy.require_promote_rights("credit memory utility")
        a = self.learning_rate
        with self._tx("credit memory utility") as conn:
            for card_id in card_ids:
                cur = conn.execute(
                    "UPDATE cards SET helped = helped + ?, q_value = q_value + ? * (? - q_value),"
                    " prior = (0.5 + 0.5 * trust) * (0.5 + q_value + ? * (? - q_value)) WHERE id = ?",
                    (1 if helped else 0, a, reward, a, reward, card_id),
                )
                if cur.rowcount != 1:
                    raise CardNotFoundError(f"cannot credit: no memory card {card_id!r}")

    # -- exchange -----------------------------------------------------------------------------------

    def export_jsonl(self, path: str | Path) -> int:
        """Write every card with its versions and audit trail; returns the number of cards."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN")  # one snapshot, even while other processes write
            try:
                ids = [r[0] for r in conn.execute("SELECT id FROM cards ORDER BY rowid")]
                lines = [export_line(self.get(i), self.history(i), self.audit(i)) for i in ids]
            finally:
                conn.execute("COMMIT")
        write_export(path, lines, count=len(lines), source=self.location)
        return len(lines)

    def import_jsonl(self, path: str | Path, *, actor: str = "import") -> ImportReport:
        """Import an export file: all of it or, on any problem, nothing."""
        self.policy.require_write("import memory")
        records = read_import(path, self.kinds)
        for rec in records:
            self.policy.require_status(
                rec.card.status, f"import the {rec.card.status.value} card {rec.card.id}"
            )
        report = ImportReport()
        with self._tx("import memory") as conn:
            fresh = []
            for rec in records:
                row = conn.execute(f"SELECT {_COLS} FROM {_FROM} WHERE c.id = ?", (rec.card.id,)).fetchone()
                if row is None:
                    fresh.append(rec)
                    continue
                existing = self._card(row)
                same = all(
                    getattr(existing, f) == getattr(rec.card, f)
                    for f in (*_TRUST_LEARNED, "kind", "status", "version")
                )
                if not same:
                    raise ValidationError(
                        f"{path}:{rec.line}: card.id: {rec.card.id!r} already exists with different content "
                        f"(store v{existing.version}, file v{rec.card.version}); nothing was imported"
                    )
                report.skipped_identical += 1
            self._insert(
                conn,
                [r.card for r in fresh],
                reason="imported",
                actor=actor,
                history={r.card.id: r.history for r in fresh},
                audit={r.card.id: r.audit for r in fresh if r.audit},
            )
            report.added = len(fresh)
        return report

    def stats(self) -> StoreStats:
        with self._lock:
            c = self._conn
            by_status = dict(c.execute("SELECT status, count(*) FROM cards GROUP BY status").fetchall())
            by_kind = dict(c.execute("SELECT kind, count(*) FROM cards GROUP BY kind").fetchall())
            versions = c.execute("SELECT count(*) FROM versions").fetchone()[0]
            audit_rows = c.execute("SELECT count(*) FROM audit").fetchone()[0]
            exposures = c.execute("SELECT count(*) FROM exposures").fetchone()[0]
        size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())
        return StoreStats(
            location=self.location,
            mode=self.mode.value,
            cards=sum(by_status.values()),
            by_status=by_status,
            by_kind=by_kind,
            versions=versions,
            audit_rows=audit_rows,
            exposures=exposures,
            size_bytes=size,
        )


def _tune(conn: sqlite3.Connection) -> None:
    """Memory-map the file and keep a larger page cache: retrieval visits scattered rows of big stores."""
    conn.execute("PRAGMA mmap_size = 2147483648")
    conn.execute("PRAGMA cache_size = -65536")


def _need_reason(reason: str) -> None:
    if not reason or not reason.strip():
        raise ValidationError("reason: say why (it is written to the audit log)")


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
