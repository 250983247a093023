"""``[plugin.research-retroformer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-retroformer"


class RetroformerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model: str | None = None
    """Model for the retrospective step; None uses the configured default model."""
    on: str = Field(default="failures", pattern="^(failures|all)$")
    """Reflect on failed episodes only (the paper) or on every judged episode."""
    max_tokens: int = Field(default=96, ge=16, le=512)
    exemplars: int = Field(default=2, ge=0, le=5)
    """Reflections that later helped, shown as examples in the retrospective prompt."""
    record_path: str | None = None
    """JSON file that keeps the helped/failed record across processes (None: this process only)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> RetroformerSettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, RetroformerSettings, registry, raw)
