"""Structured fields of the seven built-in kinds.

Small models copy concrete material far better than they follow abstract advice, so the schemas carry
concrete material: a skill card holds replayable tool-call steps with named slots, an episodic case holds
the task, the actions taken and the answer that was judged correct. Every field has a default so a card
can start as prose and gain structure as optimizers learn more.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_SLOT = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToolStep(_Fields):
    """One tool call: ``arguments`` may hold ``{slot}`` placeholders filled from the task at replay time."""

    tool: str = Field(min_length=1, max_length=64)
    arguments: dict[str, Any] = Field(default_factory=dict)
    note: str = Field(default="", max_length=500)
    result: str = Field(default="", max_length=1000)
    """What the call returned when this step was observed (episodic cases)."""


def slots_in(value: Any) -> set[str]:
    if isinstance(value, str):
        return set(_SLOT.findall(value))
    if isinstance(value, dict):
        return set().union(*(slots_in(v) for v in value.values())) if value else set()
    if isinstance(value, list | tuple):
        return set().union(*(slots_in(v) for v in value)) if value else set()
    return set()


class PurposeContractFields(_Fields):
    purpose: str = Field(default="", max_length=2000)
    success_criteria: list[str] = Field(default_factory=list, max_length=20)
    constraints: list[str] = Field(default_factory=list, max_length=20)


class UserPreferenceFields(_Fields):
    strength: Literal["must", "prefer"] = "prefer"
    applies_to: str = Field(default="", max_length=200)


class SkillCardFields(_Fields):
    """A procedure: when to use it, named slots, and the tool calls to make in order."""

    name: str = Field(default="", max_length=120)
    when_to_use: str = Field(default="", max_length=500)
    slots: list[str] = Field(default_factory=list, max_length=20)
    slot_types: list[Literal["int", "float", "str", "any", "expression"]] = Field(
        default_factory=list, max_length=20
    )
    """The type of each slot's value where it was learned: part of the structure the card applies to."""
    steps: list[ToolStep] = Field(default_factory=list, max_length=20)
    final_answer: str = Field(default="", max_length=500)
    """Template of the answer after the steps, e.g. ``"{result}"``."""

    @model_validator(mode="after")
    def _slots_declared(self) -> SkillCardFields:
        used = slots_in([s.arguments for s in self.steps]) | slots_in(self.final_answer)
        used -= {"result"}
        missing = sorted(used - set(self.slots))
        if missing:
            raise ValueError(f"steps use slot(s) {', '.join(missing)} that are not listed in 'slots'")
        return self


class Demonstration(_Fields):
    """One solved request kept as a worked example: the request, its tool calls, the judged answer."""

    task: str = Field(min_length=1, max_length=500)
    actions: list[ToolStep] = Field(default_factory=list, max_length=4)
    answer: str = Field(default="", max_length=300)


class EpisodicCaseFields(_Fields):
    """A solved (or failed) episode: the closest thing to a worked example a small model can copy.

    A *demonstration set* (``purpose_optimizers.demonstrations``) is one card of this kind whose
    ``demonstrations`` hold several solved requests; retrieval shows the nearest of them for a task.
    """

    task: str = Field(default="", max_length=2000)
    actions: list[ToolStep] = Field(default_factory=list, max_length=20)
    answer: str = Field(default="", max_length=2000)
    outcome: Literal["success", "failure", "partial"] = "success"
    score: float | None = Field(default=None, ge=0.0, le=1.0)
    demonstrations: list[Demonstration] = Field(default_factory=list, max_length=12)


class FailurePatternFields(_Fields):
    trigger: str = Field(default="", max_length=500)
    symptom: str = Field(default="", max_length=500)
    fix: str = Field(default="", max_length=1000)


class CriticCalibrationFields(_Fields):
    """How the judge should score a kind of answer: an anchored example with the right score."""

    criterion: str = Field(default="", max_length=500)
    example: str = Field(default="", max_length=2000)
    expected_score: float | None = Field(default=None, ge=0.0, le=1.0)
    bias: Literal["none", "too_lenient", "too_strict"] = "none"


class ToolPolicyFields(_Fields):
    tool: str = Field(default="", max_length=64)
    rule: Literal["prefer", "avoid", "require", "forbid", "how_to"] = "how_to"
    when: str = Field(default="", max_length=500)
    example_arguments: dict[str, Any] = Field(default_factory=dict)

    @field_validator("tool")
    @classmethod
    def _tool(cls, value: str) -> str:
        return value.strip()
