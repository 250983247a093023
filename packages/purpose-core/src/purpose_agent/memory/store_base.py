"""What every SQL memory store does the same way, whatever the database behind it.

Why a base class: the SQLite store and the PostgreSQL store must keep one meaning for validation, the
compare-and-set on versions, the audit rules, the run-mode policy, import (the gate) and export; written
twice they drift apart one small fix at a time. The shared statements here use ``?`` placeholders and only the
portable part of SQL. A backend supplies its connection handling and its dialect:

- ``_read(fn, what, snapshot=...)`` and ``_write(what, fn)`` run ``fn(conn)`` in one transaction
  (``conn`` is whatever answers ``execute(sql, params)`` with a cursor: a ``sqlite3.Connection``, a
  psycopg cursor) and translate driver errors into :class:`MemoryStoreError` with advice;
- ``_sql`` rewrites the ``?`` placeholders into the driver's style, ``_in`` writes a membership test,
  ``_at`` and ``_ts`` store and read back timestamps;
- the hooks for what really differs between engines: how new rows are bulk-written
  (``_write_new_rows``), how a card's current row takes a new version (``_write_version_row``), how a
  status batch is applied (``_apply_transitions``), exposures, document frequencies, ranked retrieval and
  the on-disk size.
"""

from __future__ import annotations

import json
import logging
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Self, TypeVar

from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.immune.redact import map_strings, redact_text
from purpose_agent.memory.card import MemoryCard, MemoryScope, Provenance, Utility, describe_errors, utcnow
from purpose_agent.memory.kinds import KindCatalog
from purpose_agent.memory.status import TRANSITIONS, MemoryStatus, parse_status
from purpose_agent.memory.store import (
    AuditEntry,
    CardDiff,
    CardNotFoundError,
    CardRecord,
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

T = TypeVar("T")

#: A connection or cursor of the backend's driver: ``execute(sql, params)`` returns a cursor.
Conn = Any

#: The fields a writer changes (as opposed to status and utility, which the store keeps): an update that
#: leaves all of them equal is not a new version, and a rollback restores exactly these.
TRUST_LEARNED = ("content", "fields", "scope", "provenance", "trust")

_AUDIT_COLS = "seq, card_id, version, old_status, new_status, reason, actor, at"


def prior_of(trust: float, q_value: float) -> float:
    """The ranking prior: trusted cards and cards that have helped before rank higher (0.25 .. 1.5)."""
    return (0.5 + 0.5 * trust) * (0.5 + q_value)


def card_body(card: MemoryCard) -> str:
    """The stored JSON of a card: compact, so the body column costs no more than it must."""
    return json.dumps(card.to_json_dict(), ensure_ascii=False, separators=(",", ":"))


def redact_card(card: MemoryCard) -> MemoryCard:
    """``card`` with every secret in its content, fields and evidence replaced by ``[REDACTED:<kind>]``.

    Why here: the store is the one place every write passes (add, update, rollback, import), so a secret
    that reached a card (a key in a task, a tool's output) never lands in a row, a version, the text
    index or an export. Evidence skips the high-entropy layer: it holds ids and hashes by design.
    """
    content = redact_text(card.content, entropy=True)
    fields = map_strings(card.fields, lambda text: redact_text(text, entropy=True))
    evidence = map_strings(card.provenance.evidence, lambda text: redact_text(text, entropy=False))
    if content == card.content and fields == card.fields and evidence == card.provenance.evidence:
        return card
    provenance = card.provenance.model_copy(update={"evidence": evidence})
    return card.model_copy(update={"content": content, "fields": fields, "provenance": provenance})


def clean_reason(reason: str) -> str:
    """An audit or version reason with its secrets redacted (reasons quote findings and user text)."""
    return redact_text(reason, entropy=True)


def need_reason(reason: str) -> None:
    """Refuse an empty reason: every change a person may later audit must say why it was made."""
    if not reason or not reason.strip():
        raise ValidationError("reason: say why (it is written to the audit log)")


def term_delta(old_text: str, new_text: str) -> Counter[str]:
    """Document-frequency change when a card's searchable text goes from ``old_text`` to ``new_text``."""
    delta: Counter[str] = Counter(set(tokenize(new_text)))
    delta.subtract(Counter(set(tokenize(old_text))))
    return delta


def redact_record(rec: CardRecord) -> CardRecord:
    """An import record with secrets redacted from the card, every past version and every audit reason."""
    history = [
        h.model_copy(update={"card": redact_card(h.card), "reason": clean_reason(h.reason)})
        for h in rec.history
    ]
    audit = [a.model_copy(update={"reason": clean_reason(a.reason)}) for a in rec.audit]
    return CardRecord(line=rec.line, card=redact_card(rec.card), history=history, audit=audit)


#: The most trust an imported card starts with, whatever the file says.
IMPORT_TRUST = 0.2


def regate(rec: CardRecord, source: str, signature: str) -> CardRecord:
    """An imported card as a fresh candidate: status, evidence, history, trust and utility are dropped.

    What the file claimed is kept as a note in the evidence (so the audit can say so), never as a fact.
    """
    card = rec.card
    claimed = {
        "status": card.status.value,
        "version": card.version,
        "trust": card.trust,
        "optimizer": card.provenance.optimizer,
        "origin": str(card.provenance.evidence.get("origin", "")) or None,
        "evidence_keys": sorted(card.provenance.evidence)[:20],
    }
    evidence = {"origin": "import", "imported_from": source[:200], "signature": signature, "claimed": claimed}
    fresh = card.model_copy(
        update={
            "status": MemoryStatus.CANDIDATE,
            "version": 1,
            "trust": min(card.trust, IMPORT_TRUST),
            "utility": Utility(),
            "provenance": Provenance(optimizer="import", evidence=evidence),
        }
    )
    return CardRecord(line=rec.line, card=fresh, history=[], audit=[])


#: An actor name as the store writes one: a word, no spaces, control characters or markup.
ACTOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@:\-]{0,63}$")
#: How far in the future an imported timestamp may be (clock skew between machines), no more.
SKEW = timedelta(minutes=10)


