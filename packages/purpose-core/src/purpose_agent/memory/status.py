"""The lifecycle of a memory card and the only edges it may move along.

A card earns influence over prompts step by step: it is proposed (candidate), scanned and held
(quarantined), replay-tested and then promoted, and later archived when it stops paying its way. Rejection
is possible before promotion only. Keeping the edges explicit makes "a candidate jumped straight into the
prompt" impossible rather than merely unlikely.
"""

from __future__ import annotations

import enum

from purpose_agent.errors import InvalidTransitionError


class MemoryStatus(enum.StrEnum):
    CANDIDATE = "candidate"
    """Proposed by an optimizer or a user; never shown to a model."""

    QUARANTINED = "quarantined"
    """Passed the immune scan; waiting for its replay test."""

    PROMOTED = "promoted"
    """Replay-tested and retrievable into prompts."""

    REJECTED = "rejected"
    """Failed a scan or a replay test; kept for the audit trail."""

    ARCHIVED = "archived"
    """Was promoted, has been retired; kept for history and rollback."""


#: old status -> the statuses it may move to.
TRANSITIONS: dict[MemoryStatus, frozenset[MemoryStatus]] = {
    MemoryStatus.CANDIDATE: frozenset({MemoryStatus.QUARANTINED, MemoryStatus.REJECTED}),
    MemoryStatus.QUARANTINED: frozenset({MemoryStatus.PROMOTED, MemoryStatus.REJECTED}),
    MemoryStatus.PROMOTED: frozenset({MemoryStatus.ARCHIVED}),
    MemoryStatus.REJECTED: frozenset(),
    # An archived card was promoted once (replay-tested or approved); a rollback to a version that was in
    # force may restore it. It can never go back to a lower rung and be re-tested as something new.
    MemoryStatus.ARCHIVED: frozenset({MemoryStatus.PROMOTED}),
}


def parse_status(value: str | MemoryStatus) -> MemoryStatus:
    """Accept the enum or its value; a typo names the valid statuses."""
    if isinstance(value, MemoryStatus):
        return value
    try:
        return MemoryStatus(str(value).strip().lower())
    except ValueError:
        names = ", ".join(s.value for s in MemoryStatus)
        raise InvalidTransitionError(f"unknown memory status {value!r}; use one of: {names}") from None


def is_legal(old: MemoryStatus, new: MemoryStatus) -> bool:
    return new in TRANSITIONS[old]


def check_transition(card_id: str, old: str | MemoryStatus, new: str | MemoryStatus) -> None:
    """Raise :class:`InvalidTransitionError` unless ``old -> new`` is an edge of the lifecycle."""
    old_s, new_s = parse_status(old), parse_status(new)
    if is_legal(old_s, new_s):
        return
    allowed = ", ".join(sorted(s.value for s in TRANSITIONS[old_s])) or "nothing (it is final)"
    raise InvalidTransitionError(
        f"memory {card_id}: cannot move from {old_s.value} to {new_s.value}; "
        f"from {old_s.value} it may move to {allowed}"
    )
