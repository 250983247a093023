"""Calibration memories for the purpose function Φ: labelled judging items, agreement, and the CI gate.

Why it is shared: every critic-improving technique (self-play critic, meta-rewarding, self-taught
evaluator) needs the same three things: a set of answers a person labelled good or bad, a measure of how
often Φ agrees with those labels, and a way to turn what it learned into ``critic_calibration`` cards that
earn their place. Written once here, the three techniques measure and gate alike, so their numbers can be
compared.

Every card proposed through :func:`gate` goes through memory CI like any other memory: it is stored as a
candidate, scanned, quarantined, replay-tested on validation items (Φ's agreement with the gold label,
with and without the card, paired) and only then promoted or rejected, with the evidence stored on the
card. Agreement should be measured on held-out items that neither produced nor validated a card.

It lives with the benchmark, beside the judge-agreement set (:mod:`purpose_eval.judging`), not in the
kernel: no run uses it, only the techniques that measure and improve the judge. It was
``purpose_agent.learning.calibration``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from purpose_agent.plugin import (
    Backend,
    BackendError,
    CandidateOutcome,
    MemoryCard,
    MemoryCI,
    MemoryScope,
    Provenance,
    PurposeFunction,
    Score,
    initial_trust,
    parse_jsonl,
    replay,
    rule_for,
)
from pydantic import BaseModel, Field

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.plugin import PluginManager, Store

__all__ = [
    "GOOD_AT",
    "GateReport",
    "JudgingItem",
    "agreement",
    "agrees",
    "calibration_card",
    "gate",
    "judge_item",
    "load_items",
    "verdict",
]

#: Φ calls an item good when its score reaches this (the runtime's own success line).
GOOD_AT = 0.5

#: Calibration cards start at most this trusted, whatever their origin: they steer every later judgment.
MAX_INITIAL_TRUST = 0.5


class JudgingItem(BaseModel):
    """One answer to judge, with the gold label a person gave it."""

    id: str
    purpose: str
    task: str
    answer: str
    observations: list[str] = Field(default_factory=list)
    good: bool
    split: str = "test"
    note: str = ""


def load_items(package: str, name: str = "judging_set.jsonl") -> list[JudgingItem]:
    """Read the labelled items a distribution ships as package data (one JSON object a line)."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return [JudgingItem.model_validate(line.data) for line in parse_jsonl(text, f"{package}/{name}")]


def judge_item(judge: PurposeFunction, item: JudgingItem, calibrations: Sequence[str] = ()) -> Score:
    """Φ's score of ``item``; a judge call that fails scores 0 with no confidence, as in the runtime.

    A failed call counts as a "bad" verdict rather than an exception so one flaky backend reply cannot
    abort a whole measurement; the reason is kept in ``Score.reasoning``.
    """
    try:
        return judge.judge(
            purpose=item.purpose,
            task=item.task,
            answer=item.answer,
            observations=item.observations,
            calibrations=list(calibrations),
        )
    except BackendError as exc:
        return Score(
            value=0.0, confidence=0.0, reasoning=f"judge failed: {exc}"[:300], evaluator="judge:error"
        )


def verdict(judge: PurposeFunction, item: JudgingItem, calibrations: Sequence[str] = ()) -> float:
    """Φ's score of ``item`` as a plain number (0..1)."""
    return float(judge_item(judge, item, calibrations).value)


def agrees(judge: PurposeFunction, item: JudgingItem, calibrations: Sequence[str] = ()) -> bool:
    """Whether Φ's verdict (score >= :data:`GOOD_AT` means good) equals the gold label."""
    return (verdict(judge, item, calibrations) >= GOOD_AT) == item.good


def agreement(
    judge: PurposeFunction, items: Sequence[JudgingItem], calibrations: Sequence[str] = ()
) -> float:
    """Fraction of ``items`` on which Φ's verdict equals the gold label (0.0 for no items)."""
    if not items:
        return 0.0
    return sum(agrees(judge, item, calibrations) for item in items) / len(items)


def calibration_card(
    *,
    content: str,
    criterion: str,
    example: str,
    expected_score: float,
    bias: str,
    optimizer: str,
    origin: str,
    source_traces: Sequence[str] = (),
    evidence: dict[str, Any] | None = None,
    team: str | None = None,
) -> MemoryCard:
    """A ``critic_calibration`` candidate, cut to the kind's limits, its trust capped by its origin.

    ``expected_score`` is clamped to 0..1; trust is the origin's initial trust but never above
    :data:`MAX_INITIAL_TRUST`, so a calibration must earn its influence through replay.
    """
    return MemoryCard(
        kind="critic_calibration",
        content=content[:1900],
        fields={
            "criterion": criterion[:500],
            "example": example[:2000],
            "expected_score": min(max(expected_score, 0.0), 1.0),
            "bias": bias,
        },
        scope=MemoryScope(team=team) if team else MemoryScope(),
        provenance=Provenance(
            source_traces=tuple(source_traces),
            optimizer=optimizer,
            evidence={"origin": origin, **(evidence or {})},
        ),
        trust=min(initial_trust(origin), MAX_INITIAL_TRUST),
    )


@dataclass
class GateReport:
    """What :func:`gate` did: every memory-CI outcome, and the calibrations it promoted."""

    outcomes: list[CandidateOutcome]
    promoted: list[str]
    """Contents of the promoted cards, in promotion order: what Φ is shown from now on."""


def gate(
    cards: Sequence[MemoryCard],
    *,
    store: Store,
    manager: PluginManager,
    backend: Backend,
    validation: Sequence[JudgingItem],
    already: Sequence[str] = (),
) -> GateReport:
    """Admit each card through memory CI and decide it by a paired replay of Φ's agreement.

    Each validation item is judged with and without the card, on top of ``already`` promoted
    calibrations and of those this call promoted before it (cards are decided in order, so a later card
    must add to the earlier ones). The decision rule is the kind's own (``rule_for``).
    """
    ci = MemoryCI(store, manager=manager)
    judge = PurposeFunction(backend)
    by_id = {item.id: item for item in validation}
    promoted = list(already)
    outcomes: list[CandidateOutcome] = []
    for card in cards:
        admitted = ci.admit(card, reason=f"proposed by {card.provenance.optimizer}")
        outcomes.append(admitted)
        if admitted.status != "quarantined":
            continue
        content = store.get(admitted.card_id).content

        def run_case(case_id: str, with_card: bool, content: str = content) -> float:
            shown = [*promoted, content] if with_card else promoted
            return 1.0 if agrees(judge, by_id[case_id], shown) else 0.0

        learning = manager.settings.learning
        evidence = replay(
            list(by_id), run_case, rule_for(card.kind),
            alpha=learning.replay_alpha, futility=learning.replay_futility,
        )  # fmt: skip
        decision = ci.decide(admitted.card_id, evidence)
        outcomes.append(decision)
        if decision.status == "promoted":
            promoted.append(content)
    return GateReport(outcomes=outcomes, promoted=promoted[len(already) :])
