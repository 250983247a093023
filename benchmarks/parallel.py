"""pa.parallel over 20 agent tasks whose tool is slow: wall time against the slowest task and sequential.

Each task is a whole judged episode (retrieval, prompt compilation, a tool call, a trace file, learning
through memory CI into one shared SQLite store) on a scripted backend, so the figures measure the
orchestration, not a model. The tool sleeps between 0.5 and 1.0 s depending on the task. The same 20
tasks run sequentially first (which also gives each task's own time: the slowest is the floor for any
concurrent run) and then through ``pa.parallel`` with one slot per task. Budget (docs/budgets.md):
``wall_over_slowest`` at most 1.3.

    python benchmarks/parallel.py [--tasks N] [--concurrency N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any


class SlowLookup:
    name = "slow_lookup"
    description = "Look an item up in a slow remote catalogue."
    parameters = {"type": "object", "properties": {"item": {"type": "string"}}, "required": ["item"]}
    timeout_s = 10.0

    def run(self, **arguments: Any) -> Any:
        from purpose_agent.types import ToolResult

        number = int(arguments["item"].split()[-1])
        time.sleep(0.5 + (number * 7 % 11) / 20)  # 0.5 to 1.0 s, differing by task
        return ToolResult(output=f"catalogue entry for {arguments['item']}")


def policy(messages: Any) -> str:
    """Call the tool once with the task's item, then answer with what it returned."""
    prompt = messages[-1].content
    if "Task:" not in prompt:  # the judge
        return json.dumps({"score": 1.0, "evidence": [], "reasoning": "answered"})
    if "slow_lookup" in prompt and "->" in prompt:
        return json.dumps({"action": "final_answer", "input": prompt.split("-> ")[-1].split("\n")[0]})
    return json.dumps({"action": "slow_lookup", "input": prompt.split("Task: ")[1].split("\n")[0]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=0, help="default: one slot per task")
    args = parser.parse_args()

    import purpose_agent as pa
    from purpose_agent.config import BudgetsConfig, PluginsConfig, Settings
    from purpose_agent.testing import ScriptedBackend
    from purpose_level3.agent import Agent
    from purpose_level3.parallel import parallel

    tasks = [f"Find catalogue item {i}" for i in range(args.tasks)]
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            store=str(Path(tmp) / "memory.db"),
            traces=str(Path(tmp) / "traces"),
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
            "finder",
            "Find catalogue items.",
            tools=[SlowLookup()],
            backend=ScriptedBackend(policy),
            settings=settings,
        )
        agent.run("Find catalogue item 0")  # warm-up: plugin loading, store creation

        own: list[float] = []
        start = time.perf_counter()
        for task in tasks:
            t0 = time.perf_counter()
            result = agent.run(task)
            own.append(time.perf_counter() - t0)
            assert result.status == "completed", result.error
        sequential = time.perf_counter() - start

        out = parallel(tasks, agent, max_concurrency=args.concurrency or len(tasks))
        wall = out.wall_seconds
        failed = [o for o in out if not o.ok or o.result.status != "completed"]
        agent.close()

    slowest = max(own)
    print(f"purpose-agent {pa.__version__}: {len(tasks)} agent tasks, slow tool 0.5-1.0 s each")
    print(f"  sequential total   {sequential:7.2f} s")
    print(f"  slowest task alone {slowest:7.2f} s")
    print(f"  parallel wall      {wall:7.2f} s  (max_concurrency={args.concurrency or len(tasks)})")
    print(f"  wall / slowest     {wall / slowest:7.2f}   (budget <= 1.3)")
    print(f"  speedup            {sequential / wall:7.2f} x vs sequential")
    print(f"  failed tasks       {len(failed)}")
    print(
        json.dumps(
            {
                "wall_over_slowest": round(wall / slowest, 3),
                "speedup_vs_sequential": round(sequential / wall, 2),
                "wall_s": round(wall, 3),
                "slowest_s": round(slowest, 3),
                "sequential_s": round(sequential, 3),
                "tasks": len(tasks),
                "failed": len(failed),
            }
        )
    )


if __name__ == "__main__":
    main()
