"""``[plugin.research-self-taught]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

from purpose_research_self_taught.contrast import PERSPECTIVES

SECTION = "research-self-taught"


class SelfTaughtSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    perspectives: list[str] = Field(default_factory=lambda: list(PERSPECTIVES), min_length=1, max_length=8)
    """Judging perspectives sampled on each pair ("" is plain Φ); two judge calls each."""
    iterations: int = Field(default=2, ge=1, le=10)
    min_observations: int = Field(default=2, ge=1)
    """An episode needs this many tool observations to offer a different subject for x'."""


def load(raw: dict[str, Any] | None = None) -> SelfTaughtSettings:
    return plugin_settings(SECTION, SelfTaughtSettings, raw=raw)
