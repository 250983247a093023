"""``[plugin.research-dspy]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-dspy"


class DSPySettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    metric_threshold: float = Field(default=1.0, ge=0.0, le=1.0)
    """A trace becomes a demo only when its judged score reaches this (DSPy's metric)."""
    max_bootstrapped_demos: int = Field(default=8, ge=0, le=1000)
    """Demos proposed per (team, task type) in one process (BootstrapFewShot's cap)."""
    max_labeled_demos: int = Field(default=0, ge=0, le=1000)
    """Plain question -> answer demos from training labels, without a trajectory (0: none)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> DSPySettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, DSPySettings, registry, raw)
