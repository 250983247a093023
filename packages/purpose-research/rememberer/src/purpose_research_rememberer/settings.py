"""``[plugin.research-rememberer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

NAME = "research-rememberer"


class RemembererSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    gamma: float = Field(default=0.9, ge=0.0, le=1.0)
    """Discount of the n-step return."""
    n_step: int = Field(default=3, ge=1, le=50)
    """Steps summed before bootstrapping from the best Q of a shown experience."""
    k_encouraged: int = Field(default=2, ge=0, le=10)
    k_discouraged: int = Field(default=1, ge=0, le=10)
    q_threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    """Experiences at or above this Q are shown as encouraged, below it as discouraged."""
    record_failures: bool = True
    """Propose experiences of failed episodes too (they become the discouraged examples)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> RemembererSettings:
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, RemembererSettings, registry, raw)
