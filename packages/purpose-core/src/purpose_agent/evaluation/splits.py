"""Train/validation/test splits fixed by a seed and recorded by content hash.

The split depends only on the cases' content and the seed (cases are ordered by hash before the seeded
shuffle), so the same suite and seed give the same split whatever order the cases arrive in, and the
recorded hashes let a second run prove it evaluated the same items.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

from pydantic import BaseModel, Field

from purpose_agent.errors import ValidationError
from purpose_agent.evaluation.cases import EvalCase

SPLITS = ("train", "validation", "test")


class SplitRecord(BaseModel):
    n: int
    hash: str
    """sha256 over the sorted case hashes: equal hashes mean the same items."""
    items: list[str] = Field(default_factory=list)


class Splits(BaseModel):
    model_config = {"arbitrary_types_allowed": True}

    seed: int
    train: list[EvalCase]
    validation: list[EvalCase]
    test: list[EvalCase]

    def record(self) -> dict[str, SplitRecord]:
        return {name: _record(getattr(self, name)) for name in SPLITS}


def _record(cases: Sequence[EvalCase]) -> SplitRecord:
    hashes = sorted(c.content_hash for c in cases)
    digest = hashlib.sha256("\n".join(hashes).encode("ascii")).hexdigest()
    return SplitRecord(n=len(hashes), hash=digest, items=hashes)


def split_cases(
    cases: Sequence[EvalCase],
    *,
    seed: int,
    validation: float = 0.25,
    test: float = 0.25,
    suite: str = "suite",
) -> Splits:
    """Pinned cases keep their split; the rest are cut by the fractions after a seeded shuffle."""
    if not 0 <= validation < 1 or not 0 < test < 1 or validation + test >= 1:
        raise ValidationError(
            f"split fractions validation={validation} test={test} must be in [0, 1) and leave room for train"
        )
    pinned: dict[str, list[EvalCase]] = {name: [] for name in SPLITS}
    free: list[EvalCase] = []
    for case in cases:
        if case.split is None:
            free.append(case)
        elif case.split in pinned:
            pinned[case.split].append(case)
        else:
            raise ValidationError(
                f"suite {suite!r}, case {case.id}: split {case.split!r} is not one of {', '.join(SPLITS)}"
            )
    free.sort(key=lambda c: c.content_hash)
    random.Random(seed).shuffle(free)
    n_test = round(len(free) * test) if not pinned["test"] else 0
    n_val = round(len(free) * validation) if not pinned["validation"] else 0
    out = Splits(
        seed=seed,
        test=pinned["test"] + free[:n_test],
        validation=pinned["validation"] + free[n_test : n_test + n_val],
        train=pinned["train"] + free[n_test + n_val :],
    )
    if not out.test:
        raise ValidationError(
            f"suite {suite!r} has {len(cases)} case(s) and the split leaves the test set empty; use a larger "
            f'size, a larger --test fraction, or pin some cases with "split": "test"'
        )
    overlap = {c.input_hash for c in out.test} & {c.input_hash for c in out.train + out.validation}
    if overlap:
        raise ValidationError(
            f"suite {suite!r}: {len(overlap)} test item(s) also appear in train or validation; "
            f"remove the duplicates so the test set is unseen"
        )
    return out
