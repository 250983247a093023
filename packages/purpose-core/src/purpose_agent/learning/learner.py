"""The learner: observes judged episodes, runs every optimizer and sends what they propose to memory CI.

The runtime never imports learning (docs/architecture.md, layers): an episode is given a learner by the
layer that builds it (``Team.setup_for`` in purpose-team), calls it once the episode is judged, and
records what it returns. Proposals go through :class:`MemoryCI` (scan, quarantine); nothing is written
straight to the store, and one optimizer's bug never ends the episode.
"""

from __future__ import annotations

from typing import Any, Protocol

from purpose_agent.learning.memory_ci import CandidateOutcome, MemoryCI
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.runtime.task import JudgedEpisode


class EventSink(Protocol):
    def __call__(self, event_type: str, /, **data: Any) -> None: ...


class Learner:
    """Called as ``learner(judged, trace)`` by the runtime after a cleanly judged episode."""

    def __init__(self, store: Any, *, manager: Any) -> None:
        self.store = store
        self.manager = manager

    def __call__(self, judged: JudgedEpisode, trace: EventSink) -> list[CandidateOutcome]:
        from purpose_agent.learning.misfire import record_use

        try:  # promoted cards shown in a lost episode lose trust; repeated misfires retire them
            for card_id in record_use(self.store, judged.result):
                trace("note", text=f"memory {card_id} retired: misfired in use", card_id=card_id)
        except Exception as exc:  # the misfire record must never end the episode
            trace("error", stage="misfire", error=f"{type(exc).__name__}: {exc}")
        ci = MemoryCI(self.store, manager=self.manager)
        outcomes: list[CandidateOutcome] = []
        for entry in self.manager.optimizers().entries():
            try:
                proposals = entry.item.propose(episode=judged)
            except Exception as exc:  # one optimizer's bug must not end the episode
                trace("error", stage="optimizer", optimizer=entry.name, error=f"{type(exc).__name__}: {exc}")
                continue
            for card in proposals:
                if _duplicate(self.store, card):
                    continue
                reason = f"proposed by optimizer {entry.name!r} from {judged.result.trace_id}"
                outcome = ci.admit(card, reason=reason)
                outcomes.append(outcome)
                trace(
                    "candidate_proposed",
                    optimizer=entry.name,
                    card_id=outcome.card_id,
                    kind=outcome.kind,
                    status=outcome.status,
                    reason=outcome.reason,
                )
        return outcomes


def _duplicate(store: Any, card: MemoryCard) -> bool:
    """A card with the same kind and content is already stored (in any live status)."""
    live = (MemoryStatus.CANDIDATE, MemoryStatus.QUARANTINED, MemoryStatus.PROMOTED)
    for other, _ in store.retrieve(card.content, kinds=[card.kind], k=3, statuses=live):
        if other.content == card.content:
            return True
    return False
