"""Self-Taught Evaluator: synthetic contrast pairs teach Φ without human labels.

Wang et al. 2024 ("Self-Taught Evaluators") start from unlabelled instructions. For each instruction x
the model writes a similar but different instruction x', answers both, and so obtains a pair whose
preference is known by construction: the answer to x beats the answer to x' *as an answer to x*. The
judge is sampled on each pair, judgments that pick the right winner are kept with their reasoning, the
judge is trained on them, and the loop repeats with the improved judge. No weights are trained here:
the kept judgments become critic_calibration exemplars (the judging perspective that got the pair right,
with the pair's scores) that memory CI replays on held-out synthetic pairs before Φ may see them, and the
next iteration judges with the promoted exemplars.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import Backend, MemoryCard, Message, PurposeFunction
from purpose_eval.calibration import GOOD_AT, JudgingItem, agreement, calibration_card, gate, verdict
from pydantic import BaseModel, Field

OPTIMIZER = "self-taught"

PERSPECTIVES: tuple[str, ...] = (
    "",
    "Check that the answer responds to the exact task asked, not to a neighbouring question about "
    "another subject.",
    "An answer that contradicts the observations (a number or name that differs from the tool results) "
    "is wrong; check each one.",
)

_TEXT = {"type": "object", "properties": {"text": {"type": "string", "maxLength": 300}}, "required": ["text"]}


class ContrastPair(BaseModel):
    instruction: str
    altered: str
    observations: list[str]
    chosen: str
    """The answer to ``instruction``: good by construction."""
    rejected: str
    """The answer to ``altered``: a plausible answer to the wrong question."""
    purpose: str = ""
    id: str = ""

    def items(self) -> tuple[JudgingItem, JudgingItem]:
        base = {"purpose": self.purpose, "task": self.instruction, "observations": self.observations}
        return (
            JudgingItem(id=f"{self.id}-chosen", answer=self.chosen, good=True, **base),
            JudgingItem(id=f"{self.id}-rejected", answer=self.rejected, good=False, **base),
        )


class SelfTaught:
    def __init__(self, backend: Backend, *, perspectives: Sequence[str] = PERSPECTIVES) -> None:
        self.backend = backend
        self.judge = PurposeFunction(backend)
        self.perspectives = tuple(perspectives)

    # -- synthesis ----------------------------------------------------------------------------------

    def _text(self, system: str, user: str) -> str:
        from purpose_agent.plugin import BackendError

        messages = [Message(role="system", content=system), Message(role="user", content=user)]
        try:
            completion = self.backend.complete(
                messages, max_tokens=96, temperature=0.0, seed=0, json_schema=_TEXT
            )
            return str(json.loads(completion.text).get("text", "")).strip()
        except (BackendError, json.JSONDecodeError, AttributeError):
            return ""  # no usable text: the pair is skipped

    def pair(self, item: JudgingItem) -> ContrastPair | None:
        """x -> x' (similar, different), then an answer to each from the same observations."""
        observations = "\n".join(f"- {o}" for o in item.observations)
        altered = self._text(
            "Write one question similar to the given one but about a different subject that the same "
            "observations also cover.",
            f"Question: {item.task}\nObservations:\n{observations}",
        )
        if not altered or altered.casefold() == item.task.casefold():
            return None
        answer_system = "Answer the question in one short sentence using the observations."
        chosen = self._text(answer_system, f"Question: {item.task}\nObservations:\n{observations}")
        rejected = self._text(answer_system, f"Question: {altered}\nObservations:\n{observations}")
        if not chosen or not rejected or chosen.casefold() == rejected.casefold():
            return None
        return ContrastPair(
            instruction=item.task,
            altered=altered,
            observations=item.observations,
            chosen=chosen,
            rejected=rejected,
            purpose=item.purpose,
            id=item.id,
        )

    # -- judging and exemplars ----------------------------------------------------------------------

    def correct_judgments(
        self, pair: ContrastPair, calibrations: Sequence[str] = ()
    ) -> list[tuple[str, float, float]]:
        """(perspective, chosen score, rejected score) for every sampled judgment that got the pair right."""
        good, bad = pair.items()
        out = []
        for perspective in self.perspectives:
            shown = [*calibrations, perspective] if perspective else list(calibrations)
            s_good, s_bad = verdict(self.judge, good, shown), verdict(self.judge, bad, shown)
            if s_good >= GOOD_AT > s_bad:
                out.append((perspective, s_good, s_bad))
        return out

    def exemplar(
        self,
        pair: ContrastPair,
        perspective: str,
        s_good: float,
        s_bad: float,
        *,
        source_traces: Sequence[str] = (),
    ) -> MemoryCard:
        example = (
            f"for '{pair.instruction}', the answer '{pair.rejected}' answers '{pair.altered}' instead and "
            f"deserves {round(s_bad * 10)}/10, while '{pair.chosen}' deserves {round(s_good * 10)}/10"
        )
        rule = perspective or "Judge the answer against the exact question asked"
        return calibration_card(
            content=f"{rule} Example: {example}.",
            criterion=rule,
            example=example,
            expected_score=s_bad,
            bias="too_lenient",
            optimizer=OPTIMIZER,
            origin="synthetic_pair",
            source_traces=source_traces,
            evidence={"pair": pair.id, "altered": pair.altered},
        )


