"""Values that cross plugin boundaries: scan findings, tool results, scores.

Pydantic models, because they are serialized into traces and cards and validated when a third-party
plugin hands them back. Memory cards live in :mod:`purpose_agent.memory`.
"""

from __future__ import annotations

import enum
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field


class Severity(enum.StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Threat(BaseModel):
    """One finding of one scanner."""

    scanner: str
    category: str
    severity: Severity = Severity.HIGH
    message: str
    evidence: str = ""
    """The matched text (already redacted when it is a secret)."""


class ScanResult(BaseModel):
    passed: bool
    threats: list[Threat] = Field(default_factory=list)
    severity: Severity = Severity.NONE
    details: dict[str, Any] = Field(default_factory=dict)
    """Which scanners ran, their errors, timings, and whether the immune system was off."""


@runtime_checkable
class Scanner(Protocol):
    name: str
    categories: tuple[str, ...]

    def scan(self, item: Any) -> list[Threat]:
        """Return threats found in ``item`` (a :class:`purpose_agent.immune.ScanItem`)."""
        ...


ToolStatus = Literal["ok", "error", "timeout", "limit", "refused", "invalid_arguments"]


class ToolResult(BaseModel):
    """How a tool call ended: an observation for the agent, never an exception."""

    status: ToolStatus = "ok"
    output: str = ""
    error: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def as_observation(self) -> str:
        if self.ok:
            return self.output
        return f"[{self.status}] {self.error or self.output}".strip()


@runtime_checkable
class Tool(Protocol):
    name: str
    description: str
    parameters: dict[str, Any]
    timeout_s: float

    def run(self, **arguments: Any) -> ToolResult: ...


class Score(BaseModel):
    """A judgement on a stated scale: 0.0 (no progress) to 1.0 (purpose fully met)."""

    value: float = Field(ge=0.0, le=1.0)
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    """Quotes from the observed state that justify the score (never the actor's own claims)."""
    reasoning: str = ""
    evaluator: str = ""
    deterministic: bool = False
