"""The evaluation port's vocabulary: a case (data plus a way to check it) and the scores it comes back with.

A case is content-addressed: its hash covers the normalized input and the expected answer, so a split can
be recorded as a list of hashes and a second run can prove it evaluated the same items.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from purpose_agent.plugin import Task
from pydantic import BaseModel, ConfigDict, Field

CheckFn = Callable[[str, "EvalCase"], bool | float]
"""A suite's own checker: ``check(answer, case)`` returns True/False or a score in [0, 1]."""

ToolFactory = Callable[[], Sequence[Any]]
"""Makes the tools one episode of a case gets (called once per episode, so each episode starts fresh)."""

_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = ".?!:;,\"' "


def normalize(text: str) -> str:
    """Case-folded, whitespace-collapsed, without edge punctuation: the form hashes and searches compare."""
    return _SPACE.sub(" ", (text or "").casefold()).strip().strip(_EDGE_PUNCT)


def text_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


class EvalCase(BaseModel):
    """One evaluation item: ``input`` plus ``expected`` and/or a ``checker`` (a name or a function)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    input: str
    expected: str | None = None
    checker: str | CheckFn | None = None
    """A built-in checker name (``numeric``, ``exact``, ``contains``) or ``check(answer, case)``."""
    split: str | None = None
    """``train``, ``validation`` or ``test`` to pin the item; None lets the seeded split decide."""
    tags: list[str] = Field(default_factory=list)
    task_type: str = "general"
    id: str | None = None
    group: str | None = None
    """Cases of one group (the function a request calls, the generator a puzzle came from) are split
    together, so no test group is seen in training or validation. Not part of the content hash."""
    tools: ToolFactory | None = None
    """Tools only this case's episodes get, made anew for every episode (a text game's action tool
    holding that episode's game), so a replay or a second arm never continues an earlier episode's
    state. The case's checker may read what the episode did through them; a tool with ``close()`` is
    closed when its episode has been judged."""

    @property
    def input_hash(self) -> str:
        return text_hash(self.input)

    @property
    def content_hash(self) -> str:
        """Input and expected answer together: two cases with the same hash are the same item."""
        raw = normalize(self.input) + "\x00" + normalize(self.expected or "")
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    @property
    def custom_checker(self) -> CheckFn | None:
        return self.checker if callable(self.checker) else None

    def to_task(self, *, split: str, checker_name: str | None = None) -> Task:
        """The runtime's task; a function checker runs under ``checker_name`` (registered by the suite)."""
        name = checker_name if self.custom_checker is not None else self.checker
        expected = self.expected
        if self.custom_checker is not None and expected is None:
            expected = ""  # the judge runs the checker only when the task has an expected value
        return Task(
            input=self.input,
            expected=expected,
            checker=name if isinstance(name, str) else None,
            task_type=self.task_type,
            split=split,
            id=self.id,
            tags=list(self.tags),
        )

    def record(self) -> dict[str, Any]:
        """What a result file keeps about the case (never the function)."""
        return {
            "id": self.id,
            "hash": self.content_hash,
            "input": self.input,
            "expected": self.expected,
            "checker": self.checker if isinstance(self.checker, str) else "custom" if self.checker else None,
            **({"group": self.group} if self.group is not None else {}),
        }


class ScoreBundle(BaseModel):
    """What one case scored in one arm: the numbers every report and statistic is built from."""

    case_id: str
    case_hash: str
    success: bool
    phi: float
    """The purpose function's score (a deterministic checker's when the case has one)."""
    tokens: int
    seconds: float
    status: str
    answer: str = ""
    memory_ids: list[str] = Field(default_factory=list)

    @classmethod
    def from_result(cls, case: EvalCase, result: Any) -> ScoreBundle:
        phi = result.score.value if result.score is not None else 0.0
        return cls(
            case_id=case.id or case.content_hash[:12],
            case_hash=case.content_hash,
            success=bool(result.success),
            phi=phi,
            tokens=int(result.tokens),
            seconds=float(result.seconds),
            status=str(result.status.value if hasattr(result.status, "value") else result.status),
            answer=(result.answer or "")[:500],
            memory_ids=list(result.memory_ids),
        )
