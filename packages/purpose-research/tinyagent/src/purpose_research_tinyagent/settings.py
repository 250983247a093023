"""``[plugin.research-tinyagent]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any, Literal

from purpose_agent.errors import ConfigError
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

SECTION = "research-tinyagent"


class TinyAgentSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    k: int = Field(default=5, ge=1, le=50)
    """Tools retrieved into the prompt per task."""
    always: list[str] = Field(default_factory=list)
    """Tools offered whatever the task (never counted against ``k``)."""
    planner: Literal["llm-compiler", "react"] = "llm-compiler"
    """What runs on the retrieved tools: the LLMCompiler planner (the paper's) or the ReAct loop."""


def load(raw: dict[str, Any] | None = None) -> TinyAgentSettings:
    if raw is None:
        from purpose_agent.config import load_settings

        raw = load_settings().plugin_settings(SECTION)
    try:
        return TinyAgentSettings.model_validate(raw)
    except PydanticValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"[plugin.{SECTION}]: {problems}") from None
