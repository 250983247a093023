"""TinyAgent as an episode strategy (``strategy = "tinyagent"``): retrieve tools, compact them, plan.

The compiled prompt lists every tool the agent has; this strategy replaces that section with compact
lines for the retrieved few, lets only those be called, and runs the LLMCompiler planner (or the ReAct
loop, whose action enum and per-tool argument schemas are the constrained decoding of calls) on them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from purpose_agent.plugin import Message, StrategyContext, StrategyOutcome, ToolResult, ToolSpec

from purpose_research_tinyagent.retrieval import compact_line, retrieve
from purpose_research_tinyagent.settings import TinyAgentSettings

_TOOLS_SECTION = re.compile(r"# Tools\n.*?(?=\n\n|\Z)", re.DOTALL)


class RetrievedTools:
    """The retrieved subset of a tool provider: the only tools the model sees and may call."""

    def __init__(self, provider: Any, specs: list[ToolSpec]) -> None:
        self.provider = provider
        self._specs = specs
        self._names = {s.name for s in specs}

    def specs(self) -> list[ToolSpec]:
        return list(self._specs)

    def call(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        if name not in self._names:
            return ToolResult(
                status="invalid_arguments",
                error=f"tool {name!r} was not retrieved for this task; use one of {sorted(self._names)}",
            )
        result: ToolResult = self.provider.call(name, arguments)
        return result


def tools_section(specs: list[ToolSpec]) -> str:
    return "# Tools\n" + "\n".join(compact_line(s) for s in specs) if specs else ""


def with_tools(messages: list[Message], specs: list[ToolSpec]) -> list[Message]:
    """The compiled messages with the full tools section swapped for the compact retrieved one."""
    section = tools_section(specs)
    out = []
    for message in messages:
        if message.role == "system" and "# Tools\n" in message.content:
            content = _TOOLS_SECTION.sub(lambda _: section, message.content).strip()
            message = message.model_copy(update={"content": content})
        out.append(message)
    return out


class TinyAgentStrategy:
    name = "tinyagent"

    def __init__(self, settings: TinyAgentSettings | None = None) -> None:
        self.settings = settings or TinyAgentSettings()

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        every = ctx.tools.specs()
        chosen = retrieve(ctx.task.input, every, k=self.settings.k, always=self.settings.always)
        ctx.trace(
            "tinyagent.retrieval",
            installed=len(every),
            retrieved=[s.name for s in chosen],
            planner=self.settings.planner,
        )
        narrowed = dataclasses.replace(
            ctx, tools=RetrievedTools(ctx.tools, chosen), messages=with_tools(ctx.messages, chosen)
        )
        if self.settings.planner == "react":
            from purpose_react import ReActStrategy

            return ReActStrategy().run(narrowed)
        from purpose_research_llm_compiler.settings import load
        from purpose_research_llm_compiler.strategy import LLMCompilerStrategy

        return LLMCompilerStrategy(load()).run(narrowed)
