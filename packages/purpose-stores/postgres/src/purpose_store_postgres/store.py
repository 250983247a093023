"""The PostgreSQL memory store: the SQLite store's semantics for a fleet of agents sharing one memory.

Why it cannot lose an update or half-write a change:

- every write is one transaction on a pooled connection; a crash, a lost connection or a server restart
  rolls the whole transaction back, so a batch is whole or absent;
- updates are compare-and-set on the card's version under a row lock (``SELECT ... FOR UPDATE``); a stale
  read raises :class:`VersionConflictError`; counters are incremented in SQL, never read-modify-written;
- every transaction that writes audit rows first takes one transaction-scoped advisory lock, so audit
  order (``seq``) is commit order across the whole fleet: "promoted as of seq N" is a real past state,
  which is what memory bisect replays;
- a status change, its audit row and its notification (``pg_notify``, delivered on commit) are in the
  same transaction, so listeners never hear of a change that did not happen;
- EVAL_TEST connections set ``default_transaction_read_only``: PostgreSQL itself refuses every write.

Retrieval ranks inside SQL like the SQLite store: the rarest query terms are chosen from ``term_stats``,
the GIN index over ``tsv`` matches them, scope and status filters are columns, and the score is text rank
x prior (trust, Q-value) x kind weight x scope specificity.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from purpose_agent.errors import MemoryStoreError, ValidationError
from purpose_agent.memory.card import MemoryCard, MemoryScope, utcnow
from purpose_agent.memory.jsonl import export_line, read_import, write_export
from purpose_agent.memory.kinds import KindCatalog
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

from purpose_store_postgres import schema as ddl
from purpose_store_postgres.connect import connect_kwargs, first_connection, translate
from purpose_store_postgres.notify import StatusChange, Subscription, channel_for
from purpose_store_postgres.url import StoreURL, parse_url

log = logging.getLogger("purpose_agent")

T = TypeVar("T")

_COLS = "c.id, c.body, c.status, c.version, c.trust, c.shown, c.helped, c.q_value, c.updated_at"
_TRUST_LEARNED = ("content", "fields", "scope", "provenance", "trust")
#: Transaction-scoped advisory lock key that orders every audit-writing transaction ("purpose audit").
AUDIT_LOCK = 0x7075_7270_6175_64
_RETRIES = 5


def prior_of(trust: float, q_value: float) -> float:
    """Same ranking prior as the SQLite store (0.25 .. 1.5)."""
    return (0.5 + 0.5 * trust) * (0.5 + q_value)


def _need_reason(reason: str) -> None:
    if not reason or not reason.strip():
        raise ValidationError("reason: say why (it is written to the audit log)")


def _body(card: MemoryCard) -> str:
    return json.dumps(card.to_json_dict(), ensure_ascii=False, separators=(",", ":"))


class PostgresStore:
    """Memory store in one PostgreSQL schema; see the module docstring for the guarantees."""

    def __init__(
        self,
        url: str,
        *,
        mode: RunMode | str = RunMode.LEARNING_TRAIN,
        kinds: KindCatalog,
        observer: StatusObserver | None = None,
        pool_size: int = 4,
        pool_timeout_s: float = 10.0,
        max_postings: int = 2000,
        max_terms: int = 8,
        max_candidates: int = 4096,
        learning_rate: float = 0.3,
    ) -> None:
        self.url: StoreURL = parse_url(url)
        self.location = self.url.location
        self.mode = RunMode.parse(mode)
        self.kinds = kinds
        self.observer = observer
        self.max_postings = max_postings
        self.max_terms = max_terms
        self.max_candidates = max_candidates
        self.learning_rate = learning_rate
        self.policy = ModePolicy(self.mode, self.location)
        self.channel = channel_for(self.url.schema)
        self._subscriptions: list[Subscription] = []
        self._closed = False
        self._bootstrap()
        from psycopg_pool import ConnectionPool

        self._pool = ConnectionPool(
            self.url.conninfo,
            kwargs=connect_kwargs(self.url, self.mode),
            min_size=1,
            max_size=max(1, pool_size),
            timeout=pool_timeout_s,
            check=ConnectionPool.check_connection,
            name=f"purpose-memory-{self.url.schema}",
            open=False,
        )
        self._pool.open(wait=False)

    # -- schema -------------------------------------------------------------------------------------

    def _bootstrap(self) -> None:
        """Create the schema if it is new (writable modes), otherwise check its version."""
        conn = first_connection(self.url, self.mode)
        try:
            found = self._found_version(conn)
            if found is None:
                if not self.mode.can_write:
                    raise MemoryStoreError(
                        f"no memory store in schema {self.url.schema!r} of {self.location}; "
                        f"{self.mode.value} mode opens an existing store read-only and cannot create one"
                    )
                with conn.transaction(), conn.cursor() as cur:
                    cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"schema:{self.url.schema}",))
                    cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{self.url.schema}"')
                    if self._found_version(conn) is None:
                        ddl.create_current(cur)
                found = self._found_version(conn)
            self._check_version(found)
        except MemoryStoreError:
            raise
        except Exception as exc:
            raise translate(exc, "open the memory store", self.url, self.mode) from None
        finally:
            conn.close()

    def _found_version(self, conn: Any) -> int | None:
        row = conn.execute("SELECT to_regclass('schema_version')").fetchone()
        if row[0] is None:
            return None
        return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]

    def _check_version(self, found: int | None) -> None:
        if found == ddl.SCHEMA_VERSION:
            return
        if found is not None and found < ddl.SCHEMA_VERSION:
            raise MemoryStoreError(
                f"the memory store in {self.location} has schema version {found}, older than this build's "
                f"{ddl.SCHEMA_VERSION}; upgrade it in place (one transaction, nothing is lost) with: "
                f"purpose memory migrate --upgrade '{self.location}'"
            )
        raise MemoryStoreError(
            f"the memory store in {self.location} has schema version {found}, newer than this build "
            f"reads ({ddl.SCHEMA_VERSION}); upgrade purpose-store-postgres"
        )

    # -- plumbing -----------------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for sub in self._subscriptions:
            sub.close()
        self._subscriptions.clear()
        self._pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, what: str, fn: Callable[[Any], T], *, write: bool = True, snapshot: bool = False) -> T:
        """Run ``fn(cursor)`` in one transaction; deadlocks and serialization failures are retried."""
        import psycopg
        from psycopg import errors as pg
        from psycopg_pool import PoolTimeout

        if write:
            self.policy.require_write(what)
        for attempt in range(_RETRIES):
            try:
                with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
                    if snapshot:
                        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                    return fn(cur)
            except (pg.DeadlockDetected, pg.SerializationFailure):
                if attempt == _RETRIES - 1:
                    raise MemoryStoreError(
                        f"cannot {what}: it kept colliding with other writers ({_RETRIES} tries); retry"
                    ) from None
                time.sleep(0.01 * (2**attempt))
            except (psycopg.Error, PoolTimeout) as exc:
                raise translate(exc, what, self.url, self.mode) from None
        raise AssertionError("unreachable")

    def _read(self, fn: Callable[[Any], T], what: str = "read memory") -> T:
        return self._run(what, fn, write=False)

    # -- reading ------------------------------------------------------------------------------------

    @staticmethod
    def _card(row: Sequence[Any]) -> MemoryCard:
        data = json.loads(row[1])
        data.update(
            status=row[2],
            version=row[3],
            trust=row[4],
            utility={"shown": row[5], "helped": row[6], "q_value": row[7]},
            updated_at=row[8],
        )
        return MemoryCard.model_validate(data, context={"kinds": None})

    def _row(self, cur: Any, card_id: str, *, lock: bool = False) -> tuple[Any, ...]:
        row = cur.execute(
            f"SELECT {_COLS}, c.kind FROM cards c WHERE c.id = %s{' FOR UPDATE' if lock else ''}",
            (card_id,),
        ).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"no memory card {card_id!r} in {self.location}; `purpose memory list` shows ids"
            )
        return tuple(row)

    def get(self, card_id: str) -> MemoryCard:
        return self._read(lambda cur: self._card(self._row(cur, card_id)))

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
            where.append("c.status = ANY(%s)")
            params.append([parse_status(s).value for s in statuses])
        if kinds:
            where.append("c.kind = ANY(%s)")
            params.append(list(kinds))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = f"SELECT {_COLS} FROM cards c {clause} ORDER BY c.seq LIMIT %s OFFSET %s"
        rows = self._read(lambda cur: cur.execute(sql, [*params, limit, offset]).fetchall())
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
        if not fresh:
            return []
        self._run("add memory cards", lambda cur: self._insert(cur, fresh, reason=reason, actor=actor))
        return fresh

    def _lock_audit(self, cur: Any) -> None:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK,))

    def _insert(
        self,
        cur: Any,
        cards: list[MemoryCard],
        *,
        reason: str,
        actor: str,
        history: dict[str, list[VersionEntry]] | None = None,
        audit: dict[str, list[AuditEntry]] | None = None,
    ) -> None:
        ids = [c.id for c in cards]
        if len(set(ids)) != len(ids):
            dup = next(i for i, n in Counter(ids).items() if n > 1)
            raise ValidationError(f"id: memory card {dup!r} appears twice in one batch")
        clash = cur.execute("SELECT id FROM cards WHERE id = ANY(%s) LIMIT 1", (ids,)).fetchone()
        if clash:
            raise ValidationError(f"id: a memory card {clash[0]!r} already exists; use update() to change it")
        self._lock_audit(cur)
        locked_at = datetime.now(UTC)  # after the lock, so audit time order is commit order too
        rows, version_rows, audit_rows = [], [], []
        df: Counter[str] = Counter()
        for card in cards:
            body = _body(card)
            text = card.search_text()
            tokens = tokenize(text)
            df.update(set(tokens))
            s, u = card.scope, card.utility
            rows.append(
                (
                    card.id,
                    card.kind,
                    card.status.value,
                    card.version,
                    s.team or "",
                    s.agent or "",
                    s.task_type or "",
                    list(s.tool_names),
                    card.trust,
                    u.shown,
                    u.helped,
                    u.q_value,
                    prior_of(card.trust, u.q_value),
                    card.created_at,
                    card.updated_at,
                    body,
                    text,
                    " ".join(tokens),
                )
            )
            past = (history or {}).get(card.id)
            if past:
                version_rows += [(card.id, h.version, _body(h.card), h.reason, h.actor, h.at) for h in past]
            else:
                version_rows.append((card.id, card.version, body, reason, actor, card.updated_at))
            trail = (audit or {}).get(card.id)
            if trail is not None:
                audit_rows += [
                    (card.id, a.version, a.old_status, a.new_status, a.reason, a.actor, a.at) for a in trail
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
                        max(locked_at, card.updated_at),
                    )
                )
        with cur.copy(
            "COPY cards (id, kind, status, version, scope_team, scope_agent, scope_task_type, scope_tools,"
            " trust, shown, helped, q_value, prior, created_at, updated_at, body, search_text, terms)"
            " FROM STDIN"
        ) as copy:
            for row in rows:
                copy.write_row(row)
        with cur.copy("COPY versions (card_id, version, body, reason, actor, at) FROM STDIN") as copy:
            for row in version_rows:
                copy.write_row(row)
        with cur.copy(
            "COPY audit (card_id, version, old_status, new_status, reason, actor, at) FROM STDIN"
        ) as copy:
            for row in audit_rows:
                copy.write_row(row)
        self._df(cur, df)

    @staticmethod
    def _df(cur: Any, delta: Counter[str]) -> None:
        """Apply document-frequency changes in term order, so concurrent writers lock rows alike."""
        terms = sorted(t for t, n in delta.items() if n)
        if not terms:
            return
        cur.execute(
            "INSERT INTO term_stats(term, df) SELECT t, n FROM unnest(%s::text[], %s::integer[]) AS u(t, n)"
            " ORDER BY t ON CONFLICT (term) DO UPDATE SET df = term_stats.df + excluded.df",
            (terms, [delta[t] for t in terms]),
        )
        if any(delta[t] < 0 for t in terms):
            cur.execute("DELETE FROM term_stats WHERE term = ANY(%s) AND df <= 0", (terms,))

    # -- versions -----------------------------------------------------------------------------------

    def update(self, card: MemoryCard, *, reason: str, actor: str = "user") -> MemoryCard:
        """Write ``card`` as the next version; ``card.version`` must be the version it was read at."""
        card = self._validated(card)
        _need_reason(reason)

        def work(cur: Any) -> MemoryCard:
            current = self._card(self._row(cur, card.id, lock=True))
            if card.version != current.version:
                raise VersionConflictError(
                    f"memory card {card.id} is at version {current.version}, but this update was made to "
                    f"version {card.version}; someone else changed it: get() it again and re-apply your "
                    f"change"
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
            return self._new_version(cur, current, card, reason=reason, actor=actor)

        return self._run(f"update memory card {card.id}", work)

    def _new_version(
        self, cur: Any, current: MemoryCard, card: MemoryCard, *, reason: str, actor: str
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
        body = _body(new)
        old_text, new_text = current.search_text(), new.search_text()
        new_tokens = tokenize(new_text)
        s = new.scope
        cur.execute(
            "UPDATE cards SET version = %s, scope_team = %s, scope_agent = %s, scope_task_type = %s,"
            " scope_tools = %s, trust = %s, prior = (0.5 + 0.5 * %s) * (0.5 + q_value), updated_at = %s,"
            " body = %s, search_text = %s, terms = %s WHERE id = %s AND version = %s",
            (
                new.version,
                s.team or "",
                s.agent or "",
                s.task_type or "",
                list(s.tool_names),
                new.trust,
                new.trust,
                new.updated_at,
                body,
                new_text,
                " ".join(new_tokens),
                new.id,
                current.version,
            ),
        )
        if cur.rowcount != 1:
            raise VersionConflictError(f"memory card {new.id} changed while it was being updated; retry")
        if old_text != new_text:
            delta: Counter[str] = Counter(set(new_tokens))
            delta.subtract(Counter(set(tokenize(old_text))))
            self._df(cur, delta)
        cur.execute(
            "INSERT INTO versions(card_id, version, body, reason, actor, at) VALUES (%s,%s,%s,%s,%s,%s)",
            (new.id, new.version, body, reason, actor, new.updated_at),
        )
        return new

    def history(self, card_id: str) -> list[VersionEntry]:
        def work(cur: Any) -> list[Any]:
            self._row(cur, card_id)
            return cur.execute(
                "SELECT version, body, reason, actor, at FROM versions WHERE card_id = %s ORDER BY version",
                (card_id,),
            ).fetchall()

        return [
            VersionEntry(
                card_id=card_id,
                version=v,
                reason=r,
                actor=a,
                at=at,
                card=MemoryCard.model_validate(json.loads(b), context={"kinds": None}),
            )
            for v, b, r, a, at in self._read(work)
        ]

    def _version(self, cur: Any, card_id: str, version: int) -> MemoryCard:
        row = cur.execute(
            "SELECT body FROM versions WHERE card_id = %s AND version = %s", (card_id, version)
        ).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"memory card {card_id!r} has no version {version}; "
                f"`purpose memory history {card_id}` lists its versions"
            )
        return MemoryCard.model_validate(json.loads(row[0]), context={"kinds": None})

    def diff(self, card_id: str, a: int, b: int) -> CardDiff:
        return self._read(
            lambda cur: diff_cards(
                card_id, a, self._version(cur, card_id, a), b, self._version(cur, card_id, b)
            )
        )

    def rollback(self, card_id: str, version: int, *, reason: str, actor: str = "user") -> MemoryCard:
        """Make version ``version``'s content current again, as a new version; status is kept."""
        _need_reason(reason)

        def work(cur: Any) -> MemoryCard:
            current = self._card(self._row(cur, card_id, lock=True))
            target = self._version(cur, card_id, version)
            restored = current.model_copy(update={f: getattr(target, f) for f in _TRUST_LEARNED})
            return self._new_version(
                cur, current, restored, reason=f"rollback to v{version}: {reason}", actor=actor
            )

        return self._run(f"roll back memory card {card_id}", work)

    # -- status -------------------------------------------------------------------------------------

    def transition(
        self, card_id: str, new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> MemoryCard:
        return self.transition_many([card_id], new_status, reason=reason, actor=actor)[0]

    def transition_many(
        self, card_ids: Sequence[str], new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> list[MemoryCard]:
        """Move every card to ``new_status`` in one transaction, each with its audit row and notification."""
        status = parse_status(new_status)
        _need_reason(reason)
        self.policy.require_status(status, f"move memory to {status.value}")
        ids = list(card_ids)

        def work(cur: Any) -> list[tuple[MemoryCard, str]]:
            self._lock_audit(cur)
            rows = {
                r[0]: tuple(r)
                for r in cur.execute(
                    f"SELECT {_COLS}, c.kind FROM cards c WHERE c.id = ANY(%s) ORDER BY c.id FOR UPDATE",
                    (sorted(set(ids)),),
                )
            }
            now = datetime.now(UTC)
            state: dict[str, str] = {}
            changed: list[tuple[MemoryCard, str]] = []
            audit_rows, notes = [], []
            for card_id in ids:
                row = rows.get(card_id)
                if row is None:
                    raise CardNotFoundError(
                        f"no memory card {card_id!r} in {self.location}; `purpose memory list` shows ids"
                    )
                old = state.get(card_id, row[2])
                check_transition(card_id, old, status)
                state[card_id] = status.value
                audit_rows.append((card_id, row[3], old, status.value, reason, actor, now))
                changed.append((self._card((*row[:2], status.value, *row[3:8], now)), old))
            cur.executemany(
                "UPDATE cards SET status = %s, updated_at = %s WHERE id = %s",
                [(status.value, now, cid) for cid in state],
            )
            for row in audit_rows:
                seq = cur.execute(
                    "INSERT INTO audit(card_id, version, old_status, new_status, reason, actor, at)"
                    " VALUES (%s,%s,%s,%s,%s,%s,%s) RETURNING seq",
                    row,
                ).fetchone()[0]
                notes.append(
                    json.dumps(
                        {
                            "card_id": row[0],
                            "version": row[1],
                            "old": row[2],
                            "new": row[3],
                            "seq": seq,
                            "actor": row[5][:100],
                            "reason": row[4][:200],
                        }
                    )
                )
            cur.executemany("SELECT pg_notify(%s, %s)", [(self.channel, n) for n in notes])
            return changed

        changed = self._run(f"move memory to {status.value}", work)
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

    def subscribe(self, callback: Callable[[StatusChange], None]) -> Subscription:
        """Call ``callback`` for every status change any process commits to this store (LISTEN/NOTIFY).

        Retrieval already reads the live table, so a running agent's next retrieval sees a promotion;
        a subscription is for reacting at once (refresh a cache, log, re-plan). It runs on its own
        connection and thread; ``close()`` it, or close the store.
        """
        sub = Subscription(self.url, self.mode, self.channel, callback)
        self._subscriptions.append(sub)
        return sub

    def scratch(self, label: str) -> tuple[str, Callable[[], None]]:
        """A new, empty store in a sibling schema (memory bisect's past states), and how to drop it."""
        import uuid

        from purpose_store_postgres.admin import drop_store

        name = f"{self.url.schema[:40]}_{label.lower()[:12]}_{uuid.uuid4().hex[:8]}"
        url = self.url.with_schema("".join(ch if ch.isalnum() else "_" for ch in name))
        return url, lambda: drop_store(url)

    def audit(self, card_id: str | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, card_id, version, old_status, new_status, reason, actor, at FROM audit"
        params: list[Any] = []
        if card_id is not None:
            sql += " WHERE card_id = %s"
            params.append(card_id)
        if limit is not None:
            sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT %s) a"
            params.append(limit)
        sql += " ORDER BY seq"
        rows = self._read(lambda cur: cur.execute(sql, params).fetchall())
        return [
            AuditEntry(
                seq=r[0],
                card_id=r[1],
                version=r[2],
                old_status=r[3],
                new_status=r[4],
                reason=r[5],
                actor=r[6],
                at=r[7],
            )
            for r in rows
        ]

    def promoted_as_of(self, seq: int) -> list[MemoryCard]:
        """The cards that were promoted right after audit row ``seq``, each with its content then.

        Answered from the append-only tables alone: a card counts when its last status change at or before
        ``seq`` made it promoted; its content is the last version written before that row's time. Utility
        statistics are not versioned, so each card carries those recorded with that version.
        """
        if seq <= 0:
            return []
        sql = """
            WITH cut AS (SELECT coalesce(max(at), '-infinity'::timestamptz) AS at FROM audit WHERE seq <= %s),
            last AS (
                SELECT DISTINCT ON (card_id) card_id, new_status FROM audit
                WHERE seq <= %s ORDER BY card_id, seq DESC
            )
            SELECT v.card_id, v.body FROM last
            JOIN LATERAL (
                SELECT card_id, body FROM versions
                WHERE versions.card_id = last.card_id AND versions.at <= (SELECT at FROM cut)
                ORDER BY version DESC LIMIT 1
            ) v ON true
            WHERE last.new_status = 'promoted'
            ORDER BY v.card_id
        """
        rows = self._read(lambda cur: cur.execute(sql, (seq, seq)).fetchall())
        out = []
        for _, body in rows:
            data = json.loads(body)
            data["status"] = MemoryStatus.PROMOTED.value
            out.append(MemoryCard.model_validate(data, context={"kinds": None}))
        return out

    # -- retrieval ----------------------------------------------------------------------------------

    def _terms(self, cur: Any, query: str) -> tuple[list[str], int]:
        """The rarest query terms whose postings together stay under ``max_postings`` (as SQLite does)."""
        tokens = list(dict.fromkeys(tokenize(query)))[:64]
        if not tokens:
            return [], 0
        rows = cur.execute(
            "SELECT term, df FROM term_stats WHERE term = ANY(%s) AND df > 0", (tokens,)
        ).fetchall()
        chosen, total = [], 0
        for term, df in sorted(rows, key=lambda r: (r[1], r[0])):
            if chosen and (total + df > self.max_postings or len(chosen) >= self.max_terms):
                break
            chosen.append(term)
            total += df
        return chosen, total

    def _kind_weight_sql(self) -> tuple[str, list[Any]]:
        specs = self.kinds.specs()
        if not specs:
            return "1.0", []
        params: list[Any] = []
        for spec in specs:
            params += [spec.name, spec.retrieval_weight]
        cases = " ".join("WHEN %s THEN %s::float8" for _ in specs)
        return f"(CASE c.kind {cases} ELSE 1.0 END)", params

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
        filters = ["c.status = ANY(%s)"]
        params: list[Any] = [[parse_status(s).value for s in statuses]]
        if kinds:
            filters.append("c.kind = ANY(%s)")
            params.append(list(kinds))
        if scope is not None:
            for column, value in (
                ("scope_team", scope.team),
                ("scope_agent", scope.agent),
                ("scope_task_type", scope.task_type),
            ):
                if value:
                    filters.append(f"c.{column} IN ('', %s)")
                    params.append(value)
                else:
                    filters.append(f"c.{column} = ''")
            if scope.tool_names:
                filters.append("(cardinality(c.scope_tools) = 0 OR c.scope_tools && %s::text[])")
                params.append(list(scope.tool_names))
            else:
                filters.append("cardinality(c.scope_tools) = 0")
        where = " AND ".join(filters)
        weight_sql, weight_params = self._kind_weight_sql()
        spec = (
            "(1.0 + 0.1 * ((c.scope_team <> '')::int + (c.scope_agent <> '')::int"
            " + (c.scope_task_type <> '')::int + (cardinality(c.scope_tools) > 0)::int))"
        )

        def work(cur: Any) -> list[Any]:
            terms, postings = self._terms(cur, query)
            if terms:
                tsquery = " | ".join(f"'{t}'" for t in terms)
                if postings <= 4 * self.max_postings:
                    inner = (
                        f"SELECT c.id, ts_rank(c.tsv, q.q) * c.prior * {weight_sql} * {spec} AS score"
                        " FROM (SELECT h.seq FROM cards h"
                        " WHERE h.tsv @@ to_tsquery('simple', %s) OFFSET 0) hit"
                        f" JOIN cards c ON c.seq = hit.seq, to_tsquery('simple', %s) q(q) WHERE {where}"
                    )  # chosen terms bound the matches: the GIN index finds them first, whatever stats say
                    args = [*weight_params, tsquery, tsquery, *params]
                else:  # every query word is common: score only the newest matches, then filter
                    inner = (
                        f"SELECT c.id, m.rel * c.prior * {weight_sql} * {spec} AS score FROM ("
                        f" SELECT c.seq, ts_rank(c.tsv, q.q) AS rel"
                        f" FROM cards c, to_tsquery('simple', %s) q(q)"
                        f" WHERE c.tsv @@ q.q ORDER BY c.seq DESC LIMIT {int(4 * self.max_postings)}) m"
                        f" JOIN cards c ON c.seq = m.seq WHERE {where}"
                    )
                    args = [tsquery, *weight_params, *params]
            elif not tokenize(query):
                inner = (
                    f"SELECT c.id, c.prior * {weight_sql} * {spec} AS score FROM cards c WHERE {where}"
                    f" ORDER BY c.prior DESC LIMIT {int(self.max_candidates)}"
                )
                args = [*weight_params, *params]
            else:
                return []  # none of the query's words occurs in any card
            sql = (
                f"WITH top AS (SELECT id, score FROM ({inner}) m ORDER BY score DESC, id LIMIT %s)"
                f" SELECT {_COLS}, top.score FROM top JOIN cards c ON c.id = top.id"
                " ORDER BY top.score DESC, c.id"
            )
            return cur.execute(sql, [*args, k]).fetchall()

        rows = self._read(work, "retrieve memory")
        return [(self._card(r), float(r[9])) for r in rows]

    # -- utility ------------------------------------------------------------------------------------

    def record_shown(self, card_ids: Sequence[str], trace_id: str) -> None:
        """Count one showing per card and remember which trace showed it (for credit after judging)."""
        if not card_ids:
            return
        self.policy.require_promote_rights("record memory exposures")
        ids = list(card_ids)

        def work(cur: Any) -> None:
            found = {
                r[0]
                for r in cur.execute(
                    "UPDATE cards SET shown = cards.shown + n.n FROM ("
                    " SELECT id, count(*)::int AS n FROM unnest(%s::text[]) AS u(id) GROUP BY id) n"
                    " WHERE cards.id = n.id RETURNING cards.id",
                    (ids,),
                )
            }
            missing = [i for i in ids if i not in found]
            if missing:
                raise CardNotFoundError(f"cannot record exposure: no memory card {missing[0]!r}")
            now = datetime.now(UTC)
            cur.executemany(
                "INSERT INTO exposures(trace_id, card_id, at) VALUES (%s,%s,%s)",
                [(trace_id, cid, now) for cid in ids],
            )

        self._run("record memory exposures", work)

    def credit(self, card_ids: Sequence[str], *, helped: bool, reward: float) -> None:
        """Move each card's Q-value toward ``reward`` (0..1): ``q += lr * (reward - q)``, atomically."""
        if not 0.0 <= reward <= 1.0:
            raise ValidationError(f"reward: {reward} is outside 0..1; pass the judged score")
        if not card_ids:
            return
        self.policy.require_promote_rights("credit memory utility")
        a = self.learning_rate

        def work(cur: Any) -> None:
            for card_id in card_ids:
                cur.execute(
                    "UPDATE cards SET helped = helped + %s, q_value = q_value + %s * (%s - q_value),"
                    " prior = (0.5 + 0.5 * trust) * (0.5 + q_value + %s * (%s - q_value)) WHERE id = %s",
                    (1 if helped else 0, a, reward, a, reward, card_id),
                )
                if cur.rowcount != 1:
                    raise CardNotFoundError(f"cannot credit: no memory card {card_id!r}")

        self._run("credit memory utility", work)

    # -- exchange -----------------------------------------------------------------------------------

    def _everything(self, cur: Any) -> Iterator[str]:
        cards = [self._card(r) for r in cur.execute(f"SELECT {_COLS} FROM cards c ORDER BY c.seq")]
        versions: dict[str, list[VersionEntry]] = {}
        for cid, v, b, r, a, at in cur.execute(
            "SELECT card_id, version, body, reason, actor, at FROM versions ORDER BY card_id, version"
        ):
            card = MemoryCard.model_validate(json.loads(b), context={"kinds": None})
            versions.setdefault(cid, []).append(
                VersionEntry(card_id=cid, version=v, card=card, reason=r, actor=a, at=at)
            )
        trails: dict[str, list[AuditEntry]] = {}
        for row in cur.execute(
            "SELECT seq, card_id, version, old_status, new_status, reason, actor, at FROM audit ORDER BY seq"
        ):
            trails.setdefault(row[1], []).append(
                AuditEntry(
                    seq=row[0],
                    card_id=row[1],
                    version=row[2],
                    old_status=row[3],
                    new_status=row[4],
                    reason=row[5],
                    actor=row[6],
                    at=row[7],
                )
            )
        return iter([export_line(c, versions.get(c.id, []), trails.get(c.id, [])) for c in cards])

    def export_jsonl(self, path: str | Path) -> int:
        """Write every card with its versions and audit trail from one snapshot; returns the card count."""
        lines = list(self._run("export memory", self._everything, write=False, snapshot=True))
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

        def work(cur: Any) -> ImportReport:
            report = ImportReport()
            existing = {
                r[0]: self._card(r)
                for r in cur.execute(
                    f"SELECT {_COLS} FROM cards c WHERE c.id = ANY(%s)", ([r.card.id for r in records],)
                )
            }
            fresh = []
            for rec in records:
                have = existing.get(rec.card.id)
                if have is None:
                    fresh.append(rec)
                    continue
                same = all(
                    getattr(have, f) == getattr(rec.card, f)
                    for f in (*_TRUST_LEARNED, "kind", "status", "version")
                )
                if not same:
                    raise ValidationError(
                        f"{path}:{rec.line}: card.id: {rec.card.id!r} already exists with different content "
                        f"(store v{have.version}, file v{rec.card.version}); nothing was imported"
                    )
                report.skipped_identical += 1
            if fresh:
                self._insert(
                    cur,
                    [r.card for r in fresh],
                    reason="imported",
                    actor=actor,
                    history={r.card.id: r.history for r in fresh},
                    audit={r.card.id: r.audit for r in fresh if r.audit},
                )
            report.added = len(fresh)
            return report

        return self._run("import memory", work)

    def stats(self) -> StoreStats:
        def work(cur: Any) -> StoreStats:
            by_status = dict(cur.execute("SELECT status, count(*) FROM cards GROUP BY status").fetchall())
            by_kind = dict(cur.execute("SELECT kind, count(*) FROM cards GROUP BY kind").fetchall())
            versions = cur.execute("SELECT count(*) FROM versions").fetchone()[0]
            audit_rows = cur.execute("SELECT count(*) FROM audit").fetchone()[0]
            exposures = cur.execute("SELECT count(*) FROM exposures").fetchone()[0]
            size = cur.execute(
                "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
                (self.url.schema,),
            ).fetchone()[0]
            return StoreStats(
                location=self.location,
                mode=self.mode.value,
                cards=sum(by_status.values()),
                by_status=by_status,
                by_kind=by_kind,
                versions=versions,
                audit_rows=audit_rows,
                exposures=exposures,
                size_bytes=int(size),
            )

        return self._read(work, "read memory statistics")
