"""What a strategy receives and returns; strategies are plugins (``register_strategies``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from purpose_agent.config import BudgetsConfig
from purpose_agent.llm.protocol import Backend, Message, ToolSpec
from purpose_agent.runtime.procedures import Procedure
from purpose_agent.runtime.task import EpisodeStatus, Step, Task
from purpose_agent.types import ToolResult


class ToolProvider(Protocol):
    def specs(self) -> list[ToolSpec]: ...

    def call(self, name: str, arguments: dict[str, Any]) -> ToolResult: ...


TraceSink = Callable[..., None]


@dataclass
class StrategyContext:
    task: Task
    backend: Backend
    tools: ToolProvider
    messages: list[Message]
    """The compiled prompt (purpose, role, memories, tool specs); the strategy adds its scratchpad."""
    budgets: BudgetsConfig
    trace: TraceSink
    procedures: Sequence[tuple[str, Procedure]] = ()
    """(card id, procedure) pairs from promoted skill cards, offered as suggested next steps."""
    started: float = field(default_factory=time.monotonic)
    on_token: Callable[[str], None] | None = None
    """When set, the strategy streams model output and passes each piece here as it arrives."""

    @property
    def deadline(self) -> float:
        return self.started + self.budgets.max_seconds


@dataclass
class StrategyOutcome:
    answer: str
    status: EpisodeStatus
    steps: list[Step]
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model_seconds: float = 0.0
    error: str | None = None
    used_procedures: list[str] = field(default_factory=list)


class Strategy(Protocol):
    name: str

    def run(self, ctx: StrategyContext) -> StrategyOutcome: ...
