"""The store protocol every memory backend implements, and ``open_store`` which finds one by URL.

Nothing above this module may depend on SQLite: a PostgreSQL store for a fleet that shares one memory
implements the same protocol and proves it with :class:`purpose_agent.testing.StoreContract`. The run-mode
rules live here too (:class:`ModePolicy`) so every backend enforces them identically.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from purpose_agent.errors import MemoryStoreError, ReadOnlyError
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.runmode import RunMode

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.memory.kinds import KindCatalog
    from purpose_agent.plugins import PluginManager

#: Called after a status change is committed: ``observer(card, old_status, new_status, reason)``.
StatusObserver = Callable[[MemoryCard, str, str, str], None]


class VersionConflictError(MemoryStoreError):
    """Someone else updated the card since it was read; re-read it and apply the change again."""


class PromotionForbiddenError(ReadOnlyError):
    """The run mode may stage candidates but may not change what is promoted (LEARNING_VALIDATION)."""


class CardNotFoundError(MemoryStoreError):
    """No card with that id (or no such version of it) is in the store."""


class VersionEntry(BaseModel):
    card_id: str
    version: int
    card: MemoryCard
    reason: str
    actor: str
    at: datetime


class AuditEntry(BaseModel):
    seq: int
    card_id: str
    version: int
    old_status: str | None
    new_status: str
    reason: str
    actor: str
    at: datetime


class CardDiff(BaseModel):
    card_id: str
    a: int
    b: int
    changes: dict[str, tuple[Any, Any]] = Field(default_factory=dict)
    """Changed field path -> (value in a, value in b); content is summarised in ``content_diff``."""
    content_diff: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.changes)


class StoreStats(BaseModel):
    location: str
    mode: str
    cards: int
    by_status: dict[str, int]
    by_kind: dict[str, int]
    versions: int
    audit_rows: int
    exposures: int
    size_bytes: int | None = None


@dataclass
class CardRecord:
    """One card with its whole past: what an export holds per card and an import brings back.

    The file format that carries records (JSONL, signed or not) is purpose-exchange's; the store reads and
    writes records, and on import applies the gate itself (see ``Store.import_records``). ``line`` is
    where an import read the record (0 when it was not read from a file), for error messages.
    """

    card: MemoryCard
    history: list[VersionEntry]
    audit: list[AuditEntry]
    line: int = 0


class ImportReport(BaseModel):
    added: int = 0
    skipped_identical: int = 0
    signature: str = "unsigned"
    """``verified`` (history kept), ``unsigned``, ``no key`` or ``did not verify`` (re-gated)."""
    regated: list[str] = Field(default_factory=list)
    """Cards that arrived as candidates and must go through memory CI."""


@runtime_checkable
class Store(Protocol):
    """What the runtime, the learning loop, the CLI and the UI may ask of a memory store.

    ``import_records`` is all-or-nothing and is the import gate: only records whose ``signature`` is
    ``"verified"`` (the exchange file's HMAC checked with the user's key) keep their statuses, evidence
    and history; every other card arrives as a candidate for memory CI. Either way secrets are redacted
    and a past that cannot have happened (a forged actor, an illegal status change) is refused.
    """

    mode: RunMode
    location: str

    def add(
        self, card: MemoryCard | dict[str, Any], *, reason: str = "created", actor: str = "user"
    ) -> MemoryCard: ...
    def add_many(
        self, cards: Iterable[MemoryCard | dict[str, Any]], *, reason: str = "created", actor: str = "user"
    ) -> list[MemoryCard]: ...
    def get(self, card_id: str) -> MemoryCard: ...
    def list_cards(
        self,
        *,
        statuses: Sequence[MemoryStatus | str] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[MemoryCard]: ...
    def update(self, card: MemoryCard, *, reason: str, actor: str = "user") -> MemoryCard: ...
    def transition(
        self, card_id: str, new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> MemoryCard: ...
    def transition_many(
        self, card_ids: Sequence[str], new_status: MemoryStatus | str, *, reason: str, actor: str = "user"
    ) -> list[MemoryCard]: ...
    def retrieve(
        self,
        query: str,
        *,
        scope: MemoryScope | None = None,
        kinds: Sequence[str] | None = None,
        k: int = 8,
        statuses: Sequence[MemoryStatus | str] = (MemoryStatus.PROMOTED,),
    ) -> list[tuple[MemoryCard, float]]: ...
    def history(self, card_id: str) -> list[VersionEntry]: ...
    def diff(self, card_id: str, a: int, b: int) -> CardDiff: ...
    def rollback(self, card_id: str, version: int, *, reason: str, actor: str = "user") -> MemoryCard: ...
    def audit(self, card_id: str | None = None, *, limit: int | None = None) -> list[AuditEntry]: ...
    def export_records(self) -> list[CardRecord]: ...
    def import_records(
        self,
        records: Sequence[CardRecord],
        *,
        source: str,
        signature: str = "unsigned",
        actor: str = "import",
    ) -> ImportReport: ...
    def stats(self) -> StoreStats: ...
    def record_shown(self, card_ids: Sequence[str], trace_id: str) -> None: ...
    def credit(self, card_ids: Sequence[str], *, helped: bool, reward: float) -> None: ...
    def close(self) -> None: ...


class ModePolicy:
    """The run-mode rules, shared by every store so they cannot drift between backends.

    EVAL_TEST: no write of any kind (the backend must also open its storage read-only).
    LEARNING_VALIDATION: may stage cards (candidate, quarantined, rejected) but may not change what is
    promoted: no promotion or archival, no edit or rollback of a promoted card, no utility credit.
    LEARNING_TRAIN: everything.
    """

    STAGING = frozenset({MemoryStatus.CANDIDATE, MemoryStatus.QUARANTINED, MemoryStatus.REJECTED})

    def __init__(self, mode: RunMode | str, location: str) -> None:
        self.mode = RunMode.parse(mode)
        self.location = location

    def require_write(self, what: str) -> None:
        if not self.mode.can_write:
            raise ReadOnlyError(
                f"cannot {what}: the memory store {self.location} is open in {self.mode.value} mode, "
                f"where writes are impossible (the database is opened read-only). "
                f"Use learning_train or learning_validation to change memory"
            )

    def require_status(self, status: MemoryStatus, what: str) -> None:
        self.require_write(what)
        if not self.mode.can_promote and status not in self.STAGING:
            raise PromotionForbiddenError(
                f"cannot {what}: {self.mode.value} mode may stage candidates but may not make a card "
                f"{status.value}; promotion happens only in learning_train"
            )

    def require_promote_rights(self, what: str) -> None:
        self.require_write(what)
        if not self.mode.can_promote:
            raise PromotionForbiddenError(
                f"cannot {what} in {self.mode.value} mode: it would change what promoted memory says or "
                f"how it ranks; do it in learning_train"
            )


def diff_cards(card_id: str, a: int, old: MemoryCard, b: int, new: MemoryCard) -> CardDiff:
    """Compare two versions field by field; content gets a unified diff a reviewer can read."""
    left = old.to_json_dict()
    right = new.to_json_dict()
    ignore = {"version", "updated_at", "created_at", "utility", "status"}
    changes: dict[str, tuple[Any, Any]] = {}
    for key in sorted(set(left) | set(right)):
        if key in ignore or key == "content":
            continue
        if key == "fields":
            lf, rf = left.get(key) or {}, right.get(key) or {}
            for sub in sorted(set(lf) | set(rf)):
                if lf.get(sub) != rf.get(sub):
                    changes[f"fields.{sub}"] = (lf.get(sub), rf.get(sub))
        elif left.get(key) != right.get(key):
            changes[key] = (left.get(key), right.get(key))
    content_diff = ""
    if old.content != new.content:
        changes["content"] = (old.content, new.content)
        content_diff = "\n".join(
            difflib.unified_diff(
                old.content.splitlines(),
                new.content.splitlines(),
                fromfile=f"{card_id}@v{a}",
                tofile=f"{card_id}@v{b}",
                lineterm="",
            )
        )
    return CardDiff(card_id=card_id, a=a, b=b, changes=changes, content_diff=content_diff)


def open_store(
    url_or_path: str | Path,
    mode: RunMode | str = RunMode.LEARNING_TRAIN,
    *,
    manager: PluginManager | None = None,
    kinds: KindCatalog | None = None,
    observer: StatusObserver | None = None,
) -> Store:
    """Open the store at ``url_or_path`` through whichever store plugin claims it.

    A plain path or ``sqlite:///path`` goes to the built-in SQLite store. When ``manager`` is given, its
    memory kinds are used and status changes are reported through its ``memory_status_changed``
    lifecycle hook (after ``observer``, if both are given).
    """
    from purpose_agent.memory.kinds import KindCatalog

    if manager is None:
        from purpose_agent.plugins import get_plugin_manager

        manager = get_plugin_manager()
    url = str(url_or_path)
    name = manager.resolve_store_name(url)
    factory = manager.stores().get(name)
    catalog = kinds if kinds is not None else KindCatalog.from_manager(manager)
    hook = manager.memory_status_changed

    def notify(card: MemoryCard, old: str, new: str, reason: str) -> None:
        if observer is not None:
            observer(card, old, new, reason)
        hook(card, old, new, reason)

    store: Store = factory(url, mode=RunMode.parse(mode), kinds=catalog, observer=notify)
    return store
