"""The general lessons of one pass, replayed together as a playbook.

Where a success needs several things at once (call the matching tool, *and* fill it with the request's
values, *and* answer with its result), one general lesson alone turns few failures into successes:
replayed one at a time, such lessons were rejected, or the tool lesson was promoted alone and the values
lesson, replayed on top of it, had too few cases left to show its part. ACE grows a playbook of bullets;
this is its replay-tested form:

1. the pass's general lessons (shown for every task once promoted) are replayed together as **one**
   candidate, after the pass's procedures (so they do not shut out a card for one family of tasks), with
   the same sequential sign test at the same alpha: one candidate, with the rule's error rate;
2. if it is promoted, each bullet is tested by removal, one after another: a bullet whose removal loses
   none of the playbook's replayed cases is dropped, and the next removal is tested against what is left.
   So the kept set scored at least as well as the whole playbook on every replayed case, and its evidence
   (decided again on those scores, by the same rule) passes the test the playbook passed; the kept
   bullets are promoted with it (level ``playbook``, each card naming the others), the dropped rejected;
3. if it is rejected, each lesson is replayed alone, its reason naming the playbook's too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.learning.replay import PairedRun, ReplayEvidence, decide, replay
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.runtime.retrieval import MAX_LESSONS, general_lessons, is_general_lesson

RunWith = Callable[[Sequence[str], Sequence[Any]], list[float]]
"""``run_with(case_ids, cards)``: the scores of those validation cases run with ``cards`` added."""


def joinable(card: Any, level: str) -> bool:
    """Whether a candidate goes into its pass's playbook: a general lesson (shown for every task once
    promoted, so in use the bullets are shown together as replayed), replayed at the general level."""
    return is_general_lesson(card) and level == "general" and card.status is MemoryStatus.QUARANTINED


def room(store: Any, members: Sequence[Any]) -> list[Any]:
    """The members that fit beside the promoted general lessons (at most ``MAX_LESSONS`` are shown, so
    a playbook larger than that would be replayed as it is never shown); first proposed first."""
    shown = {c.id for c in general_lessons(store, members[0].scope)} if members else set()
    return list(members)[: max(0, MAX_LESSONS - len(shown))]


@dataclass
class Playbook:
    """What replaying a pass's lessons together decided."""

    evidence: ReplayEvidence
    """The whole playbook's replay (with all members against the store without them)."""
    kept: list[str] = field(default_factory=list)
    """Ids of the members promoted (empty when the playbook was rejected)."""
    kept_evidence: ReplayEvidence | None = None
    """The kept set's paired runs on the playbook's cases, decided by the same rule."""
    removal: dict[str, str] = field(default_factory=dict)
    """Per member id: what its removal did (why it was kept or dropped)."""
    episodes: int = 0
    """Episodes run for the playbook and its removals (shared "without" runs not counted again)."""


def replay_playbook(
    members: Sequence[Any],
    case_ids: Sequence[str],
    run_with: RunWith,
    without: Callable[[Sequence[str]], list[float]],
    *,
    learning: Any,
    width: int = 1,
    known_without: Callable[[str], float | None] | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> Playbook:
    """Replay ``members`` together on ``case_ids``; if promoted, keep each by removal (module docstring).

    ``without(ids)`` gives the "without" scores (the round's shared runs); ``width``: how many removal
    runs go to the executor at once.
    """
    scores: dict[str, float] = {}
    ran = {"with": 0}

    def batch(ids: Sequence[str], with_cards: bool) -> list[float]:
        if not with_cards:
            return without(ids)
        got = run_with(ids, members)
        ran["with"] += len(ids)
        scores.update(zip(ids, got, strict=True))
        return got

    evidence = replay(
        case_ids,
        None,
        "sign_test",
        run_batch=batch,
        batch_size=learning.replay_batch,
        alpha=learning.replay_alpha,
        futility=learning.replay_futility,
        sequential=learning.replay_sequential,
        known_without=known_without,
        on_batch=on_batch,
    )
    book = Playbook(evidence=evidence, episodes=evidence.episodes)
    if not evidence.promote:
        return book
    cases = [r.case_id for r in evidence.runs]
    base = {r.case_id: r.without for r in evidence.runs}
    now = {c: scores[c] for c in cases}  # the current set's score per case
    current = list(members)
    for card in members:
        rest = [m for m in current if m.id != card.id]
        # the cases where the current set gains most come first: a loss shows there soonest
        order = sorted(cases, key=lambda c: now[c] - base[c], reverse=True)
        reduced: dict[str, float] = {}
        lost: str | None = None
        for start in range(0, len(order), max(1, width)):
            ids = order[start : start + max(1, width)]
            got = run_with(ids, rest) if rest else [base[c] for c in ids]
            book.episodes += len(ids) if rest else 0
            reduced.update(zip(ids, got, strict=True))
            lost = next((c for c in ids if reduced[c] < now[c]), None)
            if lost is not None:
                break
        if lost is not None:
            book.removal[card.id] = f"kept: without it the playbook lost case {lost}"
            continue
        book.removal[card.id] = f"dropped: without it the playbook lost none of its {len(cases)} cases"
        current, now = rest, reduced
    book.kept = [m.id for m in current]
    runs = [PairedRun.model_validate({"case_id": c, "without": base[c], "with": now[c]}) for c in cases]
    book.kept_evidence = decide(
        runs,
        "sign_test",
        alpha=evidence.alpha,
        futility=learning.replay_futility,
        planned=evidence.planned,
        stopped=evidence.stopped,
        controls=0,
        sequential=learning.replay_sequential,
    )
    if not book.kept_evidence.promote:  # cannot happen (scores only rose); never promote on a doubt
        book.kept = []
    return book


def member_evidence(card_id: str, book: Playbook, size: int) -> ReplayEvidence:
    """The evidence memory CI decides a member of a promoted playbook by: the kept set's, or for a
    dropped member the playbook's, as a rejection."""
    removal = book.removal.get(card_id, "")
    if card_id in book.kept and book.kept_evidence is not None:
        kept = book.kept_evidence
        return kept.model_copy(
            update={
                "level": "playbook",
                "playbook": list(book.kept),
                "reason": (
                    f"promoted in a playbook of {len(book.kept)} general lessons replayed together "
                    f"({removal}): {kept.reason}"
                    if len(book.kept) > 1
                    else f"promoted as the one lesson a playbook of {size} general lessons needed "
                    f"({removal}): {kept.reason}"
                ),
            }
        )
    return book.evidence.model_copy(
        update={
            "promote": False,
            "reason": f"rejected: replayed in a playbook of {size} general lessons, the playbook was "
            f"promoted, this lesson {removal}",
        }
    )
