"""Built-in plugin: the generated arithmetic suites (the project's own data, seeded, exact answers).

Two-digit multiplication is what the embedded 135M model cannot do alone but can do by handing the
calculator the right expression, so it shows what learned procedures can and cannot add. Items are
unique up to commutation, so no test item is a reordered copy of a training item.
"""

from __future__ import annotations

import random
from typing import Any

from purpose_agent.evaluation.cases import EvalCase
from purpose_agent.evaluation.suites import GeneratedSuite
from purpose_agent.hookspecs import hookimpl

PLUGIN_NAME = "core-suites"

_OPS = {
    "*": (lambda a, b: a * b, (11, 99)),
    "+": (lambda a, b: a + b, (100, 999)),
    "-": (lambda a, b: a - b, (100, 999)),
}


def arithmetic_cases(size: int, seed: int, ops: str = "*") -> list[EvalCase]:
    symbols = [s for s in ops if s in _OPS]
    rng = random.Random(f"arithmetic:{ops}:{seed}")
    seen: set[tuple[str, int, int]] = set()
    out: list[EvalCase] = []
    while len(out) < size:
        symbol = symbols[len(out) % len(symbols)]
        fn, (lo, hi) = _OPS[symbol]
        a, b = rng.randint(lo, hi), rng.randint(lo, hi)
        key = (symbol, *sorted((a, b))) if symbol in "*+" else (symbol, a, b)
        if key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(
            EvalCase(
                input=f"What is {a} {symbol} {b}?",
                expected=str(fn(a, b)),
                checker="numeric",
                task_type="arithmetic",
                id=f"arith{ops.replace('*', 'x')}-{seed}-{len(out)}",
                tags=["arithmetic", symbol],
            )
        )
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
        lambda size, seed: arithmetic_cases(size, seed, "*+-"),
        description="multiplication, three-digit addition and subtraction in turn; numeric checker",
        default_size=16,
        full_size=300,
    ),
]


@hookimpl
def register_evaluators(registry: Any) -> None:
    for suite in SUITES:
        registry.add(suite, name=suite.name)
