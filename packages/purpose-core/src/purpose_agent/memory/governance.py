"""Retiring memory a person no longer wants: archive, supersession on promotion, rollback with status.

A promoted card influences every matching prompt, so retiring one must be as deliberate as promoting it:
each step here is a status change through the store, with a reason and an actor in the audit log. Three
rules:

- ``archive`` retires a promoted card (only a promoted one: a candidate or quarantined card is rejected
  instead, which says something different about it).
- ``promote`` promotes a card and archives the promoted cards it supersedes, so two versions of the same
  lesson never compete in a prompt. A card supersedes the ids listed in ``provenance.evidence
  ["supersedes"]``, a promoted card of the same kind and scope with the same content, a skill card of the
  same ``name`` in the same scope, and the purpose contract of the same scope.
- ``rollback`` makes an earlier version's content current again *and* the status the card had while that
  version was in force (an archived card whose earlier version was promoted is promoted again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.errors import InvalidTransitionError
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.status import MemoryStatus, is_legal


@dataclass
class Promotion:
    """What :func:`promote` did: the promoted card and the ids it archived as superseded."""

    card: MemoryCard
    archived: list[str] = field(default_factory=list)


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


def superseded_by(store: Any, card: MemoryCard) -> list[str]:
    """Ids of the promoted cards that ``card`` replaces (see the module docstring for the rules)."""
    named = card.provenance.evidence.get("supersedes") or []
    ids = [named] if isinstance(named, str) else [str(x) for x in named]
    for other in store.list_cards(statuses=["promoted"], kinds=[card.kind], limit=100_000):
        if other.id == card.id or other.id in ids or other.scope != card.scope:
            continue
        same_skill = (
            card.kind == "skill_card"
            and card.fields.get("name")
            and (other.fields.get("name") == card.fields.get("name"))
        )
        if other.content == card.content or same_skill or card.kind == "purpose_contract":
            ids.append(other.id)
    return [i for i in dict.fromkeys(ids) if i != card.id]


def promote(store: Any, card_id: str, *, reason: str, actor: str) -> Promotion:
    """Promote ``card_id`` and archive the promoted cards it supersedes, each with an audit entry."""
    card = store.transition(card_id, MemoryStatus.PROMOTED, reason=reason, actor=actor)
    archived = []
    for old_id in superseded_by(store, card):
        try:
            old = store.get(old_id)
        except Exception:  # a named id that does not exist: nothing to retire
            continue
        if old.status is MemoryStatus.PROMOTED:
            store.transition(old_id, MemoryStatus.ARCHIVED, reason=f"superseded by {card.id}", actor=actor)
            archived.append(old_id)
    return Promotion(card=card, archived=archived)


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
