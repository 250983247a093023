"""What the page may do to memory, in one place: paging, search, review, rollback, and the stale check.

Store writes take no "version I saw" for status changes and rollbacks, so the page sends the version and
status it showed and this module compares them with the store under one lock before acting: a reviewer
who approves a card that memory CI (or another reviewer) changed meanwhile gets a
:class:`VersionConflictError` naming what changed, never a silent overwrite.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    CARD_ID,
    MemoryCard,
    MemoryStatus,
    RunMode,
    Store,
    ValidationError,
    VersionConflictError,
    open_store,
    parse_status,
)

from purpose_ui.catalog import Catalog

MAX_PER_PAGE = 200
MAX_REASON = 2000


@dataclass
class Page:
    items: list[MemoryCard]
    page: int
    per_page: int
    total: int | None
    """Exact when the store can count it cheaply (no search, at most one kind of filter), else None."""
    has_next: bool
    ranked: bool = False
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.per_page))


@dataclass
class Workspace:
    store: Store
    manager: Any
    traces: Path
    results: list[Path]
    actor: str = "ui"
    lock: threading.Lock = field(default_factory=threading.Lock)
    index: Path | None = None
    """The workspace's run index (default ``.purpose/runs.jsonl``): where learn, bench and run wrote."""
    catalog: Catalog = field(init=False)
    _result_cache: dict[Path, tuple[tuple[float, int], Any]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.catalog = Catalog(traces=self.traces, results=self.results, index=self.index)

    @classmethod
    def open(
        cls,
        store: str | Path,
        *,
        traces: Path,
        results: Sequence[Path] = (),
        manager: Any = None,
        mode: RunMode | str = RunMode.LEARNING_TRAIN,
        actor: str = "ui",
        index: Path | None = None,
    ) -> Workspace:
        if manager is None:
            from purpose_agent.plugin import get_plugin_manager

            manager = get_plugin_manager()
        opened = open_store(store, mode, manager=manager)
        return cls(
            store=opened,
            manager=manager,
            traces=Path(traces),
            results=list(results),
            actor=actor,
            index=Path(index) if index is not None else None,
        )

    @property
    def writable(self) -> bool:
        return RunMode.parse(self.store.mode).can_write

    def close(self) -> None:
        self.store.close()

    # -- reading ------------------------------------------------------------------------------------

    def page(
        self,
        *,
        query: str = "",
        statuses: Sequence[str] = (),
        kinds: Sequence[str] = (),
        page: int = 1,
        per_page: int = 50,
    ) -> Page:
        """One page of cards: in store order, or ranked by relevance when there is a search query."""
        page = max(1, page)
        per_page = min(max(1, per_page), MAX_PER_PAGE)
        status_list = [parse_status(s).value for s in statuses if s]
        kind_list = [k for k in kinds if k]
        offset = (page - 1) * per_page
        query = query.strip()
        if query:
            return self._search(query, status_list, kind_list, page, per_page)
        cards = self.store.list_cards(
            statuses=status_list or None, kinds=kind_list or None, limit=per_page + 1, offset=offset
        )
        return Page(
            items=cards[:per_page],
            page=page,
            per_page=per_page,
            total=self._count(status_list, kind_list),
            has_next=len(cards) > per_page,
        )

    def _count(self, statuses: list[str], kinds: list[str]) -> int | None:
        stats = self.store.stats()
        if statuses and kinds:
            return None
        if statuses:
            return sum(stats.by_status.get(s, 0) for s in statuses)
        if kinds:
            return sum(stats.by_kind.get(k, 0) for k in kinds)
        return stats.cards

    def _search(self, query: str, statuses: list[str], kinds: list[str], page: int, per_page: int) -> Page:
        offset = (page - 1) * per_page
        found: list[tuple[MemoryCard, float]] = []
        exact = self._exact(query, statuses, kinds)
        if exact is not None:
            found.append((exact, float("inf")))
        ranked = self.store.retrieve(
            query,
            kinds=kinds or None,
            k=offset + per_page + 1,
            statuses=statuses or [s.value for s in MemoryStatus],
        )
        found += [(c, s) for c, s in ranked if exact is None or c.id != exact.id]
        window = found[offset : offset + per_page + 1]
        return Page(
            items=[c for c, _ in window[:per_page]],
            page=page,
            per_page=per_page,
            total=None,
            has_next=len(window) > per_page,
            ranked=True,
            scores={c.id: s for c, s in window},
        )

    def _exact(self, query: str, statuses: list[str], kinds: list[str]) -> MemoryCard | None:
        """A pasted card id finds that card first, whatever its words."""
        if not CARD_ID.match(query):
            return None
        from purpose_agent.plugin import CardNotFoundError

        try:
            card = self.store.get(query)
        except CardNotFoundError:
            return None
        if (statuses and card.status.value not in statuses) or (kinds and card.kind not in kinds):
            return None
        return card

    def card(self, card_id: str) -> MemoryCard:
        return self.store.get(card_id)

    def result(self, path: Path) -> Any:
        """A result file read through :func:`results.load`, once per file version."""
        from purpose_ui import results

        try:
            st = path.stat()
            version = (st.st_mtime, st.st_size)
        except OSError:
            version = (0.0, -1)
        cached = self._result_cache.get(path)
        if cached is not None and cached[0] == version:
            return cached[1]
        loaded = results.load(path)
        self._result_cache[path] = (version, loaded)
        return loaded

    def all_results(self) -> list[Any]:
        """Every result file the workspace knows, newest first, each with the command that wrote it."""
        out = []
        for source in self.catalog.results():
            loaded = self.result(source.path)
            loaded.key, loaded.command, loaded.registered_at = source.key, source.command, source.at
            out.append(loaded)
        return out

    # -- changing -----------------------------------------------------------------------------------

    def review(self, card_id: str, *, approve: bool, reason: str, seen_version: int, seen_status: str) -> Any:
        """A reviewer's decision through memory CI, refused if the card changed since the page showed it."""
        from purpose_agent.plugin import MemoryCI

        reason = _reason(reason)
        with self.lock:
            self._check_fresh(card_id, seen_version, seen_status)
            return MemoryCI(self.store, manager=self.manager).review(
                card_id, approve=approve, reason=reason, actor=self.actor
            )

    def rollback(self, card_id: str, version: int, *, reason: str, seen_version: int) -> MemoryCard:
        reason = _reason(reason)
        with self.lock:
            self._check_fresh(card_id, seen_version, None)
            return self.store.rollback(card_id, version, reason=reason, actor=self.actor)

    def _check_fresh(self, card_id: str, seen_version: int, seen_status: str | None) -> None:
        current = self.store.get(card_id)
        stale_version = current.version != seen_version
        stale_status = seen_status is not None and current.status.value != seen_status
        if not (stale_version or stale_status):
            return
        last = self.store.audit(card_id, limit=1)
        who = f" (last change by {last[-1].actor}: {last[-1].reason})" if last else ""
        saw = f"v{seen_version}" + (f" {seen_status}" if seen_status else "")
        raise VersionConflictError(
            f"memory {card_id} changed since this page showed it: you saw {saw}, it is now "
            f"v{current.version} {current.status.value}{who}. Nothing was changed; look at the current "
            f"version and decide again"
        )

    # -- live updates -------------------------------------------------------------------------------

    def change_marks(self) -> dict[str, Any]:
        """Small numbers that move whenever something a reviewer cares about happens."""
        stats = self.store.stats()
        last = self.store.audit(limit=1)
        runs, newest = self.catalog.count()
        found = self.catalog.results()
        result_count = len(found)
        result_newest = max((s.mtime for s in found), default=0.0)
        return {
            "quarantined": stats.by_status.get(MemoryStatus.QUARANTINED.value, 0),
            "cards": stats.cards,
            "versions": stats.versions,
            "audit": last[-1].seq if last else 0,
            "runs": runs,
            "runs_newest": newest,
            "results": result_count,
            "results_newest": result_newest,
        }


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("a decision needs a reason: it is written to the audit log beside your name")
    if len(reason) > MAX_REASON:
        raise ValidationError(f"the reason has {len(reason)} characters; keep it under {MAX_REASON}")
    return reason
