"""Built-in plugin: the generated arithmetic suites (the project's own data, seeded, exact answers).

Two-digit multiplication is what the embedded 135M model cannot do alone but can do by handing the
calculator the right expression, so it shows what learned procedures can and cannot add. Items are
unique up to commutation, so no test item is a reordered copy of a training item.

``arithmetic-mixed`` is the misfire check: its training cases are all multiplication and its validation
and test cases all addition, subtraction and (integer-valued) division, pinned to their splits. A
memory learned from ``*`` that fires on ``+``, ``-`` or ``/`` shows up as a loss against the baseline.
"""

from __future__ import annotations

import random
from typing import Any

from purpose_agent.plugin import ValidationError, hookimpl

from purpose_learn.case import EvalCase
from purpose_learn.suite import GeneratedSuite

PLUGIN_NAME = "learn"

_OPS = {
    "*": (lambda a, b: a * b, (11, 99)),
    "+": (lambda a, b: a + b, (100, 999)),
    "-": (lambda a, b: a - b, (100, 999)),
}


def _operands(symbol: str, rng: random.Random) -> tuple[int, int, int]:
    """``a``, ``b`` and the exact answer; a division's dividend is a multiple of its divisor."""
    if symbol == "/":
        b, quotient = rng.randint(3, 25), rng.randint(11, 99)
        return b * quotient, b, quotient
    fn, (lo, hi) = _OPS[symbol]
    a, b = rng.randint(lo, hi), rng.randint(lo, hi)
    return a, b, fn(a, b)


def arithmetic_cases(size: int, seed: int, ops: str = "*") -> list[EvalCase]:
    symbols = [s for s in ops if s in _OPS or s == "/"]
    rng = random.Random(f"arithmetic:{ops}:{seed}")
    seen: set[tuple[str, int, int]] = set()
    out: list[EvalCase] = []
    while len(out) < size:
        symbol = symbols[len(out) % len(symbols)]
        a, b, answer = _operands(symbol, rng)
        key = (symbol, *sorted((a, b))) if symbol in "*+" else (symbol, a, b)
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(
            EvalCase(
                input=f"What is {a} {symbol} {b}?",
                expected=str(answer),
                checker="numeric",
                task_type="arithmetic",
                id=f"arith{ops.replace('*', 'x').replace('/', 'd')}-{seed}-{len(out)}",
                tags=["arithmetic", symbol],
            )
        )
    return out


def arithmetic_mixed_cases(size: int, seed: int) -> list[EvalCase]:
    """Half the cases ``*`` pinned to train; a quarter each ``+ - /`` pinned to validation and test.

    Train, validation and test are drawn from separate seeded streams, so a larger size extends each
    split rather than moving items between them."""
    if size < 3:
        raise ValidationError(f"suite 'arithmetic-mixed' needs at least 3 cases (one per split); got {size}")
    n_val = max(1, size // 4)
    n_test = max(1, size // 4)
    n_train = size - n_val - n_test
    parts = [
        ("train", n_train, arithmetic_cases(n_train, seed, "*")),
        ("validation", n_val, arithmetic_cases(n_val, seed, "+-/")),
        ("test", n_test, arithmetic_cases(n_test + 16, seed + 1_000_003, "-/+")),
    ]
    out: list[EvalCase] = []
    seen: set[str] = set()
    for split, wanted, cases in parts:
        # validation and test come from independent streams: a test item seen in validation is skipped
        fresh = [c for c in cases if c.input not in seen][:wanted]
        seen.update(c.input for c in fresh)
        out += [
            c.model_copy(update={"split": split, "id": f"arithmix-{seed}-{split}-{i}"})
            for i, c in enumerate(fresh)
        ]
    return out


SUITES = [
    GeneratedSuite(
        "arithmetic",
        lambda size, seed: arithmetic_cases(size, seed, "*"),
        description="two-digit multiplication 'What is A * B?' (calculator helps); numeric checker",
        default_size=16,
        full_size=200,
    ),
    GeneratedSuite(
        "arithmetic-mixed",
        arithmetic_mixed_cases,
        description=(
            "misfire check: train on 'A * B', validate and test on '+', '-' and integer '/' "
            "(splits pinned); numeric checker"
        ),
        default_size=24,
        full_size=300,
    ),
]


@hookimpl
def register_evaluators(registry: Any) -> None:
    for suite in SUITES:
        registry.add(suite, name=suite.name)
