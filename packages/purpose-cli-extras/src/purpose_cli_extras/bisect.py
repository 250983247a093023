"""Memory bisect: find the promotion that made a suite's score drop, by binary search over history.

The store's append-only audit log orders every promotion; its version table says what each card said at
any moment. Together they answer "what was promoted right after audit row N" without any copy having
been kept, so any past state can be rebuilt as a scratch store and the suite replayed against it.

Like ``git bisect``, the search trusts the ``good`` and ``bad`` marks: it replays the good state once for
its score, then halves the promotions in between, calling a state bad when its score falls below the
good score minus ``tolerance``. Among ``n`` promotions that is ``1 + ceil(log2 n)`` replays (7 for 64).
When the search lands on the very last promotion, the bad state itself has not been replayed, and one
more replay confirms it before anything is blamed.

Store-agnostic: it needs only the :class:`~purpose_agent.memory.store.Store` protocol (``audit`` and
``history``); a store that can answer ``promoted_as_of(seq)`` natively (the PostgreSQL store does, in
one query) is asked directly, and one that offers ``scratch(label)`` hosts the scratch states itself.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from purpose_agent.plugin import AuditEntry, MemoryCard, MemoryStatus, Store, ValidationError
from pydantic import BaseModel, Field

#: ``scratch(label) -> (location, cleanup)``: where to build one past state, and how to remove it.
Scratch = Callable[[str], tuple[str, Callable[[], None]]]
#: ``replay(location) -> score``: run the suite against the store at ``location`` (read-only).
Replay = Callable[[str], float]


class Promotion(BaseModel):
    seq: int
    card_id: str
    version: int
    at: datetime
    reason: str
    actor: str


class BisectStep(BaseModel):
    seq: int
    """The state replayed: everything promoted up to and including audit row ``seq``."""
    promoted: int
    """How many cards were promoted in that state."""
    score: float
    bad: bool
    purpose: str
    """good (baseline), probe (halving) or confirm (the trusted bad end)."""


class BisectResult(BaseModel):
    good_seq: int
    bad_seq: int
    candidates: int
    good_score: float
    threshold: float
    culprit: Promotion | None = None
    score_before: float | None = None
    score_after: float | None = None
    steps: list[BisectStep] = Field(default_factory=list)
    message: str = ""

    @property
    def replays(self) -> int:
        return len(self.steps)

    @property
    def search_bound(self) -> int:
        """Replays the search itself may take: the baseline plus one per halving."""
        return 1 + math.ceil(math.log2(max(self.candidates, 1)))


def promotions(store: Store) -> list[Promotion]:
    """Every promotion in the store's history, in commit order."""
    return [
        Promotion(seq=a.seq, card_id=a.card_id, version=a.version, at=a.at, reason=a.reason, actor=a.actor)
        for a in store.audit()
        if a.new_status == MemoryStatus.PROMOTED.value
    ]


def resolve_point(value: str | int | datetime, audit: Sequence[AuditEntry], *, flag: str) -> int:
    """A ``--good``/``--bad`` mark as an audit position: a number is an audit ``seq`` (0 = empty store),
    a time (ISO 8601; no zone means local time) is the last change at or before it."""
    last = audit[-1].seq if audit else 0
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        seq = int(value)
        if seq > last:
            raise ValidationError(
                f"{flag} {seq}: the store's history ends at audit #{last}; use a number up to {last} "
                f"(see `purpose memory bisect --list`) or a time"
            )
        return seq
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(
                f"{flag} {value!r}: give an audit number (a store version, as `--list` shows) or an ISO "
                f"time such as 2025-06-01T14:30"
            ) from None
    if when.tzinfo is None:
        when = when.astimezone()
    seq = 0
    for entry in audit:
        if entry.at <= when:
            seq = entry.seq
        else:
            break
    return seq


def promoted_as_of(store: Store, seq: int) -> list[MemoryCard]:
    """The cards promoted right after audit row ``seq``, each with its content at that moment.

    A card counts when its last status change at or before ``seq`` made it promoted; its content is its
    last version written at or before that change's time. Utility statistics are not versioned, so each
    card carries the ones recorded with that version.
    """
    native = getattr(store, "promoted_as_of", None)
    if callable(native):
        return list(native(seq))
    if seq <= 0:
        return []
    rows = [a for a in store.audit() if a.seq <= seq]
    if not rows:
        return []
    cut = max(a.at for a in rows)
    last: dict[str, AuditEntry] = {}
    for entry in rows:
        last[entry.card_id] = entry
    out = []
    for card_id in sorted(last):
        if last[card_id].new_status != MemoryStatus.PROMOTED.value:
            continue
        versions = [v for v in store.history(card_id) if v.at <= cut]
        if versions:
            out.append(versions[-1].card.model_copy(update={"status": MemoryStatus.PROMOTED}))
    return out


def sqlite_scratch(root: Path) -> Scratch:
    """Scratch states as SQLite files under ``root`` (used for stores that host none themselves)."""

    def make(label: str) -> tuple[str, Callable[[], None]]:
        folder = Path(tempfile.mkdtemp(prefix=f"bisect-{label}-", dir=root))
        return str(folder / "memory.db"), lambda: shutil.rmtree(folder, ignore_errors=True)

    return make


