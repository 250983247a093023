"""Measuring a critic-calibration technique on its labelled judging set, the same way for every technique.

Why here: the self-play critic and meta-rewarding measure alike (split the distribution's judging set,
run the technique in a throw-away store, report agreement before and after through memory CI), and their
``python -m ... measure`` commands and the :class:`~purpose_testing.MeasurementContract` tests must
agree on how. The judging set itself is read with :func:`purpose_eval.calibration.load_items`
(purpose-eval: the ``measuring`` extra; every technique that measures depends on it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SPLITS", "measure_on_splits", "print_decisions"]

SPLITS = ("train", "validation", "test")


def measure_on_splits(
    technique: Callable[..., Any], backend: Any, package: str, limit: int | None = None
) -> dict[str, Any]:
    """``technique(backend, store=, manager=, train=, validation=, test=)`` on ``package``'s judging set.

    Each split keeps at most ``limit`` items (all when None); the store is a scratch one with a stand-in
    scanner, removed afterwards. Returns the technique's report as a plain dict.
    """
    from purpose_eval.calibration import load_items

    from purpose_testing.embedded import scratch_store

    items = load_items(package)
    split = {s: [i for i in items if i.split == s][:limit] for s in SPLITS}
    with scratch_store() as (store, manager):
        report = technique(backend, store=store, manager=manager, **split)
    return report.model_dump()


def print_decisions(report: dict[str, Any]) -> None:
    """One line per memory CI outcome: the status and the start of its reason."""
    for outcome in report["outcomes"]:
        print(f"  {outcome['status']:<12} {outcome['reason'][:100]}")
