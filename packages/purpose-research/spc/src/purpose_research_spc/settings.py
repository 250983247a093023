"""``[plugin.research-spc]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

SECTION = "research-spc"


class SPCSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    model_plants: bool = False
    """Also let the model rewrite answers with a subtle error (on top of the rule mutations)."""
    max_plants: int = Field(default=3, ge=1, le=20)
    """Planted variants judged per solved episode (each costs one judge call)."""


def load(raw: dict[str, Any] | None = None) -> SPCSettings:
    return plugin_settings(SECTION, SPCSettings, raw=raw)
