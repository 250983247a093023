"""The reasoning-gym suites: generated arithmetic and word problems, scored by reasoning-gym itself.

Items come from reasoning-gym's procedural datasets (no download: every item is generated locally from a
seed). The harness's seed is turned into a dataset seed by hashing it with the suite's name, so two suites
never share items and seed 1 is not seed 0 shifted by one item. Item ``i`` depends only on the seed and
``i``, so a larger size extends a smaller one rather than replacing it.

The checker is reasoning-gym's own ``score_answer``. An agent's final answer is a sentence more often than
a bare number, and ``score_answer`` is strict (``"The answer is 42"`` earns a fraction), so it is applied
to the whole answer, to the content of an ``<answer>`` tag, and to the answer's last number; the case is
passed when any of them earns reasoning-gym's full reward.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from purpose_agent.plugin import ValidationError
from purpose_learn import EvalCase

_LAST_NUMBER = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")

#: The datasets of each suite and their configuration: small operands, because the point is whether the
#: agent hands the calculator the right expression, not how long an expression a 135M model can copy.
ARITHMETIC_SOURCES: list[tuple[str, dict[str, Any]]] = [
    (
        "basic_arithmetic",
        {"min_terms": 2, "max_terms": 3, "min_digits": 1, "max_digits": 3, "operators": ("+", "-", "*")},
    ),
    ("chain_sum", {"min_terms": 2, "max_terms": 4, "min_digits": 1, "max_digits": 3}),
]
WORD_PROBLEM_SOURCES: list[tuple[str, dict[str, Any]]] = [("gsm_symbolic", {})]
#: The mixed reasoning suites: twelve generators, small settings, taken in turn. Each generator is a
#: family (the case's ``group`` in ``gym-mixed-heldout``), so a held-out family was never trained on.
MIXED_SOURCES: list[tuple[str, dict[str, Any]]] = [
    (
        "basic_arithmetic",
        {"min_terms": 2, "max_terms": 3, "min_digits": 1, "max_digits": 2, "operators": ("+", "-", "*")},
    ),
    ("chain_sum", {"min_terms": 2, "max_terms": 3, "min_digits": 1, "max_digits": 2}),
    ("products", {"min_terms": 2, "max_terms": 2, "min_digits": 1, "max_digits": 2}),
    ("gcd", {"min_numbers": 2, "max_numbers": 2, "min_value": 2, "max_value": 100}),
    ("lcm", {"min_numbers": 2, "max_numbers": 2, "min_value": 2, "max_value": 30}),
    ("leg_counting", {"min_animals": 1, "max_animals": 3, "min_instances": 1, "max_instances": 4}),
    ("letter_counting", {"min_words": 3, "max_words": 6}),
    ("spell_backward", {"min_word_len": 3, "max_word_len": 6}),
    (
        "number_sorting",
        {
            "min_numbers": 3,
            "max_numbers": 5,
            "min_decimals": 0,
            "max_decimals": 0,
            "min_value": -50.0,
            "max_value": 50.0,
        },
    ),
    ("base_conversion", {"min_base": 2, "max_base": 16, "min_value": 0, "max_value": 255}),
    ("count_bits", {"min_n": 1, "max_n": 255}),
    ("simple_equations", {"min_terms": 2, "max_terms": 2, "min_value": 1, "max_value": 20}),
]


def dataset_seed(suite: str, seed: int) -> int:
    digest = hashlib.sha256(f"purpose-suites:{suite}:{seed}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def answer_candidates(answer: str, question: str = "") -> list[str]:
    """The readings of a free-form answer that ``score_answer`` is tried on.

    The answer's last number is not read when the answer only repeats several of the question's own
    numbers ("2, 14" for the LCM of 2 and 14): an echo of the question is not an answer, even when its
    last number happens to be right."""
    from reasoning_gym.utils import extract_answer

    text = (answer or "").strip()
    out = [text] if text else []
    tagged = extract_answer(text) if "<answer>" in text else None
    if tagged:
        out.append(tagged)
    numbers = _LAST_NUMBER.findall(text)
    asked = {n.rstrip(".,") for n in _LAST_NUMBER.findall(question or "")}
    if len(numbers) > 1 and {n.rstrip(".,") for n in numbers} <= asked:
        numbers = []
    if numbers:
        last = numbers[-1].rstrip(".,")
        out.append(last[:-2] if last.endswith(".0") else last)
    return out


class GymChecker:
    """An item's own reasoning-gym scorer. A module-level object, not a closure, so that the
    ``processes`` executor can send a team holding it to its workers (a closure cannot be pickled)."""

    __slots__ = ("dataset", "entry")

    def __init__(self, dataset: Any, entry: dict[str, Any]) -> None:
        self.dataset = dataset
        self.entry = entry

    def __call__(self, answer: str, case: EvalCase) -> bool:
        question = str(self.entry.get("question", ""))
        candidates = answer_candidates(answer, question)
        return any(float(self.dataset.score_answer(c, self.entry)) >= 1.0 for c in candidates)


def make_checker(dataset: Any, entry: dict[str, Any]) -> Callable[[str, EvalCase], bool]:
    return GymChecker(dataset, entry)


def gym_cases(
    suite: str,
    sources: Sequence[tuple[str, dict[str, Any]]],
    size: int,
    seed: int,
    *,
    task_type: str,
    group_by_source: bool = False,
    id_prefix: str | None = None,
) -> list[EvalCase]:
    """``size`` distinct items, taken from ``sources`` in turn, each checked by its own dataset.

    With ``group_by_source`` each case's ``group`` is its generator, so the harness splits by generator.
    ``suite`` seeds the datasets; two suites given the same ``suite`` get the same items."""
    import reasoning_gym

    base = dataset_seed(suite, seed)
    virtual = 10 * size + 50  # enough indices to skip duplicates without running out
    datasets = [
        reasoning_gym.create_dataset(name, seed=base + 7919 * k, size=virtual, **config)
        for k, (name, config) in enumerate(sources)
    ]
    positions = [0] * len(datasets)
    seen: set[str] = set()
    out: list[EvalCase] = []
    turn = 0
    while len(out) < size:
        k = turn % len(datasets)
        turn += 1
        if positions[k] >= virtual:
            raise ValidationError(
                f"suite {suite!r}: reasoning-gym gave too few distinct items for size {size}; ask for fewer"
            )
        dataset, index = datasets[k], positions[k]
        positions[k] += 1
        entry = dataset[index]
        question = str(entry["question"]).strip()
        if question in seen:
            turn -= 1  # the same source tries again, so the mix of sources stays in turn
            continue
        seen.add(question)
        name = sources[k][0]
        out.append(
            EvalCase(
                input=question,
                expected=str(entry["answer"]),
                checker=make_checker(dataset, entry),
                task_type=task_type,
                id=f"{id_prefix or suite}-{seed}-{len(out)}",
                tags=["reasoning-gym", name],
                group=name if group_by_source else None,
            )
        )
    return out


def arithmetic_cases(size: int, seed: int) -> list[EvalCase]:
    return gym_cases("gym-arithmetic", ARITHMETIC_SOURCES, size, seed, task_type="arithmetic")


def word_problem_cases(size: int, seed: int) -> list[EvalCase]:
    return gym_cases("gym-word-problems", WORD_PROBLEM_SOURCES, size, seed, task_type="word-problem")


def mixed_cases(size: int, seed: int) -> list[EvalCase]:
    """Twelve generators in turn; split at random, so every family is seen in training."""
    return gym_cases("gym-mixed", MIXED_SOURCES, size, seed, task_type="reasoning")


def mixed_heldout_cases(size: int, seed: int) -> list[EvalCase]:
    """The same items as ``gym-mixed``, grouped by generator: test families are never trained on."""
    return gym_cases(
        "gym-mixed",
        MIXED_SOURCES,
        size,
        seed,
        task_type="reasoning",
        group_by_source=True,
        id_prefix="gym-mixed-heldout",
    )
