"""``[plugin.research-meta-rewarding]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

from purpose_research_meta_rewarding.meta import PERSPECTIVES

SECTION = "research-meta-rewarding"


class MetaSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    perspectives: list[str] = Field(default_factory=lambda: list(PERSPECTIVES), min_length=2, max_length=8)
    """Judging perspectives Φ's judgments are sampled under (one judge call each)."""
    min_gap: float = Field(default=0.3, ge=0.0, le=1.0)
    """Only pairs whose scores differ by this much are meta-judged (two meta-judge calls each)."""


def load(raw: dict[str, Any] | None = None) -> MetaSettings:
    return plugin_settings(SECTION, MetaSettings, raw=raw)
