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
        from purpose_agent.learning import provenance as gate

        card, redacted = self._masked(card)
        proposed, card = card, gate.prepare(card)
        stored = self.store.add(
            card.model_copy(update={"status": MemoryStatus.CANDIDATE}), reason=reason, actor=ACTOR
        )
        if redacted is not None:
            stored = self._with_evidence(stored, "redacted", redacted, "personal data masked before storing")
        return self.screen(stored, proposed=proposed)

    def screen(self, stored: MemoryCard, *, proposed: MemoryCard | None = None) -> CandidateOutcome:
        """Scan and gate a stored candidate: admit's second half, and where imported cards start."""
        from purpose_agent.learning import provenance as gate

        result = gate.scan_forms(stored, manager=self.manager, proposed=proposed)
        stored = self._with_evidence(stored, "scan", result.model_dump(mode="json"), "scan findings recorded")
        verdict = gate.check(stored)
        flagged_user = not result.passed and result.threats and gate.taught(stored)
        if flagged_user:  # what a person typed and a detector flagged waits for that person's decision
            verdict.reasons.insert(0, f"immune scan failed: {_threat_summary(result)}")
        if verdict.needs_review and (result.passed or flagged_user):
            return self._hold(stored, verdict.reasons)
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
        from purpose_agent.learning import provenance as gate

        card = self.store.get(card_id)
        card = self._with_evidence(
            card, "replay", evidence.model_dump(mode="json", by_alias=True), "replay evidence recorded"
        )
        held = gate.review_reasons(card) or gate.check(card).reasons
        if held and evidence.promote:  # replay shows that a card helps, never that it is safe
            return self._hold(card, held)
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

    def promote_without_replay(
        self, card_id: str, reason: str, *, actor: str, approved: bool = False
    ) -> CandidateOutcome:
        """For what a person states directly (``team.teach``): scanned, then promoted by their authority."""
        from purpose_agent.immune.trust import promotion_allowed
        from purpose_agent.learning import provenance as gate

        card = self.store.get(card_id)
        held = gate.review_reasons(card)
        if held and not approved:  # flagged: waits for an explicit `purpose memory review --approve`
            return CandidateOutcome(
                card_id=card.id,
                kind=card.kind,
                status=card.status.value,
                reason="held for a person's review: " + "; ".join(held),
            )
        if held:
            reason = f"{reason} (it had been held: {'; '.join(held)})"
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
            return self.promote_without_replay(
                card_id, f"approved by {actor}: {reason}", actor=actor, approved=True
            )
        card = self.store.transition(
            card_id, MemoryStatus.REJECTED, reason=f"rejected by {actor}: {reason}", actor=actor
        )
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=reason)

    # -- helpers ------------------------------------------------------------------------------------

    def _hold(self, card: MemoryCard, reasons: list[str]) -> CandidateOutcome:
        """Quarantine ``card`` for a person, the gate's reasons on the card and in the audit."""
        from purpose_agent.learning.provenance import REVIEW_KEY

        why = "held for a person's review: " + "; ".join(reasons)
        if card.provenance.evidence.get(REVIEW_KEY) != reasons:
            card = self._with_evidence(card, REVIEW_KEY, reasons, "provenance gate holds it for review")
        if card.status is not MemoryStatus.QUARANTINED:
            card = self.store.transition(card.id, MemoryStatus.QUARANTINED, reason=why, actor=ACTOR)
        return CandidateOutcome(card_id=card.id, kind=card.kind, status=card.status.value, reason=why)

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
