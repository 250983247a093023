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

Card, version, audit and lifecycle logic is core's (:mod:`purpose_agent.memory.store_base`, shared with
the SQLite store); this module holds the connection pool, the PostgreSQL dialect and what only it offers
(notifications, ``promoted_as_of``, scratch schemas).
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from purpose_agent.plugin import (
    CardNotFoundError,
    KindCatalog,
    MemoryCard,
    MemoryStatus,
    MemoryStoreError,
    NewRow,
    RunMode,
    SQLStoreBase,
    StatusObserver,
    VersionConflictError,
    check_transition,
    tokenize,
)

from purpose_store_postgres import schema as ddl
from purpose_store_postgres.connect import connect_kwargs, first_connection, translate
from purpose_store_postgres.notify import StatusChange, Subscription, channel_for
from purpose_store_postgres.url import StoreURL, parse_url

log = logging.getLogger("purpose_agent")

T = TypeVar("T")

#: Transaction-scoped advisory lock key that orders every audit-writing transaction ("purpose audit").
AUDIT_LOCK = 0x7075_7270_6175_64
_RETRIES = 5


def _reset_read_only(conn: Any) -> None:
    """Pool reset for EVAL_TEST connections: drop every session setting, then insist on read-only."""
    conn.execute("RESET ALL")
    if conn.execute("SHOW default_transaction_read_only").fetchone()[0] != "on":
        raise RuntimeError("an EVAL_TEST connection is no longer read-only; the pool discards it")


class PostgresStore(SQLStoreBase):
    """Memory store in one PostgreSQL schema; see the module docstring for the guarantees."""

    _COLS = "c.id, c.body, c.status, c.version, c.trust, c.shown, c.helped, c.q_value, c.updated_at"
    _FROM = "cards c"
    _ORDER = "c.seq"
    _ROW_EXTRA = "c.kind"
    _ROW_LOCK = " FOR UPDATE"
    _IN_CHUNK = 1 << 30  # values travel as one array parameter: no cap to respect

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
        super().__init__(
            self.url.location,
            mode=mode,
            kinds=kinds,
            observer=observer,
            max_postings=max_postings,
            max_terms=max_terms,
            max_candidates=max_candidates,
            learning_rate=learning_rate,
        )
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
            # EVAL_TEST: whatever a session SET, a connection goes back to the pool with its startup
            # settings (read-only), so no later borrower finds it switched to writing
            reset=None if self.mode.can_write else _reset_read_only,
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
                    if not self.mode.can_write:
                        # fixed before any query runs: `SET TRANSACTION READ WRITE` is refused after it,
                        # and a session default switched off elsewhere does not apply to this transaction
                        cur.execute("SET TRANSACTION READ ONLY")
                        cur.execute("SELECT 1")
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

    def _read(self, fn: Callable[[Any], T], what: str = "read memory", *, snapshot: bool = False) -> T:
        return self._run(what, fn, write=False, snapshot=snapshot)

    def _write(self, what: str, fn: Callable[[Any], T]) -> T:
        return self._run(what, fn)

    # -- dialect ------------------------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        return text.replace("?", "%s")

    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        return f"{column} = ANY(?)", [list(values)]

    def _at(self, when: datetime) -> datetime:
        return when

    def _ts(self, value: Any) -> datetime:
        return value

    def _tools_column(self, tool_names: Sequence[str]) -> list[str]:
        return list(tool_names)

    def _lock_audit(self, cur: Any) -> datetime:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK,))
        return datetime.now(UTC)  # after the lock, so audit time order is commit order too

    # -- writing ------------------------------------------------------------------------------------

    def _write_new_rows(
        self,
        cur: Any,
        rows: list[NewRow],
        version_rows: list[tuple[Any, ...]],
        audit_rows: list[tuple[Any, ...]],
    ) -> None:
        with cur.copy(
            "COPY cards (id, kind, status, version, scope_team, scope_agent, scope_task_type, scope_tools,"
            " trust, shown, helped, q_value, prior, created_at, updated_at, body, search_text, terms)"
            " FROM STDIN"
        ) as copy:
            for new in rows:
                copy.write_row((*self._card_columns(new.card), new.body, new.text, " ".join(new.tokens)))
        with cur.copy("COPY versions (card_id, version, body, reason, actor, at) FROM STDIN") as copy:
            for row in version_rows:
                copy.write_row(row)
        with cur.copy(
            "COPY audit (card_id, version, old_status, new_status, reason, actor, at) FROM STDIN"
        ) as copy:
            for row in audit_rows:
                copy.write_row(row)

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

    def _write_version_row(
        self, cur: Any, row: tuple[Any, ...], current: MemoryCard, new: MemoryCard, body: str, text: str
    ) -> None:
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
                text,
                " ".join(tokenize(text)),
                new.id,
                current.version,
            ),
        )
        if cur.rowcount != 1:
            raise VersionConflictError(f"memory card {new.id} changed while it was being updated; retry")

    def _apply_transitions(
        self, cur: Any, ids: list[str], status: MemoryStatus, *, reason: str, actor: str
    ) -> list[tuple[MemoryCard, str]]:
        """Apply the batch under the audit lock, with one ``pg_notify`` per change (delivered on commit)."""
        self._lock_audit(cur)
        rows = {
            r[0]: tuple(r)
            for r in cur.execute(
                f"SELECT {self._COLS}, c.kind FROM cards c WHERE c.id = ANY(%s) ORDER BY c.id FOR UPDATE",
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

    def _record_exposures(self, cur: Any, ids: list[str], trace_id: str) -> None:
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

    # -- what only this store offers ----------------------------------------------------------------

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

    def _scope_tools_filter(self, tool_names: Sequence[str]) -> tuple[str, list[Any]]:
        if not tool_names:
            return "cardinality(c.scope_tools) = 0", []
        return "(cardinality(c.scope_tools) = 0 OR c.scope_tools && ?::text[])", [list(tool_names)]

    def _rank(
        self, cur: Any, query: str, where: str, params: list[Any], k: int
    ) -> list[tuple[MemoryCard, float]]:
        weight_sql, weight_params = self._kind_weight_sql("c.kind", "WHEN %s THEN %s::float8")
        spec = (
            "(1.0 + 0.1 * ((c.scope_team <> '')::int + (c.scope_agent <> '')::int"
            " + (c.scope_task_type <> '')::int + (cardinality(c.scope_tools) > 0)::int))"
        )
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
            f" SELECT {self._COLS}, top.score FROM top JOIN cards c ON c.id = top.id"
            " ORDER BY top.score DESC, c.id"
        )
        return [(self._card(r), float(r[9])) for r in cur.execute(sql, [*args, k]).fetchall()]

    def _size_bytes(self, cur: Any) -> int:
        size = cur.execute(
            "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r'",
            (self.url.schema,),
        ).fetchone()[0]
        return int(size)
