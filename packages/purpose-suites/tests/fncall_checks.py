"""Checks the two function-calling suites' data share (imported by their tests)."""

from __future__ import annotations

from collections.abc import Sequence


def assert_distinct_and_varied(texts: Sequence[str]) -> None:
    """Every request is distinct, and no single two-word opening covers more than a few percent of them."""
    inputs = [t.casefold() for t in texts]
    assert len(set(inputs)) == len(inputs)
    openings: dict[str, int] = {}
    for text in inputs:
        key = " ".join(text.split()[:2])
        openings[key] = openings.get(key, 0) + 1
    assert max(openings.values()) < 0.06 * len(inputs)
