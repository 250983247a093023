"""The executor: every call whose dependencies are done is started at once, each in its own worker.

This is where LLMCompiler's speed comes from: independent calls overlap, so a plan's wall time is close to
its longest dependency chain rather than the sum of its calls. A call whose dependency failed is not run
(its arguments would hold an error message); it is reported as skipped, naming the dependency.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Protocol

from purpose_agent.plugin import ToolResult

from purpose_research_llm_compiler.plan import Plan, substitute


class ToolCaller(Protocol):
    def call(self, name: str, arguments: dict[str, Any]) -> ToolResult: ...


@dataclass
class CallRecord:
    id: int
    tool: str
    arguments: dict[str, Any]
    result: ToolResult
    started: float
    finished: float

    @property
    def seconds(self) -> float:
        return self.finished - self.started


def execute(
    plan: Plan,
    tools: ToolCaller,
    *,
    max_workers: int = 8,
    deadline: float | None = None,
    earlier: Sequence[CallRecord] = (),
) -> list[CallRecord]:
    """Run ``plan``; ``max_workers=1`` gives sequential execution in dependency order (the baseline).

    ``earlier`` are the calls of previous plans (a replan may use their results).
    """
    records: dict[int, CallRecord] = {}
    outputs: dict[int, str] = {r.id: r.result.output for r in earlier if r.result.ok}
    failed: set[int] = {r.id for r in earlier if not r.result.ok}
    pending = {c.id: c for c in plan.calls}
    running: dict[Future[CallRecord], int] = {}

    def run_one(call_id: int, arguments: dict[str, Any]) -> CallRecord:
        call = plan.call(call_id)
        started = time.perf_counter()
        result = tools.call(call.tool, arguments)
        return CallRecord(call_id, call.tool, arguments, result, started, time.perf_counter())

    with ThreadPoolExecutor(max_workers=max(1, max_workers), thread_name_prefix="llmcompiler") as pool:
        while pending or running:
            for call_id in sorted(pending):
                call = pending[call_id]
                if any(d in failed for d in call.deps):
                    bad = [d for d in call.deps if d in failed]
                    now = time.perf_counter()
                    result = ToolResult(status="error", error=f"skipped: dependency {bad} did not succeed")
                    records[call_id] = CallRecord(call_id, call.tool, call.args, result, now, now)
                    failed.add(call_id)
                    del pending[call_id]
                elif all(d in outputs for d in call.deps):
                    if max_workers == 1 and running:
                        break
                    if deadline is not None and time.monotonic() > deadline:
                        now = time.perf_counter()
                        result = ToolResult(status="timeout", error="time budget exhausted before this call")
                        records[call_id] = CallRecord(call_id, call.tool, call.args, result, now, now)
                        failed.add(call_id)
                        del pending[call_id]
                        continue
                    arguments = substitute(call.args, outputs)
                    running[pool.submit(run_one, call_id, arguments)] = call_id
                    del pending[call_id]
            if not running:
                if pending:  # cannot happen for a validated plan; never spin
                    raise RuntimeError(f"calls {sorted(pending)} can never become ready")
                continue
            done, _ = wait(list(running), return_when=FIRST_COMPLETED)
            for future in done:
                call_id = running.pop(future)
                record = future.result()
                records[call_id] = record
                if record.result.ok:
                    outputs[call_id] = record.result.output
                else:
                    failed.add(call_id)
    return [records[c.id] for c in plan.calls]
