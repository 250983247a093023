"""Trace records: a header line, then one event per line, all schema-versioned.

A trace is the evidence behind every learned memory and every reported score, so its shape is explicit:
a reader can tell which plugins and run mode produced it and which memories each prompt showed.
"""

from __future__ import annotations

import enum
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

#: A plugin's own event types are namespaced: ``myplugin.something``.
CUSTOM_TYPE = re.compile(r"^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_.-]*$")


class EventType(enum.StrEnum):
    PROMPT_COMPILED = "prompt_compiled"
    MODEL_CALL = "model_call"
    TOOL_CALL = "tool_call"
    OBSERVATION = "observation"
    SCORE = "score"
    CANDIDATE_PROPOSED = "candidate_proposed"
    NOTE = "note"
    ERROR = "error"
    EPISODE_FINISHED = "episode_finished"


class TraceHeader(BaseModel):
    model_config = ConfigDict(extra="allow")

    type: str = "header"
    schema_version: int = SCHEMA_VERSION
    trace_id: str
    episode_id: str
    run_mode: str
    plugins: list[dict[str, str]] = Field(default_factory=list)
    """The loaded plugin set (name, distribution, version): enough to reproduce the run."""
    started_at: str
    task: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)


class TraceEvent(BaseModel):
    type: str
    ts: float
    seq: int
    data: dict[str, Any] = Field(default_factory=dict)

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value in EventType.__members__.values() or CUSTOM_TYPE.match(value):
            return value
        known = ", ".join(e.value for e in EventType)
        raise ValueError(f"unknown trace event type {value!r}; use one of {known} or 'plugin.name'")