def _where(source: str, rec: CardRecord) -> str:
    """Where an imported record came from, for errors: ``file:line`` when it was read from a file."""
    return f"{source}:{rec.line}" if rec.line else source


def _refuse(where: str, message: str) -> ValidationError:
    return ValidationError(f"{where}: {message}; nothing was imported")


def check_history(rec: CardRecord, where: str) -> None:
    """Refuse a past that cannot have happened: forged actors, illegal moves, gaps, future dates.

    Run on every imported record, signed or not, before anything is written: the audit log is the
    store's own record of who changed what, so the store checks it, whatever file format carried it.
    """
    card, history, audit = rec.card, rec.history, rec.audit
    name = f"card {card.id}"
    latest = datetime.now(UTC) + SKEW
    for when, what in [
        (card.created_at, "card.created_at"),
        (card.updated_at, "card.updated_at"),
        *((h.at, f"history.{i}.at") for i, h in enumerate(history)),
        *((a.at, f"audit.{i}.at") for i, a in enumerate(audit)),
    ]:
        aware = when if when.tzinfo else when.replace(tzinfo=UTC)
        if aware > latest:
            raise _refuse(where, f"{name}: {what}: {when.isoformat()} is in the future")
    for i, h in enumerate(history):
        if not ACTOR.match(h.actor or ""):
            raise _refuse(where, f"{name}: history.{i}.actor: {h.actor!r} is not an actor this store writes")
    previous: str | None = None
    last_version = 0
    for i, a in enumerate(audit):
        if not ACTOR.match(a.actor or ""):
            raise _refuse(where, f"{name}: audit.{i}.actor: {a.actor!r} is not an actor this store writes")
        if a.old_status != previous:
            raise _refuse(
                where, f"{name}: audit.{i}: starts from {a.old_status}, but the card was {previous} (a gap)"
            )
        try:
            new = MemoryStatus(a.new_status)
        except ValueError:
            raise _refuse(where, f"{name}: audit.{i}.new_status: {a.new_status!r} is not a status") from None
        if previous is not None and new not in TRANSITIONS[MemoryStatus(previous)]:
            raise _refuse(where, f"{name}: audit.{i}: {previous} -> {new.value} is not a legal transition")
        if a.version < last_version or a.version > card.version:
            raise _refuse(where, f"{name}: audit.{i}.version: {a.version} is out of order (a version gap)")
        if new is MemoryStatus.PROMOTED and a.actor == "memory-ci":
            replay = card.provenance.evidence.get("replay")
            if not (isinstance(replay, dict) and replay.get("promote") is True):
                forged = f"{name}: audit.{i}: memory-ci promotion without replay evidence (forged)"
                raise _refuse(where, forged)
        previous, last_version = new.value, a.version


