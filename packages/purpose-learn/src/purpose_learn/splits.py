"""Train/validation/test splits fixed by a seed and recorded by content hash.

The split depends only on the cases' content and the seed (cases are ordered by hash before the seeded
shuffle), so the same suite and seed give the same split whatever order the cases arrive in, and the
recorded hashes let a second run prove it evaluated the same items.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

from purpose_agent.plugin import ValidationError
from pydantic import BaseModel, Field

from purpose_learn.case import EvalCase

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
    """Pinned cases keep their split; the rest are cut by the fractions after a seeded shuffle.

    When any case has a ``group``, whole groups are cut instead (see :func:`_split_groups`); suites
    without groups split exactly as before, so their recorded hashes do not change."""
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
    if any(c.group is not None for c in cases):
        out = _split_groups(pinned, free, seed=seed, validation=validation, test=test, suite=suite)
    else:
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


def _split_groups(
    pinned: dict[str, list[EvalCase]],
    free: list[EvalCase],
    *,
    seed: int,
    validation: float,
    test: float,
    suite: str,
) -> Splits:
    """Whole groups go to one split: the fractions count groups, not cases.

    Groups are ordered by the hash of their name, then shuffled by the seed (so the split depends only
    on content and seed, as for ungrouped cases). A case without a group is a group of its own. Free
    cases of a group that has pinned cases join the pinned split; a group pinned to two splits is refused.
    """
    home: dict[str, str] = {}
    for name in SPLITS:
        for case in pinned[name]:
            if case.group is None:
                continue
            if home.setdefault(case.group, name) != name:
                raise ValidationError(
                    f"suite {suite!r}: group {case.group!r} has cases pinned to both {home[case.group]} and "
                    f"{name}; a group must stay in one split"
                )
    joined: dict[str, list[EvalCase]] = {name: list(pinned[name]) for name in SPLITS}
    groups: dict[str, list[EvalCase]] = {}
    for case in free:
        key = case.group if case.group is not None else f"\x00{case.content_hash}"
        if key in home:
            joined[home[key]].append(case)
        else:
            groups.setdefault(key, []).append(case)
    keys = sorted(groups, key=lambda g: hashlib.sha256(g.encode("utf-8")).hexdigest())
    random.Random(seed).shuffle(keys)
    n_test = 0 if pinned["test"] else round(len(keys) * test)
    if not pinned["test"] and n_test == 0 and len(keys) >= 2:
        n_test = 1
    n_val = 0 if pinned["validation"] else round(len(keys) * validation)

    def take(chosen: list[str]) -> list[EvalCase]:
        return [c for key in chosen for c in sorted(groups[key], key=lambda c: c.content_hash)]

    out = Splits(
        seed=seed,
        test=joined["test"] + take(keys[:n_test]),
        validation=joined["validation"] + take(keys[n_test : n_test + n_val]),
        train=joined["train"] + take(keys[n_test + n_val :]),
    )
    seen = {c.group for c in out.train + out.validation if c.group is not None}
    shared = sorted({c.group for c in out.test if c.group is not None} & seen)
    if shared:
        raise ValidationError(
            f"suite {suite!r}: group(s) {', '.join(shared[:5])} appear in test and in train or validation"
        )
    return out
