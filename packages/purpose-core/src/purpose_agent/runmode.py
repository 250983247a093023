"""Run modes decide what a run may write.

The distinction exists for honest evaluation: a test-split run must not be able to learn from the
test items, so EVAL_TEST opens storage read-only, which makes a write impossible rather than merely
forbidden.
"""

from __future__ import annotations

import enum

from purpose_agent.errors import ConfigError


class RunMode(enum.StrEnum):
    LEARNING_TRAIN = "learning_train"
    """Read and write: candidates are proposed, tested and promoted."""

    LEARNING_VALIDATION = "learning_validation"
    """Read, and stage candidates only; nothing is promoted."""

    EVAL_TEST = "eval_test"
    """No writes at all; storage is opened read-only."""

    @property
    def can_write(self) -> bool:
        return self is not RunMode.EVAL_TEST

    @property
    def can_promote(self) -> bool:
        return self is RunMode.LEARNING_TRAIN

    @classmethod
    def parse(cls, value: str | RunMode) -> RunMode:
        if isinstance(value, RunMode):
            return value
        key = str(value).strip().lower().replace("-", "_")
        for mode in cls:
            if key in (mode.value, mode.name.lower()):
                return mode

        names = ", ".join(m.value for m in cls)
        raise ConfigError(f"unknown run mode {value!r}; use one of: {names}")
