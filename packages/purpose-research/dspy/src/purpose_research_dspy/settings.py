"""``[plugin.research-dspy]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

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
        return DSPySettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
