"""LLMCompiler as an episode strategy (``strategy = "llm-compiler"``): one plan, parallel calls, a join."""

from __future__ import annotations

import time
from typing import Any

from purpose_agent.plugin import EpisodeStatus, Step, StrategyContext, StrategyOutcome

from purpose_research_llm_compiler.compiler import LLMCompiler
from purpose_research_llm_compiler.settings import CompilerSettings


class LLMCompilerStrategy:
    name = "llm-compiler"

    def __init__(self, settings: CompilerSettings | None = None) -> None:
        self.settings = settings or CompilerSettings()

    def compiler(self, llm: Any, tools: Any, **options: Any) -> LLMCompiler:
        """An :class:`LLMCompiler` over ``llm`` and ``tools`` with this plugin's settings, ``options``
        winning (what ``pa.LLMCompiler`` returns)."""
        defaults = {
            "max_workers": self.settings.max_workers,
            "max_replans": self.settings.max_replans,
            "plan_tokens": self.settings.plan_tokens,
            "join_tokens": self.settings.join_tokens,
        }
        return LLMCompiler(llm, tools, **{**defaults, **options})

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        base = [m for m in ctx.messages if not (m.role == "user" and m.content == ctx.task.input)]
        compiler = self.compiler(ctx.backend, ctx.tools)
        result = compiler.run(
            ctx.task.input, context=base, deadline=ctx.deadline, max_tokens=ctx.budgets.max_tokens
        )
        steps: list[Step] = []
        for record in result.calls:
            observation = record.result.as_observation()
            ctx.trace(
                "tool_call",
                step=len(steps),
                tool=record.tool,
                arguments=record.arguments,
                status=record.result.status,
                seconds=round(record.seconds, 4),
            )
            ctx.trace("observation", step=len(steps), text=observation)
            steps.append(
                Step(
                    index=len(steps),
                    action=record.tool,
                    arguments=record.arguments,
                    observation=observation,
                    tool_status=record.result.status,
                )
            )
        ctx.trace(
            "model_call",
            step=len(steps),
            action="final_answer",
            replans=result.replans,
            planning_s=round(result.planning_s, 4),
            execution_s=round(result.execution_s, 4),
        )
        if result.error and not result.answer:
            status = (
                EpisodeStatus.BUDGET_EXHAUSTED
                if time.monotonic() > ctx.deadline
                else EpisodeStatus.BACKEND_ERROR
            )
        else:
            status = EpisodeStatus.COMPLETED
            steps.append(Step(index=len(steps), action="final_answer", arguments={"answer": result.answer}))
        return StrategyOutcome(
            answer=result.answer,
            status=status,
            steps=steps,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            model_seconds=result.planning_s + result.joining_s,
            error=result.error,
        )
