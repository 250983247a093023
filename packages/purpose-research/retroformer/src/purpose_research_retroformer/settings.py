"""``[plugin.research-retroformer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

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
        return RetroformerSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
