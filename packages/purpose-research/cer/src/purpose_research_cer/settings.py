"""``[plugin.research-cer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-cer"


class CERSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dynamics: bool = True
    """Distil environment dynamics (what a tool does with given arguments) into tool_policy cards."""
    skills: bool = True
    """Distil solved trajectories into skill cards (procedures with slots)."""
    min_support: int = Field(default=1, ge=1, le=100)
    """Times an item must be seen (merged duplicates count) before it is proposed."""
    buffer_size: int = Field(default=512, ge=1, le=100_000)
    """Distinct items the replay buffer remembers (oldest forgotten first)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> CERSettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, CERSettings, registry, raw)
