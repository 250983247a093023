"""``[plugin.research-muse]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any, Literal

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-muse"


class MuseSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    strategic_k: int = Field(default=2, ge=0, le=10)
    """Strategic memories (dilemma -> guidance) loaded into every prompt, whatever the lexical rank."""
    tool_notes: Literal["call", "prompt"] = "call"
    """``call``: tool notes are withheld from the prompt and shown when the agent calls that tool (needs
    ``strategy = "muse"``); ``prompt``: they stay in the prompt like other memories."""
    tiers: list[Literal["strategic", "procedural", "tool"]] = Field(
        default_factory=lambda: ["strategic", "procedural", "tool"]
    )
    """Which tiers the reflection step writes."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> MuseSettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, MuseSettings, registry, raw)
