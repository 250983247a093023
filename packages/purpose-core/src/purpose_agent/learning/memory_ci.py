"""Memory CI: no candidate reaches a prompt before it is scanned, quarantined and proven.

    candidate -> immune scan -> quarantine -> replay test -> promote (or reject)

Every decision is written to the card (scan findings, replay runs, the rule and the numbers) and to the
store's audit log with its reason, so a person can see why a memory shapes the agent and undo it.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel

from purpose_agent.learning.replay import ReplayEvidence
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.governance import promote  # archives what a promotion supersedes
from purpose_agent.memory.status import MemoryStatus

log = logging.getLogger("purpose_agent")

ACTOR = "memory-ci"


class CandidateOutcome(BaseModel):
    """Where memory CI left one candidate card, and why."""

    card_id: str
    kind: str
    status: str
    reason: str


def _threat_summary(result: Any) -> str:
    parts = [f"{t.scanner}/{t.subcategory} ({t.severity.value}): {t.message}" for t in result.threats[:3]]
    if not parts:
        errors = result.details.get("errors") or {}
        parts = [f"{name}: {err}" for name, err in errors.items()] or [str(result.details.get("reason", ""))]
    return "; ".join(p for p in parts if p) or "scan did not pass"


class MemoryCI:
    """The gate between what an optimizer proposes and what a prompt may contain."""

    def __init__(self, store: Any, *, manager: Any) -> None:
        self.store = store
        self.manager = manager

    # -- scan and quarantine ------------------------------------------------------------------------

    def admit(self, card: MemoryCard, *, reason: str = "proposed") -> CandidateOutcome:
        """Store ``card`` as a candidate, scan it, and quarantine it or reject it with the findings."""
        from purpose_agent.immune.scan import scan_memory

        card, redacted = self._masked(card)
        stored = self.store.add(
            card.model_copy(update={"status": MemoryStatus.CANDIDATE}), reason=reason, actor=ACTOR
        )
        result = scan_memory(stored, manager=self.manager)
        if redacted is not None:
            stored = self._with_evidence(stored, "redacted", redacted, "personal data masked before storing")
        stored = self._with_evidence(stored, "scan", result.model_dump(mode="json"), "scan findings recorded")
        if not result.passed:
            why = f"immune scan failed: {_threat_summary(result)}"
            card = self.store.transition(stored.id, MemoryStatus.REJECTED, reason=why, actor=ACTOR)
            return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=why)
        scanners = ", ".join(sorted(result.details.get("plugins", {}))) or "none"
        why = (
            "immune system is OFF in the settings: quarantined unscanned"
            if result.details.get("immune") == "off"
            else f"scan passed ({scanners}); waiting for a replay test or a review"
        )
        card = self.store.transition(stored.id, MemoryStatus.QUARANTINED, reason=why, actor=ACTOR)
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=why)

    # -- decide -------------------------------------------------------------------------------------

    def decide(self, card_id: str, evidence: ReplayEvidence) -> CandidateOutcome:
        """Promote or reject a quarantined card by its replay evidence and the trust rules."""
        from purpose_agent.immune.trust import promotion_allowed

        card = self.store.get(card_id)
        card = self._with_evidence(
            card, "replay", evidence.model_dump(mode="json", by_alias=True), "replay evidence recorded"
        )
        allowed, trust_reason = promotion_allowed(
            card, has_replay_evidence=evidence.promote, human_approved=False
        )
        if evidence.promote and allowed:
            card = promote(self.store, card.id, reason=evidence.reason, actor=ACTOR).card
            return CandidateOutcome(
                card_id=card.id, kind=card.kind, status=card.status.value, reason=evidence.reason
            )
        why = evidence.reason if not evidence.promote else f"rejected by trust rules: {trust_reason}"
        card = self.store.transition(card.id, MemoryStatus.REJECTED, reason=why, actor=ACTOR)
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=why)

    def promote_without_replay(self, card_id: str, reason: str, *, actor: str) -> CandidateOutcome:
        """For what a person states directly (``team.teach``): scanned, then promoted by their authority."""
        from purpose_agent.immune.trust import promotion_allowed

        card = self.store.get(card_id)
        allowed, trust_reason = promotion_allowed(card, has_replay_evidence=False, human_approved=True)
        if not allowed:
            card = self.store.transition(card.id, MemoryStatus.REJECTED, reason=trust_reason, actor=actor)
            return CandidateOutcome(
                card_id=card.id, kind=card.kind, status=card.status.value, reason=trust_reason
            )
        card = promote(self.store, card.id, reason=reason, actor=actor).card
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=reason)

    def review(self, card_id: str, *, approve: bool, reason: str, actor: str) -> CandidateOutcome:
        """A person's decision on a quarantined card (``purpose memory review``)."""
        if approve:
            return self.promote_without_replay(card_id, f"approved by {actor}: {reason}", actor=actor)
        card = self.store.transition(
            card_id, MemoryStatus.REJECTED, reason=f"rejected by {actor}: {reason}", actor=actor
        )
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=reason)

    # -- helpers ------------------------------------------------------------------------------------

    def _masked(self, card: MemoryCard) -> tuple[MemoryCard, dict[str, Any] | None]:
        """A card whose only findings are a user's own personal data is stored with that data masked (the
        fact kept), before anything is written, so no version of it holds the data."""
        from purpose_agent.immune.redact import redact_card
        from purpose_agent.immune.scan import scan_memory

        first = scan_memory(card, manager=self.manager)
        if first.passed or not first.details.get("redactable"):
            return card, None
        masked = redact_card(card)
        if masked is None:
            return card, None
        return masked, first.model_dump(mode="json")

    def _with_evidence(self, card: MemoryCard, key: str, value: Any, reason: str) -> MemoryCard:
        evidence = {**card.provenance.evidence, key: value}
        provenance = card.provenance.model_copy(update={"evidence": evidence})
        return self.store.update(
            card.model_copy(update={"provenance": provenance}), reason=reason, actor=ACTOR
        )
