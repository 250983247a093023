"""Trust rules: what an unproven memory may do, decided by where it came from.

Text that arrived from a tool's output or a retrieved document is attacker-reachable (indirect prompt
injection lives there), so a card derived from it starts with low trust and may not become a
critic_calibration or tool_policy card, the two kinds that change how work is judged and which tools
run, unless a replay test showed it helps or a human approved it. Pure functions: the memory CI calls
them and stores the reason on the card.
"""

from __future__ import annotations

from typing import Any

#: Origins whose text an outsider can write.
UNTRUSTED_ORIGINS = frozenset({"tool_output", "retrieved_document", "web", "document", "tool", "observation"})
#: Origins a person typed or approved.
HUMAN_ORIGINS = frozenset({"user", "human", "teach", "human_review"})
#: Kinds that change how work is judged or which tools run.
GUARDED_KINDS = frozenset({"critic_calibration", "tool_policy"})

LOW_TRUST = 0.2
DEFAULT_TRUST = 0.5
HUMAN_TRUST = 0.8


def card_origin(card: Any) -> str | None:
    """The origin recorded on a card (``origin`` attribute, ``provenance.evidence["origin"]`` or
    ``fields["origin"]``), or None when nothing says."""
    origin = getattr(card, "origin", None)
    if origin:
        return str(origin)
    evidence = getattr(getattr(card, "provenance", None), "evidence", None)
    if isinstance(evidence, dict) and evidence.get("origin"):
        return str(evidence["origin"])
    fields = getattr(card, "fields", None)
    if isinstance(fields, dict) and fields.get("origin"):
        return str(fields["origin"])
    if isinstance(card, dict):
        return card.get("origin") or (card.get("provenance") or {}).get("evidence", {}).get("origin")
    return None


def initial_trust(origin: str | None) -> float:
    """Starting trust for a card by its origin: low for tool output and retrieved documents."""
    if origin in UNTRUSTED_ORIGINS:
        return LOW_TRUST
    if origin in HUMAN_ORIGINS:
        return HUMAN_TRUST
    return DEFAULT_TRUST


def promotion_allowed(
    card: Any, *, has_replay_evidence: bool, human_approved: bool, target_kind: str | None = None
) -> tuple[bool, str]:
    """May ``card`` be promoted (as ``target_kind``, default its own kind)? Returns (allowed, reason)."""
    kind = (
        target_kind or getattr(card, "kind", None) or (card.get("kind") if isinstance(card, dict) else None)
    )
    kind = str(getattr(kind, "value", kind)) if kind else None
    origin = card_origin(card)
    if kind not in GUARDED_KINDS:
        return True, f"{kind or 'this kind'} is not a guarded kind"
    if origin not in UNTRUSTED_ORIGINS:
        return True, f"origin {origin or 'unrecorded'} is not untrusted"
    if human_approved:
        return True, f"{kind} from {origin}: a human approved it"
    if has_replay_evidence:
        return True, f"{kind} from {origin}: replay evidence shows it helps"
    return False, (
        f"{kind} derived from {origin} starts with low trust and needs replay evidence or a human's "
        f"approval before promotion"
    )
