"""``[plugin.research-rememberer]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

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
        return RemembererSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
