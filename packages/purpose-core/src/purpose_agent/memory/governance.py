"""Supersession on promotion: two versions of the same lesson never compete in a prompt.

A promoted card influences every matching prompt, so retiring one must be as deliberate as promoting it:
``promote`` promotes a card and archives the promoted cards it supersedes, each a status change through
the store with a reason and an actor in the audit log. A card supersedes the ids listed in
``provenance.evidence["supersedes"]``, a promoted card of the same kind and scope with the same content, a
skill card of the same ``name`` in the same scope, and the purpose contract of the same scope. Memory CI
promotes through it. A person's own retiring (``purpose memory archive``, ``rollback`` with the status
that version had) is purpose-cli-extras' (``purpose_cli_extras.governance``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.status import MemoryStatus


@dataclass
class Promotion:
    """What :func:`promote` did: the promoted card and the ids it archived as superseded."""

    card: MemoryCard
    archived: list[str] = field(default_factory=list)


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
