"""``[plugin.research-reflexion]`` settings, validated with defaults.

Read when the plugin's hooks are called (never at import), from the manager's settings when the registry
carries them and otherwise from ``purpose.toml`` and the environment.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

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
    """Validate the table (see :func:`purpose_agent.config.plugin_settings`); read when a hook runs."""
    return plugin_settings(NAME, ReflexionSettings, registry, raw)
