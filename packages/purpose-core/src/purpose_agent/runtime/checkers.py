"""Deterministic checkers: when a task has a known answer, no LLM judge may overrule it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from purpose_agent.types import Score

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _numbers(text: str) -> list[float]:
    out = []
    for match in _NUMBER.findall(text or ""):
        try:
            out.append(float(match.replace(",", "")))
        except ValueError:
            continue
    return out


def numeric(answer: str, expected: str) -> tuple[bool, str]:
    """The answer's last number equals the expected number (relative tolerance 1e-6)."""
    want = _numbers(expected)
    got = _numbers(answer)
    if not want:
        return False, f"expected value {expected!r} is not a number"
    if not got:
        return False, "the answer contains no number"
    ok = math.isclose(got[-1], want[-1], rel_tol=1e-6, abs_tol=1e-9)
    return ok, f"answer number {got[-1]:g} {'==' if ok else '!='} expected {want[-1]:g}"


def exact(answer: str, expected: str) -> tuple[bool, str]:
    ok = answer.strip().casefold() == expected.strip().casefold()
    return ok, f"answer {'equals' if ok else 'differs from'} expected {expected!r}"


def contains(answer: str, expected: str) -> tuple[bool, str]:
    ok = expected.strip().casefold() in answer.casefold()
    return ok, f"expected {expected!r} {'found' if ok else 'not found'} in the answer"


CHECKERS: dict[str, Callable[[str, str], tuple[bool, str]]] = {
    "numeric": numeric,
    "exact": exact,
    "contains": contains,
}


def default_checker(expected: str) -> str:
    return "numeric" if _numbers(expected) and _NUMBER.fullmatch(expected.strip()) else "contains"


def check(answer: str, expected: str, checker: str | None = None) -> Score:
    name = checker or default_checker(expected)
    if name not in CHECKERS:
        from purpose_agent.errors import ValidationError

        raise ValidationError(f"unknown checker {name!r}; use one of: {', '.join(CHECKERS)}")
    ok, why = CHECKERS[name](answer, expected)
    return Score(
        value=1.0 if ok else 0.0,
        confidence=1.0,
        evidence=[f"answer: {answer[:200]!r}", f"expected: {expected!r}"],
        reasoning=why,
        evaluator=f"checker:{name}",
        deterministic=True,
    )
