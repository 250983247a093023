"""A labelled judging set built from the development suites, and the judge's agreement with checkers.

Why: the purpose function Φ scores tasks that have no checker, so how far it can be trusted has to be
measured where the truth is known. Each arithmetic case of the built-in suites becomes several judging
items: the answer an agent gives (right, off by a little, or the expression instead of its value, the
embedded model's favourite mistake), with the calculator's result as the observation or with none. The
label is the deterministic checker's verdict on that answer, never a person's guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from purpose_agent.plugin import PurposeFunction, Score
from purpose_agent.plugin import check_answer as check

from purpose_eval.calibration import GOOD_AT, JudgingItem, judge_item

PURPOSE = "Answer arithmetic questions exactly, using the calculator when it helps"

#: How each case is turned into items: (name, which answer, whether the calculator result is observed).
VARIANTS: tuple[tuple[str, str, bool], ...] = (
    ("right+tool", "right", True),
    ("wrong+tool", "wrong", True),
    ("expression+tool", "expression", True),
    ("right, no evidence", "right", False),
    ("wrong, no evidence", "wrong", False),
)


def _wrong(value: int, i: int) -> str:
    """A plausible wrong value: off by one, by ten, or two digits swapped."""
    digits = str(abs(value))
    if i % 3 == 2 and len(digits) >= 2 and digits[-1] != digits[-2]:
        swapped = digits[:-2] + digits[-1] + digits[-2]
        return ("-" if value < 0 else "") + swapped
    return str(value + (1 if i % 3 == 0 else 10))


def judging_set(cases_per_suite: int = 40, seed: int = 0) -> list[JudgingItem]:
    """Items from the ``arithmetic`` and ``arithmetic-mixed`` suites (5 per case; 400 by default)."""
    from purpose_learn import arithmetic_cases

    items: list[JudgingItem] = []
    for ops in ("*", "*+-"):
        for case in arithmetic_cases(cases_per_suite, seed, ops):
            expression = re.sub(r"^What is (.*)\?$", r"\1", case.input)
            expected = str(case.expected)  # the arithmetic suites always give the number
            value = int(expected)
            for j, (variant, kind, observed) in enumerate(VARIANTS):
                answer = {
                    "right": f"The answer is {value}.",
                    "wrong": f"The answer is {_wrong(value, len(items) + j)}.",
                    "expression": expression,
                }[kind]
                verdict = check(answer, expected, "numeric")
                items.append(
                    JudgingItem(
                        id=f"{case.id}/{variant}",
                        purpose=PURPOSE,
                        task=case.input,
                        answer=answer,
                        observations=[str(value)] if observed else [],
                        good=verdict.value >= GOOD_AT,
                        note=variant,
                    )
                )
    return items


@dataclass
class Agreement:
    """Φ's verdicts against the checker's on a judging set."""

    n: int = 0
    agree: int = 0
    opinions: int = 0
    by_variant: dict[str, list[int]] = field(default_factory=dict)
    """variant -> [agreed, total]"""
    confusion: dict[str, int] = field(default_factory=dict)
    """``"judge good / checker bad"`` etc. -> count"""

    @property
    def rate(self) -> float:
        return self.agree / self.n if self.n else 0.0

    def add(self, item: JudgingItem, score: Score) -> None:
        said = score.value >= GOOD_AT
        self.n += 1
        self.agree += said == item.good
        self.opinions += score.opinion
        row = self.by_variant.setdefault(item.note, [0, 0])
        row[0] += said == item.good
        row[1] += 1
        key = f"judge {'good' if said else 'bad'} / checker {'good' if item.good else 'bad'}"
        self.confusion[key] = self.confusion.get(key, 0) + 1


def measure(judge: PurposeFunction, items: Sequence[JudgingItem]) -> Agreement:
    """Judge every item (no expected answer given: Φ, not the checker) and count agreement."""
    result = Agreement()
    for item in items:
        result.add(item, judge_item(judge, item))
    return result
