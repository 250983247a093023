"""``[plugin.research-reflexion]`` settings, validated with defaults.

Read when the plugin's hooks are called (never at import), from the manager's settings when the registry
carries them and otherwise from ``purpose.toml`` and the environment.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

NAME = "research-reflexion"


class ReflexionSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_trials: int = Field(default=2, ge=1, le=5)
    """Trials per episode: the first, plus retries after a reflection (the paper's trial limit)."""
    max_reflections: int = Field(default=3, ge=1, le=10)
    """How many reflections the episodic buffer keeps (the paper keeps the last 1-3)."""
    checker_splits: list[str] = Field(default_factory=lambda: ["train", "validation"])
    """Splits on which a trial may be evaluated with the task's known answer. On other splits (``test``)
    the internal heuristic evaluator is used, so a test score never leaks the expected answer."""
    reflection_tokens: int = Field(default=80, ge=16, le=512)
    lessons: bool = True
    """Propose a failure_pattern candidate when a retry after a reflection succeeded."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> ReflexionSettings:
    """Validate the table; a bad key is a :class:`~purpose_agent.errors.ConfigError` that names it."""
    from purpose_agent.errors import ConfigError

    if raw is None:
        settings = getattr(registry, "settings", None)
        if settings is None:
            from purpose_agent.config import load_settings

            settings = load_settings()
        raw = settings.plugin_settings(NAME)
    try:
        return ReflexionSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
