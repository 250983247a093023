"""A person retiring memory: archive a promoted card, roll a card back with the status it had then.

Both are status changes through the store, with a reason and an actor in the audit log, run by
``purpose memory archive`` and ``purpose memory rollback``. Two rules:

- ``archive`` retires a promoted card (only a promoted one: a candidate or quarantined card is rejected
  instead, which says something different about it).
- ``rollback`` makes an earlier version's content current again *and* the status the card had while that
  version was in force (an archived card whose earlier version was promoted is promoted again).

Supersession on promotion stays in the kernel (memory CI promotes through it). Was part of
``purpose_agent.memory.governance``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from purpose_agent.plugin import InvalidTransitionError, MemoryCard, MemoryStatus, is_legal


@dataclass
class Rollback:
    """What :func:`rollback` did: the new current version, and the status change (if any)."""

    card: MemoryCard
    version: int
    status_before: str
    status_restored: str | None
    note: str = ""


def archive(store: Any, card_id: str, *, reason: str, actor: str = "user") -> MemoryCard:
    """Retire a promoted card: it leaves every prompt, its history and audit trail stay."""
    card = store.get(card_id)
    if card.status is not MemoryStatus.PROMOTED:
        what = {
            MemoryStatus.ARCHIVED: "it is already archived",
            MemoryStatus.REJECTED: "it was rejected and never reached a prompt",
        }.get(
            card.status,
            f"it is {card.status.value}, not promoted; reject it with `purpose memory review "
            f"{card_id} --reject --reason ...` instead",
        )
        raise InvalidTransitionError(f"cannot archive memory {card_id}: {what}")
    archived: MemoryCard = store.transition(
        card_id, MemoryStatus.ARCHIVED, reason=f"archived: {reason}", actor=actor
    )
    return archived


def status_at(audit: Iterable[Any], version: int) -> str | None:
    """The status a card had when ``version`` was its current version (last change made at or before it)."""
    status = None
    for entry in audit:
        if entry.version <= version:
            status = entry.new_status
    return status


def rollback(store: Any, card_id: str, version: int, *, reason: str, actor: str = "user") -> Rollback:
    """Restore version ``version``'s content as a new version, and the status it had then when possible."""
    before = store.get(card_id).status.value
    wanted = status_at(store.audit(card_id), version)
    card = store.rollback(card_id, version, reason=reason, actor=actor)
    if wanted is None or wanted == card.status.value:
        return Rollback(card, version, before, None)
    if not is_legal(card.status, MemoryStatus(wanted)):
        note = f"v{version} was {wanted}, but a {card.status.value} card cannot become {wanted}; status kept"
        return Rollback(card, version, before, None, note)
    card = store.transition(
        card_id, wanted, reason=f"rollback to v{version}: status restored: {reason}", actor=actor
    )
    return Rollback(card, version, before, wanted)
