"""``[plugin.research-memrl]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

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
    """Validate the table; a bad key is a :class:`~purpose_agent.errors.ConfigError` that names it.

    Read when a hook is called, never at import: from the manager's settings when the registry carries
    them, otherwise from ``purpose.toml`` and the environment.
    """
    from purpose_agent.errors import ConfigError

    if raw is None:
        settings = getattr(registry, "settings", None)
        if settings is None:
            from purpose_agent.config import load_settings

            settings = load_settings()
        raw = settings.plugin_settings(NAME)
    try:
        return MemRLSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
