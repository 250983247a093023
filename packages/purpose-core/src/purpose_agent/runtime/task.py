"""What an episode is given (a task) and what it returns (a result).

Results are pydantic models because they are written into traces, benchmark reports and JSON output.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.types import Score


class Task(BaseModel):
    """One unit of work. ``expected`` lets a deterministic checker judge instead of the LLM judge."""

    input: str
    expected: str | None = None
    checker: str | None = None
    """Name of a deterministic checker (``numeric``, ``exact``, ``contains``); defaults from ``expected``."""
    task_type: str = "general"
    """What sort of task this is; memories scoped to another task type are not shown. ``general`` means
    unspecified and matches only memories without a task type."""
    split: str = "train"
    id: str | None = None
    tags: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class EpisodeJob:
    """One episode to run: a task and the ``Team.run_chain`` options it runs with. The learn loop hands
    batches of these to a ``run_batch`` callable (an executor's ``run_episodes``, from purpose-executors)."""

    task: Any
    run_mode: Any = None
    extra_cards: tuple[Any, ...] = ()
    use_memory: bool = True
    learn: bool | None = None

    def options(self) -> dict[str, Any]:
        return {
            "run_mode": self.run_mode,
            "extra_cards": list(self.extra_cards),
            "use_memory": self.use_memory,
            "learn": self.learn,
        }


class EpisodeStatus(enum.StrEnum):
    COMPLETED = "completed"
    """A final answer was given."""
    BUDGET_EXHAUSTED = "budget_exhausted"
    """Steps, tokens or time ran out before a final answer."""
    BACKEND_ERROR = "backend_error"
    """The model failed (timeout, server gone, unusable output after retries)."""
    INVALID_TASK = "invalid_task"
    """The task was empty or too large to run."""
    ERROR = "error"
    """The store or a plugin failed; the trace says where."""


class Step(BaseModel):
    index: int
    action: str
    arguments: dict[str, Any] = Field(default_factory=dict)
    observation: str = ""
    tool_status: str = ""
    suggested: bool = False
    """The action equals the step a promoted skill card offered."""


class EpisodeResult(BaseModel):
    answer: str = ""
    status: EpisodeStatus = EpisodeStatus.COMPLETED
    score: Score | None = None
    steps: list[Step] = Field(default_factory=list)
    trace_id: str = ""
    trace_path: str | None = None
    memory_ids: list[str] = Field(default_factory=list)
    """Cards shown in the prompt (credited after judging)."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    model_seconds: float = 0.0
    run_mode: str = "learning_train"
    immune: str = "on"
    candidates: list[Any] = Field(default_factory=list)
    """What learning admitted from this episode (its ``CandidateOutcome`` records, added by the learner
    the episode was given; the runtime itself never learns). :class:`purpose_team.TeamResult` (the
    purpose-team distribution) types them."""
    error: str | None = None

    def __str__(self) -> str:
        """``print(result)`` prints the answer (the full record is ``repr`` / ``model_dump``)."""
        return self.answer

    @property
    def success(self) -> bool:
        return self.score is not None and self.score.value >= 0.5

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class JudgedEpisode:
    """An episode after it was judged: what a learner (and every optimizer) is given."""

    purpose: str
    task: Task
    result: EpisodeResult
    scope: MemoryScope = field(default_factory=MemoryScope)
    shown_cards: Sequence[MemoryCard] = ()
