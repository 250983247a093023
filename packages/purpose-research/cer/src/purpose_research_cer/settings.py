"""``[plugin.research-cer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

NAME = "research-cer"


class CERSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dynamics: bool = True
    """Distil environment dynamics (what a tool does with given arguments) into tool_policy cards."""
    skills: bool = True
    """Distil solved trajectories into skill cards (procedures with slots)."""
    min_support: int = Field(default=1, ge=1, le=100)
    """Times an item must be seen (merged duplicates count) before it is proposed."""
    buffer_size: int = Field(default=512, ge=1, le=100_000)
    """Distinct items the replay buffer remembers (oldest forgotten first)."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> CERSettings:
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
        return CERSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
