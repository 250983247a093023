"""``[plugin.research-llm-compiler]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any

from purpose_agent.errors import ConfigError
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

SECTION = "research-llm-compiler"


class CompilerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_workers: int = Field(default=8, ge=1, le=64)
    """Calls run at the same time; 1 means sequential (the ablation baseline)."""
    max_replans: int = Field(default=1, ge=0, le=5)
    plan_tokens: int = Field(default=384, ge=32)
    join_tokens: int = Field(default=160, ge=16)


def load(raw: dict[str, Any] | None = None) -> CompilerSettings:
    if raw is None:
        from purpose_agent.config import load_settings

        raw = load_settings().plugin_settings(SECTION)
    try:
        return CompilerSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"[plugin.{SECTION}]: {problems}") from None
