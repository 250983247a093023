"""Bootstrap confidence intervals, paired where two arms saw the same items.

Pairing matters on small test sets: the same case is easy or hard for both arms, so resampling the
per-case differences (not each arm on its own) gives an interval for the gain that is far narrower and
still honest. Pure Python with a seeded generator, so a result file reproduces to the digit.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from pydantic import BaseModel


class Interval(BaseModel):
    mean: float
    low: float
    high: float
    n: int
    level: float = 0.95
    resamples: int = 0

    def fmt(self, pct: bool = True) -> str:
        if pct:
            return f"{self.mean:+.0%} [{self.low:+.0%}, {self.high:+.0%}]"
        return f"{self.mean:+.3f} [{self.low:+.3f}, {self.high:+.3f}]"


class PairedComparison(BaseModel):
    arm: str
    reference: str
    metric: str
    diff: Interval
    wins: int
    losses: int
    ties: int

    @property
    def significant(self) -> bool:
        """The interval excludes zero."""
        return self.diff.low > 0 or self.diff.high < 0


def _quantile(sorted_values: Sequence[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def bootstrap_mean(
    values: Sequence[float], *, resamples: int = 2000, level: float = 0.95, seed: int = 0
) -> Interval:
    """Percentile bootstrap interval of the mean of ``values``."""
    n = len(values)
    if n == 0:
        return Interval(mean=0.0, low=0.0, high=0.0, n=0, level=level, resamples=0)
    mean = sum(values) / n
    if n == 1 or len(set(values)) == 1:
        return Interval(mean=mean, low=mean, high=mean, n=n, level=level, resamples=resamples)
    rng = random.Random(seed)
    data = list(values)
    means = sorted(sum(rng.choices(data, k=n)) / n for _ in range(resamples))
    alpha = (1 - level) / 2
    return Interval(
        mean=mean,
        low=_quantile(means, alpha),
        high=_quantile(means, 1 - alpha),
        n=n,
        level=level,
        resamples=resamples,
    )


def paired_bootstrap(
    arm: Sequence[float],
    reference: Sequence[float],
    *,
    names: tuple[str, str] = ("arm", "reference"),
    metric: str = "success",
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> PairedComparison:
    """Interval of mean(arm - reference) over paired cases (same case, same seed, both arms)."""
    if len(arm) != len(reference):
        raise ValueError(f"paired samples differ in length: {len(arm)} vs {len(reference)}")
    diffs = [a - b for a, b in zip(arm, reference, strict=True)]
    return PairedComparison(
        arm=names[0],
        reference=names[1],
        metric=metric,
        diff=bootstrap_mean(diffs, resamples=resamples, level=level, seed=seed),
        wins=sum(d > 0 for d in diffs),
        losses=sum(d < 0 for d in diffs),
        ties=sum(d == 0 for d in diffs),
    )
