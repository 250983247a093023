"""``[plugin.research-lats]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

SECTION = "research-lats"


class LATSSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    n_actions: int = Field(default=3, ge=1, le=10)
    """Actions sampled at each expansion (the paper's n)."""
    max_nodes: int = Field(default=24, ge=2, le=500)
    """Tree nodes (tool calls and final answers) the search may create; the node budget."""
    exploration: float = Field(default=1.0, ge=0.0)
    """The UCT exploration weight (the paper's w)."""
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    """Sampling temperature for expansion; distinct proposals are also asked for by listing earlier ones."""
    success_threshold: float = Field(default=0.7, ge=0.0, le=1.0)
    """A final answer whose value Φ puts at or above this ends the search."""
    reflect: bool = True
    """Write a one-sentence reflection on each failed final answer and show it in later expansions."""
    max_reflections: int = Field(default=3, ge=0, le=20)
    action_tokens: int = Field(default=96, ge=16)


def load(raw: dict[str, Any] | None = None) -> LATSSettings:
    return plugin_settings(SECTION, LATSSettings, raw=raw)