def materialize(
    cards: Sequence[MemoryCard], location: str, *, manager: Any = None, kinds: Any = None
) -> None:
    """Write ``cards`` (already promoted) into a new store at ``location`` in one batch."""
    from purpose_agent.plugin import RunMode, open_store

    target = open_store(location, RunMode.LEARNING_TRAIN, manager=manager, kinds=kinds)
    try:
        if cards:
            target.add_many(list(cards), reason="memory bisect snapshot", actor="bisect")
    finally:
        target.close()


def search(
    candidates: Sequence[Promotion],
    good_seq: int,
    bad_seq: int,
    score_at: Callable[[int, str], float],
    *,
    tolerance: float = 0.0,
    promoted_count: Callable[[int], int] = lambda seq: 0,
) -> BisectResult:
    """Binary search over ``candidates`` (the promotions after ``good_seq`` up to ``bad_seq``)."""
    n = len(candidates)
    steps: list[BisectStep] = []
    scores: dict[int, float] = {}

    def replay(seq: int, purpose: str, threshold: float | None) -> float:
        if seq not in scores:
            value = score_at(seq, purpose)
            scores[seq] = value
            bad = threshold is not None and value < threshold
            steps.append(
                BisectStep(seq=seq, promoted=promoted_count(seq), score=value, bad=bad, purpose=purpose)
            )
        return scores[seq]

    good_score = replay(good_seq, "good", None)
    threshold = good_score - tolerance
    result = BisectResult(
        good_seq=good_seq, bad_seq=bad_seq, candidates=n, good_score=good_score, threshold=threshold
    )
    if n == 0:
        result.message = f"no promotion between audit #{good_seq} and #{bad_seq}: nothing to bisect"
        result.steps = steps
        return result
    lo, hi = 0, n  # state after lo candidates is good; after hi is bad (hi = n: trusted, not replayed)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if replay(candidates[mid - 1].seq, "probe", threshold) < threshold:
            hi = mid
        else:
            lo = mid
    before_seq = candidates[lo - 1].seq if lo else good_seq
    after_seq = candidates[hi - 1].seq
    after = replay(after_seq, "confirm", threshold)  # replays only when it is the untested bad end
    result.steps = steps
    result.score_before = scores[before_seq]
    result.score_after = after
    if after >= threshold:
        result.message = (
            f"the score at --bad (audit #{bad_seq}) is {after:.3f}, not below the good score "
            f"{good_score:.3f} - tolerance {tolerance:g}: no promotion made it drop"
        )
        return result
    result.culprit = candidates[hi - 1]
    result.message = (
        f"promotion of {result.culprit.card_id} (audit #{result.culprit.seq}) dropped the score from "
        f"{result.score_before:.3f} to {after:.3f}"
    )
    return result


def bisect_store(
    store: Store,
    good: str | int | datetime,
    bad: str | int | datetime,
    replay: Replay,
    *,
    tolerance: float = 0.0,
    scratch: Scratch | None = None,
    manager: Any = None,
    kinds: Any = None,
    progress: Callable[[BisectStep], None] | None = None,
) -> BisectResult:
    """Find the promotion between ``good`` and ``bad`` after which ``replay`` scores below the good state.

    Each replayed state is rebuilt in a scratch store (the store's own ``scratch`` when it has one, else
    a temporary SQLite file), replayed, and removed.
    """
    audit = store.audit()
    good_seq = resolve_point(good, audit, flag="--good")
    bad_seq = resolve_point(bad, audit, flag="--bad")
    if bad_seq <= good_seq:
        raise ValidationError(
            f"--bad (audit #{bad_seq}) must come after --good (audit #{good_seq}); swap them or pick "
            f"later points"
        )
    candidates = [p for p in promotions(store) if good_seq < p.seq <= bad_seq]
    counts: dict[int, int] = {}
    tmp_root: Path | None = None
    if scratch is None:
        own = getattr(store, "scratch", None)
        if callable(own):
            scratch = own
        else:
            tmp_root = Path(tempfile.mkdtemp(prefix="purpose-bisect-"))
            scratch = sqlite_scratch(tmp_root)

    def score_at(seq: int, purpose: str) -> float:
        cards = promoted_as_of(store, seq)
        counts[seq] = len(cards)
        location, cleanup = scratch(f"s{seq}")
        try:
            materialize(cards, location, manager=manager, kinds=kinds)
            value = float(replay(location))
        finally:
            cleanup()
        if progress is not None:
            progress(BisectStep(seq=seq, promoted=len(cards), score=value, bad=False, purpose=purpose))
        return value

    try:
        return search(
            candidates,
            good_seq,
            bad_seq,
            score_at,
            tolerance=tolerance,
            promoted_count=lambda seq: counts.get(seq, 0),
        )
    finally:
        if tmp_root is not None:
            shutil.rmtree(tmp_root, ignore_errors=True)
