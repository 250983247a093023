"""``[plugin.research-tinyagent]`` settings, validated when the hook runs (never at import)."""

from __future__ import annotations

from typing import Any, Literal

from purpose_agent.plugin import plugin_settings
from pydantic import BaseModel, ConfigDict, Field

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
    return plugin_settings(SECTION, TinyAgentSettings, raw=raw)
