"""Misfires in use: a promoted card that is shown and then the episode is lost loses trust, and is retired.

Replay proves a card on a handful of validation cases; use shows it on many more. A card that keeps
being shown in episodes that fail (a procedure firing on a task it does not fit, a lesson that stopped
helping) is worth less than its replay said. Each such loss lowers its trust a step and is written on the
card; once its success in use has fallen well below what replay measured with it, the card is archived
(retired) with the reason, where a person can see it and restore it.
"""

from __future__ import annotations

import logging
from typing import Any

from purpose_agent.memory.status import MemoryStatus

log = logging.getLogger("purpose_agent")

ACTOR = "misfire-check"
#: Trust lost per misfire.
TRUST_STEP = 0.1
#: Least misfires before a card can be retired: one loss can be the task's fault.
MIN_MISFIRES = 2
#: Retire when success in use falls below this fraction of the success replay measured with the card.
RETIRE_BELOW = 0.5


def record_use(store: Any, result: Any) -> list[str]:
    """Charge each promoted card shown in ``result`` (a judged episode) with a misfire if it was lost.

    Returns the ids of the cards retired. Run after the episode's own credit update (which counts the
    card as shown and, on success, as helped), so the card's utility includes this episode.
    """
    if result.score is None or result.success:
        return []
    retired = []
    for card_id in dict.fromkeys(result.memory_ids):
        try:
            card = store.get(card_id)
        except Exception:  # a card removed meanwhile: nothing to charge
            continue
        if card.status is not MemoryStatus.PROMOTED:
            continue
        evidence = dict(card.provenance.evidence)
        misfires = [*evidence.get("misfires", []), result.trace_id][-20:]
        evidence["misfires"] = misfires
        card = store.update(
            card.model_copy(
                update={
                    "trust": max(0.0, round(card.trust - TRUST_STEP, 6)),
                    "provenance": card.provenance.model_copy(update={"evidence": evidence}),
                }
            ),
            reason=f"misfire: shown in episode {result.trace_id}, which was lost",
            actor=ACTOR,
        )
        replay = evidence.get("replay") or {}
        expected = float(replay.get("mean_with", 1.0) or 1.0)
        shown = max(card.utility.shown, len(misfires))
        in_use = card.utility.helped / shown if shown else 0.0
        if len(misfires) >= MIN_MISFIRES and in_use < RETIRE_BELOW * expected:
            why = (
                f"retired after {len(misfires)} misfires: shown in {shown} episodes, helped in "
                f"{card.utility.helped} ({in_use:.0%}), against {expected:.0%} with it in replay"
            )
            store.transition(card.id, MemoryStatus.ARCHIVED, reason=why, actor=ACTOR)
            log.info("memory %s %s", card.id, why)
            retired.append(card.id)
    return retired
