"""Values that cross plugin boundaries: scan findings, tool results, scores.

Pydantic models, because they are serialized into traces and cards and validated when a third-party
plugin hands them back. Memory cards live in :mod:`purpose_agent.memory`.
"""

from __future__ import annotations

import enum
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field, model_validator


class Severity(enum.StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


#: The families a person recognises, keyed by the prefix a detector writes before its dot.
THREAT_CATEGORIES: dict[str, str] = {
    "injection": "prompt_injection",
    "prompt_injection": "prompt_injection",
    "score_hacking": "score_hacking",
    "tool_misuse": "tool_misuse",
    "privacy": "privacy",
    "scope": "scope",
}

#: Findings whose harm does not depend on context: the lowest severity they may carry. An instruction
#: override or a leaked secret is critical wherever it appears, whatever the detector's rule said.
SEVERITY_FLOOR: dict[str, Severity] = {
    "prompt_injection.override": Severity.CRITICAL,
    "prompt_injection.restriction_removal": Severity.CRITICAL,
    "prompt_injection.memory_persistence": Severity.CRITICAL,
    "privacy.secret": Severity.CRITICAL,
}


def threat_category(category: str) -> tuple[str, str]:
    """``(family, detail)`` of a detector's category: ``injection.override`` -> ``prompt_injection``.

    Detectors name findings with dotted sub-categories (precise, good for tuning); a reader wants the
    family. ``llm_judge.injection`` names its family after the prefix. A category outside the known
    families is kept as given, so a third-party scanner's own names survive.
    """
    parts = category.split(".")
    if parts[0] in ("llm_judge", "classifier") and len(parts) > 1:
        parts = parts[1:]
    family = THREAT_CATEGORIES.get(parts[0], category)
    return family, category if "." in category else ""


class Threat(BaseModel):
    """One finding of one scanner.

    ``category`` is the family a person recognises (``prompt_injection``, ``score_hacking``,
    ``tool_misuse``, ``privacy``, ``scope``); ``detail`` keeps the detector's dotted sub-category
    (``injection.override``). A scanner may pass either: a dotted category is split into the two.
    """

    scanner: str
    category: str
    detail: str = ""
    """The detector's own sub-category, e.g. ``injection.override`` (empty when it gave only a family)."""
    severity: Severity = Severity.HIGH
    message: str
    evidence: str = ""
    """The matched text (already redacted when it is a secret)."""

    @model_validator(mode="before")
    @classmethod
    def _family(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get("category"), str):
            return data
        family, detail = threat_category(data["category"])
        data = {**data, "category": family, "detail": data.get("detail") or detail}
        floor = SEVERITY_FLOOR.get(f"{family}.{str(data['detail']).rsplit('.', 1)[-1]}")
        if floor is not None and data["detail"]:
            given = data.get("severity", Severity.HIGH)
            try:
                given = Severity(given)
            except ValueError:
                return data  # the field validator names the bad value
            if given.rank < floor.rank:
                data["severity"] = floor
        return data

    @property
    def subcategory(self) -> str:
        """The detail when there is one, else the family: the most precise name for the finding."""
        return self.detail or self.category


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
    opinion: bool = False
    """The judge found no external evidence (observation, tool result, document or expected answer) for
    its score: it is the model's opinion, capped and at low confidence."""
