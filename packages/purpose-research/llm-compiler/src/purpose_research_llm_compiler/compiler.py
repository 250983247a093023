"""``pa.LLMCompiler(llm, registry)``: plan a DAG of tool calls, run ready calls in parallel, join or replan.

Kim et al. 2023 ("An LLM Compiler for Parallel Function Calling") split an agent turn into a planner that
writes every call it can foresee with its dependencies, a task-fetching executor that starts each call as
soon as its inputs exist, and a joiner that reads the results and either answers or asks for a new plan.
Adapted here for small local models: the plan and the joiner's decision are single JSON objects decoded
under schemas (tool names as an enum), instead of the paper's streamed free-text plan, and a plan the
model gets wrong is handed back with the reason for one more try.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.plugin import Backend, BackendError, Message, ToolError, ToolResult, ToolSpec

from purpose_research_llm_compiler.executor import CallRecord, execute
from purpose_research_llm_compiler.plan import Plan, PlanError, plan_schema, validate_plan

JOIN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "decision": {"type": "string", "enum": ["answer", "replan"]},
        "answer": {"type": "string", "maxLength": 400},
    },
    "required": ["decision", "answer"],
}


@dataclass
class CompilerResult:
    answer: str
    plans: list[Plan] = field(default_factory=list)
    calls: list[CallRecord] = field(default_factory=list)
    replans: int = 0
    planning_s: float = 0.0
    execution_s: float = 0.0
    joining_s: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None

    @property
    def seconds(self) -> float:
        return self.planning_s + self.execution_s + self.joining_s


class _Tools:
    """What the compiler calls tools through: a ToolBox, a tool registry, or a list of tool objects."""

    def __init__(self, registry: Any) -> None:
        if hasattr(registry, "call") and hasattr(registry, "specs"):
            self.box = registry
        else:
            from purpose_agent.plugin import ToolBox

            items = (
                registry.items() if hasattr(registry, "items") and not isinstance(registry, dict) else None
            )
            if isinstance(registry, dict):
                items = list(registry.values())
            self.box = ToolBox(items if items is not None else list(registry))

    def specs(self) -> list[ToolSpec]:
        return list(self.box.specs())

    def call(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        return self.box.call(name, arguments)


class LLMCompiler:
    """Planner + parallel executor + joiner over one backend and a set of tools."""

    def __init__(
        self,
        llm: Backend,
        registry: Any,
        *,
        max_workers: int = 8,
        max_replans: int = 1,
        plan_tokens: int = 384,
        join_tokens: int = 160,
        join: bool = True,
    ) -> None:
        self.llm = llm
        self.tools = _Tools(registry)
        if not self.tools.specs():
            raise ToolError("LLMCompiler needs at least one tool; pass a ToolBox, a registry or a list")
        self.max_workers = max_workers
        self.max_replans = max_replans
        self.plan_tokens = plan_tokens
        self.join_tokens = join_tokens
        self.join = join

    # -- the loop -----------------------------------------------------------------------------------

    def run(
        self,
        task: str,
        *,
        context: Sequence[Message] = (),
        deadline: float | None = None,
        max_tokens: int | None = None,
    ) -> CompilerResult:
        """Plan, execute, join; replan at most ``max_replans`` times. Model failures end in ``error``."""
        out = CompilerResult(answer="")
        feedback = ""
        for attempt in range(self.max_replans + 1):
            try:
                plan = self._plan(task, context, feedback, out)
            except PlanError as exc:
                feedback = f"Your previous plan was refused: {exc}"
                out.error = str(exc)
                if attempt < self.max_replans:
                    out.replans += 1
                    continue
                return out
            except BackendError as exc:
                out.error = str(exc)
                return out
            out.plans.append(plan)
            started = time.perf_counter()
            records = execute(
                plan, self.tools, max_workers=self.max_workers, deadline=deadline, earlier=out.calls
            )
            out.execution_s += time.perf_counter() - started
            out.calls.extend(records)
            out.error = None
            if not self.join:
                out.answer = records[-1].result.as_observation()
                return out
            if max_tokens is not None and out.prompt_tokens + out.completion_tokens > max_tokens:
                out.answer, out.error = records[-1].result.as_observation(), "token budget exhausted"
                return out
            try:
                decision, answer = self._join(task, context, out.calls, out)
            except BackendError as exc:
                out.answer, out.error = records[-1].result.as_observation(), str(exc)
                return out
            out.answer = answer
            if decision == "answer" or attempt == self.max_replans:
                return out
            out.replans += 1
            feedback = "The joiner asked for a new plan: the results above do not answer the task yet."
        return out

    # -- model calls --------------------------------------------------------------------------------

    def _complete(
        self, messages: list[Message], schema: dict[str, Any], tokens: int, out: CompilerResult
    ) -> Any:
        from purpose_react import complete_json

        usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
        try:
            return complete_json(self.llm, messages, schema, tokens, usage)
        finally:
            out.prompt_tokens += int(usage["prompt"])
            out.completion_tokens += int(usage["completion"])

    def _plan(self, task: str, context: Sequence[Message], feedback: str, out: CompilerResult) -> Plan:
        specs = self.tools.specs()
        names = [s.name for s in specs]
        lines = [
            f"- {s.name}({', '.join(s.parameters.get('properties', {}))}): {s.description}" for s in specs
        ]
        done = "\n".join(
            f"${r.id} = {r.tool}({json.dumps(r.arguments)}) -> {r.result.as_observation()[:200]}"
            for r in out.calls
        )
        system = (
            "Plan the tool calls that solve the task as a list. Give each call an id (1, 2, ...), the tool, "
            "its args, and deps: the ids whose results it needs. Calls without deps run at the same time. "
            "Write $N inside an argument to use the result of call N.\nTools:\n" + "\n".join(lines)
        )
        user = (
            f"Task: {task}"
            + (f"\nResults so far:\n{done}" if done else "")
            + (f"\n{feedback}" if feedback else "")
        )
        messages = [*context, Message(role="system", content=system), Message(role="user", content=user)]
        started = time.perf_counter()
        try:
            schema = plan_schema(names, parameters=[sp.parameters for sp in specs])
            data = self._complete(messages, schema, self.plan_tokens, out)
        finally:
            out.planning_s += time.perf_counter() - started
        return validate_plan(data, names, done=[r.id for r in out.calls])

    def _join(
        self, task: str, context: Sequence[Message], calls: Iterable[CallRecord], out: CompilerResult
    ) -> tuple[str, str]:
        results = "\n".join(
            f"${r.id} {r.tool}({json.dumps(r.arguments)}) -> {r.result.as_observation()[:300]}" for r in calls
        )
        system = (
            "Read the tool results. If they answer the task, decide 'answer' and give the answer; "
            "if something is missing or failed, decide 'replan'."
        )
        user = f"Task: {task}\nResults:\n{results}"
        messages = [*context, Message(role="system", content=system), Message(role="user", content=user)]
        started = time.perf_counter()
        try:
            data = self._complete(messages, JOIN_SCHEMA, self.join_tokens, out)
        finally:
            out.joining_s += time.perf_counter() - started
        decision = data.get("decision") if data.get("decision") in ("answer", "replan") else "answer"
        return str(decision), str(data.get("answer", "")).strip()
