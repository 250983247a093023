"""LLMCompiler: parallel execution of independent slow tools against sequential execution, same run.

A plan of N independent tool calls (each sleeps a different time, like network-bound lookups) is made by
a planner, executed by the LLMCompiler executor with all ready calls in parallel, and joined. The same
plan is then executed with one worker (sequential, dependency order). The planner and joiner are a
scripted backend with a fixed latency per call (``--model-latency``), so the figure measures the
compiler's scheduling rather than a model's speed; planning and joining time are measured, not assumed.

    wall_over_slowest = parallel wall / (planning + joining + slowest call)      budget: at most 1.3
    speedup_vs_sequential = sequential wall / parallel wall

    python benchmarks/llm_compiler.py [--repeats N] [--model-latency S]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult
from purpose_research_llm_compiler import LLMCompiler

DURATIONS = (0.35, 0.5, 0.8, 0.45, 0.6, 0.3)


class SlowLookup:
    timeout_s = 10.0
    parameters = {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}

    def __init__(self, name: str, seconds: float) -> None:
        self.name = name
        self.seconds = seconds
        self.description = f"Look up {name} facts for the query"

    def run(self, **arguments: Any) -> ToolResult:
        time.sleep(self.seconds)
        return ToolResult(output=f"{self.name} result for {arguments['query']}")


def plan_reply() -> str:
    calls = [
        {"id": i + 1, "tool": f"lookup_{i}", "args": {"query": f"topic {i}"}, "deps": []}
        for i in range(len(DURATIONS))
    ]
    return json.dumps({"calls": calls})


def one_run(max_workers: int, latency: float) -> dict[str, float]:
    tools = [SlowLookup(f"lookup_{i}", s) for i, s in enumerate(DURATIONS)]
    llm = ScriptedBackend(
        [plan_reply(), json.dumps({"decision": "answer", "answer": "all found"})], delay_s=latency
    )
    compiler = LLMCompiler(llm, tools, max_workers=max_workers)
    started = time.perf_counter()
    result = compiler.run("Look up every topic")
    wall = time.perf_counter() - started
    assert result.error is None and all(r.result.ok for r in result.calls), result.error
    slowest = max(r.seconds for r in result.calls)
    return {
        "wall": wall,
        "planning": result.planning_s,
        "joining": result.joining_s,
        "slowest": slowest,
        "sum_calls": sum(r.seconds for r in result.calls),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--model-latency", type=float, default=0.2, help="seconds per planner/joiner call")
    args = parser.parse_args()
    parallel, sequential = [], []
    for _ in range(args.repeats):  # interleaved, so drift on a shared machine hits both arms alike
        parallel.append(one_run(8, args.model_latency))
        sequential.append(one_run(1, args.model_latency))
    ratios = [p["wall"] / (p["planning"] + p["joining"] + p["slowest"]) for p in parallel]
    speedups = [s["wall"] / p["wall"] for p, s in zip(parallel, sequential, strict=True)]
    med = statistics.median
    durations = ", ".join(f"{d:g}" for d in DURATIONS)
    print(f"LLMCompiler on {len(DURATIONS)} independent slow tools ({durations} s),")
    print(f"planner/joiner latency {args.model_latency:g} s per call, {args.repeats} interleaved repeats\n")
    print(f"{'arm':<12}{'wall s':>9}{'planning s':>12}{'joining s':>11}{'slowest s':>11}{'sum calls s':>13}")
    for label, runs in (("parallel", parallel), ("sequential", sequential)):
        print(
            f"{label:<12}{med(r['wall'] for r in runs):>9.3f}{med(r['planning'] for r in runs):>12.3f}"
            f"{med(r['joining'] for r in runs):>11.3f}{med(r['slowest'] for r in runs):>11.3f}"
            f"{med(r['sum_calls'] for r in runs):>13.3f}"
        )
    ratio, speedup = med(ratios), med(speedups)
    worst = max(ratios)
    print(f"\nwall / (planning + joining + slowest call): median {ratio:.3f}, worst {worst:.3f} (budget 1.3)")
    print(f"speedup vs sequential: median {speedup:.2f}x")
    print(
        json.dumps(
            {
                "wall_over_slowest": round(ratio, 4),
                "speedup_vs_sequential": round(speedup, 3),
                "worst_wall_over_slowest": round(max(ratios), 4),
                "tools": len(DURATIONS),
                "repeats": args.repeats,
                "model_latency_s": args.model_latency,
            }
        )
    )


if __name__ == "__main__":
    main()