class IterationReport(BaseModel):
    iteration: int
    pairs: int
    correct_pairs: int
    proposed: int
    promoted: list[str] = Field(default_factory=list)
    agreement_test: float


class SelfTaughtReport(BaseModel):
    agreement_before: float
    agreement_after: float
    iterations: list[IterationReport]
    outcomes: list[dict[str, Any]] = Field(default_factory=list)


def run(
    backend: Backend,
    *,
    instructions: Sequence[JudgingItem],
    validation_instructions: Sequence[JudgingItem],
    test: Sequence[JudgingItem],
    store: Any,
    manager: Any,
    iterations: int = 2,
) -> SelfTaughtReport:
    """Iterate: synthesize pairs, keep correct judgments as exemplars, gate them on held-out synthetic
    pairs (no human labels), and measure agreement with the gold labels of ``test`` after each round."""
    taught = SelfTaught(backend)
    pairs = [p for p in (taught.pair(i) for i in instructions) if p is not None]
    validation_pairs = [p for p in (taught.pair(i) for i in validation_instructions) if p is not None]
    validation_items = [item for p in validation_pairs for item in p.items()]
    before = agreement(taught.judge, test)
    promoted: list[str] = []
    rounds: list[IterationReport] = []
    outcomes: list[dict[str, Any]] = []
    for iteration in range(1, iterations + 1):
        cards: dict[str, MemoryCard] = {}
        correct = 0
        for pair in pairs:
            judgments = taught.correct_judgments(pair, promoted)
            correct += bool(judgments)
            for perspective, s_good, s_bad in judgments:
                if perspective and perspective not in " ".join(promoted):
                    cards.setdefault(perspective, taught.exemplar(pair, perspective, s_good, s_bad))
        report = gate(
            list(cards.values()),
            store=store,
            manager=manager,
            backend=backend,
            validation=validation_items,
            already=promoted,
        )
        promoted.extend(report.promoted)
        outcomes.extend(o.model_dump() for o in report.outcomes)
        rounds.append(
            IterationReport(
                iteration=iteration,
                pairs=len(pairs),
                correct_pairs=correct,
                proposed=len(cards),
                promoted=report.promoted,
                agreement_test=agreement(taught.judge, test, promoted),
            )
        )
    return SelfTaughtReport(
        agreement_before=before,
        agreement_after=rounds[-1].agreement_test if rounds else before,
        iterations=rounds,
        outcomes=outcomes,
    )
