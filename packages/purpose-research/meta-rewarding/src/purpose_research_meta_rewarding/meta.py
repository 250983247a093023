"""Meta-Rewarding: a meta-judge compares pairs of Φ's judgments of the same answer.

Wu et al. 2024 ("Meta-Rewarding Language Models") let one model act, judge, and judge its own
judgments: several judgments of a response are sampled, a meta-judge compares them pairwise, and the
preferred judgments train the judge (DPO). No weights are trained here. Judgments are sampled by judging
the same answer under different judging perspectives (Φ is deterministic, so perspectives are what
varies), the meta-judge compares each pair whose scores disagree, in both orders to cancel its position
bias (the paper's concern too), and only a consistent preference counts. The preferred judgment, with its
perspective and the score it gave, becomes a critic_calibration candidate; memory CI decides.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import Backend, MemoryCard, Message, PurposeFunction, Score
from purpose_eval.calibration import JudgingItem, agreement, calibration_card, gate, judge_item
from pydantic import BaseModel, Field

OPTIMIZER = "meta-rewarding"

PERSPECTIVES: tuple[str, ...] = (
    "Judge how helpful and complete the answer is.",
    "An answer that contradicts the observations (a number or name that differs from the tool results) "
    "is wrong; check each one.",
    "Check that the answer responds to the exact task asked, not to a neighbouring question about "
    "another subject.",
)

META_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"better": {"type": "string", "enum": ["A", "B"]}},
    "required": ["better"],
}


class Judgment(BaseModel):
    perspective: str
    score: Score


def _render(judgment: Judgment) -> str:
    quotes = "; ".join(judgment.score.evidence) or "(no verified evidence)"
    return f"score {round(judgment.score.value * 10)}/10; evidence: {quotes}"


class MetaRewarding:
    """Sample judgments, meta-judge pairs in both orders, and propose the consistent winners."""

    def __init__(
        self, backend: Backend, *, perspectives: Sequence[str] = PERSPECTIVES, min_gap: float = 0.3
    ) -> None:
        self.backend = backend
        self.judge = PurposeFunction(backend)
        self.perspectives = tuple(perspectives)
        self.min_gap = min_gap

    def judgments(self, item: JudgingItem, calibrations: Sequence[str] = ()) -> list[Judgment]:
        return [
            Judgment(perspective=p, score=judge_item(self.judge, item, [*calibrations, p]))
            for p in self.perspectives
        ]

    def prefer(self, item: JudgingItem, first: Judgment, second: Judgment) -> str:
        """The meta-judge's choice, "A" (``first``) or "B" (``second``)."""
        observations = "\n".join(f"- {o}" for o in item.observations) or "- (none)"
        messages = [
            Message(
                role="system",
                content="You compare two judgments of the same answer and say which is more accurate. "
                "A good judgment grounds its score in the observations, not in how confident the answer "
                "sounds.",
            ),
            Message(
                role="user",
                content=f"Task: {item.task}\nObservations:\n{observations}\nAnswer: {item.answer}\n"
                f"Judgment A: {_render(first)}\nJudgment B: {_render(second)}",
            ),
        ]
        from purpose_agent.plugin import BackendError

        try:
            completion = self.backend.complete(
                messages, max_tokens=16, temperature=0.0, seed=0, json_schema=META_SCHEMA
            )
            better = str(json.loads(completion.text).get("better", ""))
        except (BackendError, json.JSONDecodeError, AttributeError):
            better = ""  # no usable answer is no preference
        return better if better in ("A", "B") else ""

    def consistent_winner(
        self, item: JudgingItem, a: Judgment, b: Judgment
    ) -> tuple[Judgment, Judgment] | None:
        """(winner, loser) when the meta-judge prefers the same judgment in both orders; else None."""
        forward = self.prefer(item, a, b)
        backward = self.prefer(item, b, a)
        if forward == "A" and backward == "B":
            return a, b
        if forward == "B" and backward == "A":
            return b, a
        return None

    def propose_for(
        self, item: JudgingItem, *, source_traces: Sequence[str] = (), team: str | None = None
    ) -> list[MemoryCard]:
        cards: dict[str, MemoryCard] = {}
        judged = self.judgments(item)
        for a, b in itertools.combinations(judged, 2):
            if abs(a.score.value - b.score.value) < self.min_gap:
                continue
            pair = self.consistent_winner(item, a, b)
            if pair is None:
                continue
            winner, loser = pair
            points = round(winner.score.value * 10)
            example = f"task '{item.task}'; answer '{item.answer}'"
            cards[winner.perspective] = calibration_card(
                content=f"{winner.perspective} Example: {example} deserves {points}/10.",
                criterion=winner.perspective,
                example=example,
                expected_score=winner.score.value,
                bias="too_lenient" if winner.score.value < loser.score.value else "too_strict",
                optimizer=OPTIMIZER,
                origin="meta_judge",
                source_traces=source_traces,
                evidence={
                    "item": item.id,
                    "preferred_over": loser.perspective,
                    "loser_score": loser.score.value,
                },
                team=team,
            )
        return list(cards.values())


class MetaReport(BaseModel):
    agreement_before: float
    agreement_after: float
    proposed: int
    promoted: list[str] = Field(default_factory=list)
    outcomes: list[dict[str, Any]] = Field(default_factory=list)


def improve(
    backend: Backend,
    *,
    train: Sequence[JudgingItem],
    validation: Sequence[JudgingItem],
    test: Sequence[JudgingItem],
    store: Any,
    manager: Any,
) -> MetaReport:
    """Propose from ``train`` (labels unused), gate on ``validation``, measure agreement on ``test``."""
    meta = MetaRewarding(backend)
    seen: dict[str, MemoryCard] = {}
    for item in train:
        for card in meta.propose_for(item):
            seen.setdefault(card.fields["criterion"], card)  # one candidate per rule
    report = gate(list(seen.values()), store=store, manager=manager, backend=backend, validation=validation)
    return MetaReport(
        agreement_before=agreement(meta.judge, test),
        agreement_after=agreement(meta.judge, test, report.promoted),
        proposed=len(seen),
        promoted=report.promoted,
        outcomes=[o.model_dump() for o in report.outcomes],
    )