@dataclass(frozen=True)
class NewRow:
    """One card about to be inserted, with what every backend derives from it once."""

    card: MemoryCard
    body: str
    text: str
    tokens: list[str]


class SQLStoreBase(ABC):
    """Card, version, audit and lifecycle logic shared by the SQL memory stores.

    Rows read with ``_COLS`` are ``(id, body, status, version, trust, shown, helped, q_value,
    updated_at)``; ``_row`` appends the backend's ``_ROW_EXTRA`` columns (what its ``_write_version_row``
    needs to find the card again).
    """

    _COLS: str
    _FROM: str
    _ORDER: str
    _ROW_EXTRA: str
    #: Appended to the single-card read when the caller will change the card (row lock where one exists).
    _ROW_LOCK: str = ""
    #: How many values one ``_in`` test may carry (SQLite caps bound parameters; PostgreSQL takes arrays).
    _IN_CHUNK: int = 500

    def __init__(
        self,
        location: str,
        *,
        mode: RunMode | str,
        kinds: KindCatalog,
        observer: StatusObserver | None,
        max_postings: int,
        max_terms: int,
        max_candidates: int,
        learning_rate: float,
    ) -> None:
        self.location = location
        self.mode = RunMode.parse(mode)
        self.kinds = kinds
        self.observer = observer
        self.max_postings = max_postings
        self.max_terms = max_terms
        self.max_candidates = max_candidates
        self.learning_rate = learning_rate
        self.policy = ModePolicy(self.mode, self.location)

    # -- what a backend provides --------------------------------------------------------------------

    @abstractmethod
    def _read(self, fn: Callable[[Conn], T], what: str = "read memory", *, snapshot: bool = False) -> T:
        """Run ``fn(conn)`` for reading; ``snapshot`` asks for one consistent view across statements."""

    @abstractmethod
    def _write(self, what: str, fn: Callable[[Conn], T]) -> T:
        """Run ``fn(conn)`` in one write transaction after ``policy.require_write(what)``."""

    @abstractmethod
    def _sql(self, text: str) -> str:
        """``text`` with its ``?`` placeholders in the driver's style."""

    @abstractmethod
    def _in(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        """A test that ``column`` is one of ``values`` (``?`` placeholders), and its parameters."""

    @abstractmethod
    def _at(self, when: datetime) -> Any:
        """A timestamp as the backend stores it."""

    @abstractmethod
    def _ts(self, value: Any) -> datetime:
        """A stored timestamp read back."""

    @abstractmethod
    def _tools_column(self, tool_names: Sequence[str]) -> Any:
        """A card's tool scope as the ``scope_tools`` column holds it."""

    @abstractmethod
    def _lock_audit(self, conn: Conn) -> datetime | None:
        """Order audit writers where the engine needs it; returns the earliest audit time now allowed."""

    @abstractmethod
    def _write_new_rows(
        self,
        conn: Conn,
        rows: list[NewRow],
        version_rows: list[tuple[Any, ...]],
        audit_rows: list[tuple[Any, ...]],
    ) -> None:
        """Bulk-write new cards (with their index data), their versions and their audit rows."""

    @abstractmethod
    def _write_version_row(
        self, conn: Conn, row: tuple[Any, ...], current: MemoryCard, new: MemoryCard, body: str, text: str
    ) -> None:
        """Point the card's row (as ``_row`` read it) at ``new``: compare-and-set on ``current.version``.

        ``body`` and ``text`` are ``new``'s stored JSON and searchable text. Raises
        :class:`VersionConflictError` when no row was at ``current.version``.
        """

    @abstractmethod
    def _df(self, conn: Conn, delta: Counter[str]) -> None:
        """Apply document-frequency changes to ``term_stats``."""

    @abstractmethod
    def _apply_transitions(
        self, conn: Conn, ids: list[str], status: MemoryStatus, *, reason: str, actor: str
    ) -> list[tuple[MemoryCard, str]]:
        """Move each card to ``status`` with its audit row; returns (card as now, old status) pairs."""

    @abstractmethod
    def _record_exposures(self, conn: Conn, ids: list[str], trace_id: str) -> None:
        """Count one showing per listed id and log which trace showed it; unknown ids raise."""

    @abstractmethod
    def _scope_tools_filter(self, tool_names: Sequence[str]) -> tuple[str, list[Any]]:
        """The retrieval filter on a card's tool scope for a context using ``tool_names`` (may be empty)."""

    @abstractmethod
    def _rank(
        self, conn: Conn, query: str, where: str, params: list[Any], k: int
    ) -> list[tuple[MemoryCard, float]]:
        """The top ``k`` cards passing ``where`` (driver placeholders, over ``cards c``) for ``query``."""

    @abstractmethod
    def _size_bytes(self, conn: Conn) -> int | None:
        """How much room the store takes, for ``stats()``."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def _row(self, conn: Conn, card_id: str, *, lock: bool = False) -> tuple[Any, ...]:
        sql = f"SELECT {self._COLS}, {self._ROW_EXTRA} FROM {self._FROM} WHERE c.id = ?"
        row = conn.execute(self._sql(sql + (self._ROW_LOCK if lock else "")), (card_id,)).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"no memory card {card_id!r} in {self.location}; `purpose memory list` shows ids"
            )
        return tuple(row)

    def _cards_by_id(self, conn: Conn, ids: Sequence[str]) -> dict[str, MemoryCard]:
        found: dict[str, MemoryCard] = {}
        for start in range(0, len(ids), self._IN_CHUNK):
            test, params = self._in("c.id", ids[start : start + self._IN_CHUNK])
            for row in conn.execute(self._sql(f"SELECT {self._COLS} FROM {self._FROM} WHERE {test}"), params):
                found[row[0]] = self._card(row)
        return found

    def get(self, card_id: str) -> MemoryCard:
        return self._read(lambda conn: self._card(self._row(conn, card_id)))

    def list_cards(
        self,
        *,
        statuses: Sequence[MemoryStatus | str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[MemoryCard]:
        where: list[str] = []
        params: list[Any] = []
        if statuses:
            test, values = self._in("c.status", [parse_status(s).value for s in statuses])
            where.append(test)
            params += values
        if kinds:
            test, values = self._in("c.kind", list(kinds))
            where.append(test)
            params += values
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        sql = self._sql(
            f"SELECT {self._COLS} FROM {self._FROM} {clause} ORDER BY {self._ORDER} LIMIT ? OFFSET ?"
        )
        rows = self._read(lambda conn: conn.execute(sql, [*params, limit, offset]).fetchall())
        return [self._card(r) for r in rows]

    # -- adding -------------------------------------------------------------------------------------

    def _validated(self, card: MemoryCard | dict[str, Any], where: str = "memory card") -> MemoryCard:
        data = card.to_json_dict() if isinstance(card, MemoryCard) else dict(card)
        return redact_card(MemoryCard.parse(data, kinds=self.kinds, where=where))

    def add(
        self, card: MemoryCard | dict[str, Any], *, reason: str = "created", actor: str = "user"
    ) -> MemoryCard:
        return self.add_many([card], reason=reason, actor=actor)[0]

    def add_many(
        self, cards: Iterable[MemoryCard | dict[str, Any]], *, reason: str = "created", actor: str = "user"
    ) -> list[MemoryCard]:
        """Add new cards (version 1) in one transaction: all of them or, on any error, none."""
        self.policy.require_write("add memory cards")
        reason = clean_reason(reason)
        now = utcnow()
        fresh = []
        for i, raw in enumerate(cards):
            card = self._validated(raw, where="memory card" if i == 0 else f"memory card #{i + 1}")
            self.policy.require_status(card.status, f"add a {card.status.value} card")
            fresh.append(card.model_copy(update={"version": 1, "created_at": now, "updated_at": now}))
        if not fresh:
            return []
        self._write("add memory cards", lambda conn: self._insert(conn, fresh, reason=reason, actor=actor))
        return fresh

    def _card_columns(self, card: MemoryCard) -> tuple[Any, ...]:
        """``card`` as the ``cards`` columns every backend has, in this order: id, kind, status, version,
        scope_team, scope_agent, scope_task_type, scope_tools, trust, shown, helped, q_value, prior,
        created_at, updated_at."""
        s, u = card.scope, card.utility
        return (
            card.id,
            card.kind,
            card.status.value,
            card.version,
            s.team or "",
            s.agent or "",
            s.task_type or "",
            self._tools_column(s.tool_names),
            card.trust,
            u.shown,
            u.helped,
            u.q_value,
            prior_of(card.trust, u.q_value),
            self._at(card.created_at),
            self._at(card.updated_at),
        )

    def _insert(
        self,
        conn: Conn,
        cards: list[MemoryCard],
        *,
        reason: str,
        actor: str,
        history: dict[str, list[VersionEntry]] | None = None,
        audit: dict[str, list[AuditEntry]] | None = None,
    ) -> None:
        """Insert ``cards`` with their first version and audit row (or, on import, their whole past)."""
        ids = [c.id for c in cards]
        if len(set(ids)) != len(ids):
            dup = next(i for i, n in Counter(ids).items() if n > 1)
            raise ValidationError(f"id: memory card {dup!r} appears twice in one batch")
        for start in range(0, len(ids), self._IN_CHUNK):
            test, params = self._in("id", ids[start : start + self._IN_CHUNK])
            clash = conn.execute(self._sql(f"SELECT id FROM cards WHERE {test} LIMIT 1"), params).fetchone()
            if clash:
                raise ValidationError(
                    f"id: a memory card {clash[0]!r} already exists; use update() to change it"
                )
        floor = self._lock_audit(conn)
        rows: list[NewRow] = []
        version_rows: list[tuple[Any, ...]] = []
        audit_rows: list[tuple[Any, ...]] = []
        df: Counter[str] = Counter()
        for card in cards:
            text = card.search_text()
            tokens = tokenize(text)
            df.update(set(tokens))
            body = card_body(card)
            rows.append(NewRow(card=card, body=body, text=text, tokens=tokens))
            past = (history or {}).get(card.id)
            if past:
                version_rows += [
                    (card.id, h.version, card_body(h.card), h.reason, h.actor, self._at(h.at)) for h in past
                ]
            else:
                version_rows.append((card.id, card.version, body, reason, actor, self._at(card.updated_at)))
            trail = (audit or {}).get(card.id)
            if trail is not None:
                audit_rows += [
                    (card.id, a.version, a.old_status, a.new_status, a.reason, a.actor, self._at(a.at))
                    for a in trail
                ]
            else:
                at = card.updated_at if floor is None else max(floor, card.updated_at)
                audit_rows.append(
                    (card.id, card.version, None, card.status.value, reason, actor, self._at(at))
                )
        self._write_new_rows(conn, rows, version_rows, audit_rows)
        self._df(conn, df)

    # -- versions -----------------------------------------------------------------------------------

    def update(self, card: MemoryCard, *, reason: str, actor: str = "user") -> MemoryCard:
        """Write ``card`` as the next version; ``card.version`` must be the version it was read at."""
        card = self._validated(card)
        need_reason(reason)
        reason = clean_reason(reason)

        def work(conn: Conn) -> MemoryCard:
            row = self._row(conn, card.id, lock=True)
            current = self._card(row)
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
            return self._new_version(conn, row, current, card, reason=reason, actor=actor)

        return self._write(f"update memory card {card.id}", work)

    def _new_version(
        self,
        conn: Conn,
        row: tuple[Any, ...],
        current: MemoryCard,
        card: MemoryCard,
        *,
        reason: str,
        actor: str,
    ) -> MemoryCard:
        if current.status in (MemoryStatus.PROMOTED, MemoryStatus.ARCHIVED):
            self.policy.require_promote_rights(f"change the {current.status.value} memory card {card.id}")
        if all(getattr(current, f) == getattr(card, f) for f in TRUST_LEARNED):
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
        body = card_body(new)
        old_text, new_text = current.search_text(), new.search_text()
        self._write_version_row(conn, row, current, new, body, new_text)
        if old_text != new_text:
            self._df(conn, term_delta(old_text, new_text))
        conn.execute(
            self._sql("INSERT INTO versions(card_id, version, body, reason, actor, at) VALUES (?,?,?,?,?,?)"),
            (new.id, new.version, body, reason, actor, self._at(new.updated_at)),
        )
        return new

    def history(self, card_id: str) -> list[VersionEntry]:
        sql = self._sql(
            "SELECT version, body, reason, actor, at FROM versions WHERE card_id = ? ORDER BY version"
        )

        def work(conn: Conn) -> list[Any]:
            self._row(conn, card_id)
            return conn.execute(sql, (card_id,)).fetchall()

        return [
            VersionEntry(
                card_id=card_id,
                version=v,
                reason=r,
                actor=a,
                at=self._ts(at),
                card=MemoryCard.model_validate(json.loads(b), context={"kinds": None}),
            )
            for v, b, r, a, at in self._read(work)
        ]

    def _version(self, conn: Conn, card_id: str, version: int) -> MemoryCard:
        row = conn.execute(
            self._sql("SELECT body FROM versions WHERE card_id = ? AND version = ?"), (card_id, version)
        ).fetchone()
        if row is None:
            raise CardNotFoundError(
                f"memory card {card_id!r} has no version {version}; "
                f"`purpose memory history {card_id}` lists its versions"
            )
        return MemoryCard.model_validate(json.loads(row[0]), context={"kinds": None})

    def diff(self, card_id: str, a: int, b: int) -> CardDiff:
        return self._read(
            lambda conn: diff_cards(
                card_id, a, self._version(conn, card_id, a), b, self._version(conn, card_id, b)
            )
        )

    def rollback(self, card_id: str, version: int, *, reason: str, actor: str = "user") -> MemoryCard:
        """Make version ``version``'s content current again, as a new version; status is kept."""
        need_reason(reason)
        reason = clean_reason(reason)

        def work(conn: Conn) -> MemoryCard:
            row = self._row(conn, card_id, lock=True)
            current = self._card(row)
            target = self._version(conn, card_id, version)
            restored = current.model_copy(update={f: getattr(target, f) for f in TRUST_LEARNED})
            return self._new_version(
                conn, row, current, restored, reason=f"rollback to v{version}: {reason}", actor=actor
            )

        return self._write(f"roll back memory card {card_id}", work)

    # -- status -------------------------------------------------------------------------------------

    def transition(
        self, card_id: str, new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> MemoryCard:
        return self.transition_many([card_id], new_status, reason=reason, actor=actor)[0]

    def transition_many(
        self, card_ids: Sequence[str], new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> list[MemoryCard]:
        """Move every card to ``new_status`` in one transaction, each with its audit row; all or none.

        Observers hear of the changes only after the commit, so none is told of a change that did not
        happen.
        """
        status = parse_status(new_status)
        need_reason(reason)
        reason = clean_reason(reason)
        self.policy.require_status(status, f"move memory to {status.value}")
        ids = list(card_ids)
        changed = self._write(
            f"move memory to {status.value}",
            lambda conn: self._apply_transitions(conn, ids, status, reason=reason, actor=actor),
        )
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

    def _audit_entry(self, row: Sequence[Any]) -> AuditEntry:
        return AuditEntry(
            seq=row[0],
            card_id=row[1],
            version=row[2],
            old_status=row[3],
            new_status=row[4],
            reason=row[5],
            actor=row[6],
            at=self._ts(row[7]),
        )

    def audit(self, card_id: str | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_AUDIT_COLS} FROM audit"
        params: list[Any] = []
        if card_id is not None:
            sql += " WHERE card_id = ?"
            params.append(card_id)
        if limit is not None:
            sql = f"SELECT * FROM ({sql} ORDER BY seq DESC LIMIT ?) a"
            params.append(limit)
        sql = self._sql(sql + " ORDER BY seq")
        rows = self._read(lambda conn: conn.execute(sql, params).fetchall())
        return [self._audit_entry(r) for r in rows]

    # -- retrieval ----------------------------------------------------------------------------------

    def _terms(self, conn: Conn, query: str) -> tuple[list[str], int]:
        """The rarest query terms whose postings together stay under ``max_postings``, and that total.

        Common terms add little to the text rank but cost a visit per matching row; dropping them bounds
        the work per query as the store grows, the way search engines skip stop words. The rarest term is
        always kept, so a query made only of common words still finds something.
        """
        tokens = list(dict.fromkeys(tokenize(query)))[:64]
        if not tokens:
            return [], 0
        test, params = self._in("term", tokens)
        rows = conn.execute(self._sql(f"SELECT term, df FROM term_stats WHERE {test} AND df > 0"), params)
        chosen, total = [], 0
        for term, df in sorted(rows.fetchall(), key=lambda r: (r[1], r[0])):
            if chosen and (total + df > self.max_postings or len(chosen) >= self.max_terms):
                break
            chosen.append(term)
            total += df
        return chosen, total

    def _kind_weight_sql(self, column: str, when: str) -> tuple[str, list[Any]]:
        """``CASE column WHEN name THEN weight ... END`` over the catalog's kinds, and its parameters.

        ``when`` is the driver's ``WHEN <name> THEN <weight>`` with its own placeholders (PostgreSQL needs a
        cast on the weight); a kind the catalog does not know weighs 1.0.
        """
        specs = self.kinds.specs()
        if not specs:
            return "1.0", []
        params: list[Any] = []
        for spec in specs:
            params += [spec.name, spec.retrieval_weight]
        return f"(CASE {column} {' '.join(when for _ in specs)} ELSE 1.0 END)", params

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
        test, params = self._in("c.status", [parse_status(s).value for s in statuses])
        filters = [test]
        if kinds:
            test, values = self._in("c.kind", list(kinds))
            filters.append(test)
            params += values
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
            test, values = self._scope_tools_filter(scope.tool_names)
            filters.append(test)
            params += values
        where = self._sql(" AND ".join(filters))
        return self._read(lambda conn: self._rank(conn, query, where, params, k), "retrieve memory")

    # -- utility ------------------------------------------------------------------------------------

    def record_shown(self, card_ids: Sequence[str], trace_id: str) -> None:
        """Count one showing per card and remember which trace showed it (for credit after judging)."""
        if not card_ids:
            return
        self.policy.require_promote_rights("record memory exposures")
        ids = list(card_ids)
        self._write("record memory exposures", lambda conn: self._record_exposures(conn, ids, trace_id))

    def credit(self, card_ids: Sequence[str], *, helped: bool, reward: float) -> None:
        """Move each card's Q-value toward ``reward`` (0..1): ``q += lr * (reward - q)``, atomically."""
        if not 0.0 <= reward <= 1.0:
            raise ValidationError(f"reward: {reward} is outside 0..1; pass the judged score")
        if not card_ids:
            return
        self.policy.require_promote_rights("credit memory utility")
        a = self.learning_rate
        sql = self._sql(
            "UPDATE cards SET helped = helped + ?, q_value = q_value + ? * (? - q_value),"
            " prior = (0.5 + 0.5 * trust) * (0.5 + q_value + ? * (? - q_value)) WHERE id = ?"
        )

        def work(conn: Conn) -> None:
            for card_id in card_ids:
                cur = conn.execute(sql, (1 if helped else 0, a, reward, a, reward, card_id))
                if cur.rowcount != 1:
                    raise CardNotFoundError(f"cannot credit: no memory card {card_id!r}")

        self._write("credit memory utility", work)

    # -- exchange -----------------------------------------------------------------------------------

    def _export_records(self, conn: Conn) -> list[CardRecord]:
        """Every card with its versions and audit trail, read in three passes (run it in a snapshot)."""
        cards = [
            self._card(r)
            for r in conn.execute(f"SELECT {self._COLS} FROM {self._FROM} ORDER BY {self._ORDER}")
        ]
        versions: dict[str, list[VersionEntry]] = {}
        for cid, v, b, r, a, at in conn.execute(
            "SELECT card_id, version, body, reason, actor, at FROM versions ORDER BY card_id, version"
        ):
            card = MemoryCard.model_validate(json.loads(b), context={"kinds": None})
            versions.setdefault(cid, []).append(
                VersionEntry(card_id=cid, version=v, card=card, reason=r, actor=a, at=self._ts(at))
            )
        trails: dict[str, list[AuditEntry]] = {}
        for row in conn.execute(f"SELECT {_AUDIT_COLS} FROM audit ORDER BY seq"):
            trails.setdefault(row[1], []).append(self._audit_entry(row))
        return [CardRecord(card=c, history=versions.get(c.id, []), audit=trails.get(c.id, [])) for c in cards]

    def export_records(self) -> list[CardRecord]:
        """Every card with its versions and audit trail, from one snapshot (purpose-exchange writes them)."""
        return self._read(self._export_records, "export memory", snapshot=True)

    def import_records(
        self,
        records: Sequence[CardRecord],
        *,
        source: str,
        signature: str = "unsigned",
        actor: str = "import",
    ) -> ImportReport:
        """Import records: all of them or, on any problem, nothing.

        Only records whose ``signature`` is ``"verified"`` keep their statuses, evidence and history.
        Every other card arrives as a candidate with origin ``import`` (what the source claimed is noted,
        not believed); ``report.regated`` lists them for memory CI to scan and gate. ``source`` (a file
        name) is quoted in errors and in each re-gated card's evidence.
        """
        self.policy.require_write("import memory")
        verified = signature == "verified"
        checked = []
        for rec in records:
            where = _where(source, rec)
            card = self._kind_checked(rec.card, where)
            checked.append(CardRecord(line=rec.line, card=card, history=rec.history, audit=rec.audit))
            check_history(checked[-1], where)
        records = [redact_record(rec) for rec in checked]
        if verified:
            for rec in records:
                self.policy.require_status(
                    rec.card.status, f"import the {rec.card.status.value} card {rec.card.id}"
                )
        else:
            records = [regate(rec, Path(source).name, signature) for rec in records]

        def work(conn: Conn) -> ImportReport:
            report = ImportReport(signature=signature)
            existing = self._cards_by_id(conn, [r.card.id for r in records])
            fresh = []
            for rec in records:
                have = existing.get(rec.card.id)
                if have is None:
                    fresh.append(rec)
                    continue
                fields = (
                    (*TRUST_LEARNED, "kind", "status", "version")
                    if verified
                    else ("content", "fields", "kind")
                )
                same = all(getattr(have, f) == getattr(rec.card, f) for f in fields)
                if not same:
                    raise ValidationError(
                        f"{_where(source, rec)}: card.id: {rec.card.id!r} already exists with different "
                        f"content (store v{have.version}, file v{rec.card.version}); nothing was imported"
                    )
                report.skipped_identical += 1
            if fresh:
                why = (
                    "imported"
                    if verified
                    else (
                        f"imported as a candidate (signature: {signature}); the file's status, "
                        f"evidence and history are not trusted"
                    )
                )
                self._insert(
                    conn,
                    [r.card for r in fresh],
                    reason=why,
                    actor=actor,
                    history={r.card.id: r.history for r in fresh if verified},
                    audit={r.card.id: r.audit for r in fresh if r.audit and verified},
                )
            report.added = len(fresh)
            if not verified:
                report.regated = [r.card.id for r in fresh]
            return report

        return self._write("import memory", work)

    def _kind_checked(self, card: MemoryCard, where: str) -> MemoryCard:
        """``card`` validated against this store's kinds (a source may name a kind or fields it lacks)."""
        try:
            return MemoryCard.model_validate(card.to_json_dict(), context={"kinds": self.kinds})
        except PydanticValidationError as exc:
            detail = "; ".join(f"card.{part}" for part in describe_errors(exc).split("; "))
            raise _refuse(where, detail) from None

    def stats(self) -> StoreStats:
        def work(conn: Conn) -> StoreStats:
            by_status = dict(conn.execute("SELECT status, count(*) FROM cards GROUP BY status").fetchall())
            by_kind = dict(conn.execute("SELECT kind, count(*) FROM cards GROUP BY kind").fetchall())
            return StoreStats(
                location=self.location,
                mode=self.mode.value,
                cards=sum(by_status.values()),
                by_status=by_status,
                by_kind=by_kind,
                versions=conn.execute("SELECT count(*) FROM versions").fetchone()[0],
                audit_rows=conn.execute("SELECT count(*) FROM audit").fetchone()[0],
                exposures=conn.execute("SELECT count(*) FROM exposures").fetchone()[0],
                size_bytes=self._size_bytes(conn),
            )

        return self._read(work, "read memory statistics")
