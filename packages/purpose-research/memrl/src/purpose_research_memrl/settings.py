"""``[plugin.research-memrl]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-memrl"


class MemRLSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    utility_weight: float = Field(default=0.5, ge=0.0, le=1.0)
    """lambda: phase-B score = (1 - lambda) * similarity + lambda * Q (both min-max normalised)."""
    recall_k: int = Field(default=24, ge=1, le=500)
    """Phase A: how many candidates semantic recall gathers before utility selection."""
    min_similarity: float = Field(default=0.3, ge=0.0, le=1.0)
    """Phase A: drop candidates whose similarity is below this fraction of the best one's."""
    explore_shown_below: int = Field(default=0, ge=0)
    """Cards shown fewer times than this keep an optimistic Q of 1.0 (0 turns exploration off)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> MemRLSettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, MemRLSettings, registry, raw)
