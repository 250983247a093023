"""Deterministic checkers: when a task has a known answer, no LLM judge may overrule it."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

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


Checker = Callable[[str, str], tuple[bool, str]]

#: The built-in checkers, read-only. More come from plugins (``register_checkers``) and from the caller of
#: one run (a benchmark suite's own checkers): :func:`check` is given the mapping for its run, so nothing
#: global is ever patched.
CHECKERS: Mapping[str, Checker] = MappingProxyType({"numeric": numeric, "exact": exact, "contains": contains})


def checkers_for(manager: Any = None, extra: Mapping[str, Checker] | None = None) -> dict[str, Checker]:
    """The checkers one run may use: built-in, then registered by plugins, then the run's own."""
    found: dict[str, Checker] = dict(CHECKERS)
    if manager is not None:
        found.update({entry.name: entry.item for entry in manager.checkers().entries()})
    found.update(extra or {})
    return found


def default_checker(expected: str) -> str:
    return "numeric" if _numbers(expected) and _NUMBER.fullmatch(expected.strip()) else "contains"


def check(
    answer: str, expected: str, checker: str | None = None, *, checkers: Mapping[str, Checker] | None = None
) -> Score:
    """Score ``answer`` against ``expected`` with the named checker (default: by the expected value's
    shape), looked up in ``checkers`` (default: the built-in ones)."""
    table = CHECKERS if checkers is None else checkers
    name = checker or default_checker(expected)
    if name not in table:
        from purpose_agent.errors import ValidationError

        raise ValidationError(f"unknown checker {name!r}; use one of: {', '.join(table)}")
    ok, why = table[name](answer, expected)
    return Score(
        value=1.0 if ok else 0.0,
        confidence=1.0,
        evidence=[f"answer: {answer[:200]!r}", f"expected: {expected!r}"],
        reasoning=why,
        evaluator=f"checker:{name}",
        deterministic=True,
    )
