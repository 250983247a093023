"""pa.parallel: concurrency limit, input order, per-task errors and timeouts, cancellation, real agents."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import ToolResult, ValidationError
from purpose_level3.parallel import CancelToken, aparallel, parallel


def test_results_keep_input_order_and_failures_do_not_lose_others() -> None:
    def work(task: str) -> str:
        if task == "boom":
            raise ValueError("bad task")
        if task == "slow":
            time.sleep(1.0)
        time.sleep(0.05 * (5 - len(task) % 5))
        return task.upper()

    tasks = ["a", "bb", "boom", "slow", "ccc", "dddd"]
    out = parallel(tasks, work, max_concurrency=6, timeout_s=0.5)
    assert [o.index for o in out] == list(range(6))
    assert [o.status for o in out] == ["ok", "ok", "error", "timeout", "ok", "ok"]
    assert out[0].result == "A" and out[5].result == "DDDD"
    assert "ValueError: bad task" in out[2].error and "0.5 s" in out[3].error
    assert len(out.failed) == 2


def test_the_concurrency_limit_holds() -> None:
    lock = threading.Lock()
    running, peak = 0, 0

    def work(task: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return task

    out = parallel(list(range(12)), work, max_concurrency=3)
    assert peak == 3 and out.results == list(range(12))
    wide = parallel(list(range(20)), lambda t: time.sleep(0.2) or t, max_concurrency=20)
    assert wide.wall_seconds < 0.6, "20 concurrent tasks must not be capped by a small default pool"


def test_cancellation_stops_what_has_not_finished() -> None:
    token = CancelToken()

    def work(task: int) -> int:
        if task == 0:
            token.cancel()
        time.sleep(0.1)
        return task

    out = parallel(list(range(8)), work, max_concurrency=2, cancel=token)
    assert out[0].status in ("ok", "cancelled")
    assert sum(o.status == "cancelled" for o in out) >= 6
    assert [o.index for o in out] == list(range(8))


def test_agents_pair_with_tasks_or_one_serves_all() -> None:
    out = parallel(["x", "y"], [lambda t: t + "1", lambda t: t + "2"])
    assert out.results == ["x1", "y2"]
    with pytest.raises(ValidationError, match="one agent per task"):
        parallel(["x", "y", "z"], [str, str])
    with pytest.raises(ValidationError, match="max_concurrency"):
        parallel(["x"], str, max_concurrency=0)


def test_aparallel_runs_inside_an_existing_loop() -> None:
    async def main() -> list[Any]:
        return (await aparallel([1, 2, 3], lambda t: t * 2, max_concurrency=2)).results

    assert asyncio.run(main()) == [2, 4, 6]


class SlowTool:
    name = "slow_lookup"
    description = "Look something up slowly."
    parameters = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}
    timeout_s = 5.0

    def run(self, **arguments: Any) -> ToolResult:
        time.sleep(0.3)
        return ToolResult(output=f"found {arguments['q']}")


def test_real_agents_share_one_store_across_threads(tmp_path: Path) -> None:
    from purpose_agent.plugin import BudgetsConfig, PluginsConfig, Settings
    from purpose_agent.testing import ScriptedBackend
    from purpose_level3.agent import Agent

    def policy(messages: Any) -> str:
        prompt = messages[-1].content
        if "slow_lookup" in prompt and "->" in prompt:
            return json.dumps({"action": "final_answer", "input": prompt.split("-> ")[-1].split("\n")[0]})
        if "Task:" in prompt:
            return json.dumps({"action": "slow_lookup", "input": prompt.split("Task: ")[1].split("\n")[0]})
        return json.dumps({"score": 1.0, "evidence": [], "reasoning": "ok"})

    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(
            enabled=[
                "core-memory-kinds",
                "core-store-sqlite",
                "core-strategy-react",
                "core-judge",
                "core-optimizer-cases",
                "optimizer-lessons",
            ]
        ),
    )
    agent = Agent(
        "finder", "Find things.", tools=[SlowTool()], backend=ScriptedBackend(policy), settings=settings
    )
    tasks = [f"item {i}" for i in range(8)]
    start = time.perf_counter()
    out = parallel(tasks, agent, max_concurrency=8)
    wall = time.perf_counter() - start
    assert [o.status for o in out] == ["ok"] * 8, [o.error for o in out]
    assert [o.result.answer for o in out] == [f"found item {i}" for i in range(8)]
    assert wall < 8 * 0.3, f"8 tasks with a 0.3 s tool took {wall:.2f} s: not concurrent"
    assert len({o.result.trace_id for o in out}) == 8
    agent.close()
