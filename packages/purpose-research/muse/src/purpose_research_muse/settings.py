"""``[plugin.research-muse]`` settings, validated with defaults."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

NAME = "research-muse"


class MuseSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    strategic_k: int = Field(default=2, ge=0, le=10)
    """Strategic memories (dilemma -> guidance) loaded into every prompt, whatever the lexical rank."""
    tool_notes: Literal["call", "prompt"] = "call"
    """``call``: tool notes are withheld from the prompt and shown when the agent calls that tool (needs
    ``strategy = "muse"``); ``prompt``: they stay in the prompt like other memories."""
    tiers: list[Literal["strategic", "procedural", "tool"]] = Field(
        default_factory=lambda: ["strategic", "procedural", "tool"]
    )
    """Which tiers the reflection step writes."""


def load(registry: Any = None, raw: dict[str, Any] | None = None) -> MuseSettings:
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
        return MuseSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {'unknown key' if e['type'] == 'extra_forbidden' else e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"[plugin.{NAME}]: {problems}") from None
