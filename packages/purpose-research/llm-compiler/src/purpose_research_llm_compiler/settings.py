"""``[plugin.research-llm-compiler]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

SECTION = "research-llm-compiler"


class CompilerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_workers: int = Field(default=8, ge=1, le=64)
    """Calls run at the same time; 1 means sequential (the ablation baseline)."""
    max_replans: int = Field(default=1, ge=0, le=5)
    plan_tokens: int = Field(default=384, ge=32)
    join_tokens: int = Field(default=160, ge=16)


def load(raw: dict[str, Any] | None = None) -> CompilerSettings:
    return plugin_settings(SECTION, CompilerSettings, raw=raw)
