"""Wall-clock latency of the bounded tools: the calculator on hostile input, the Python sandbox's kill.

The unit tests check that the work is bounded (CPU time of a calculator call; a sandboxed program that runs
forever ends with ``timeout``); how long that takes in wall-clock time depends on the machine and its load,
so it is measured here instead, on a quiet machine. Budgets: every calculator call under 500 ms; a program
that never ends is stopped within the sandbox's wall limit plus 3 s (interpreter start, kill, cleanup).

    python benchmarks/tools_latency.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

#: Expressions that push the calculator's bounds: power towers, factorials, deep brackets, long sums,
#: refused code, and text that is no expression at all.
HOSTILE = [
    "999999**999999**99",
    "2^3^4^5^6",
    "factorial(1000)",
    "factorial(factorial(99))",
    "(" * 200 + "7" + ")" * 200,
    "+".join(["123456789"] * 50),
    "sqrt(2)*" * 60 + "1",
    "1e308*1e308",
    "__import__('os').system('true')",
    "().__class__.__bases__[0]",
    "what is twelve times seven",
    "12 x 7",
]


def calculator_latency(rounds: int) -> list[float]:
    from purpose_tools.calculator import CalculatorTool

    calc = CalculatorTool()
    times = []
    for _ in range(rounds):
        for expression in HOSTILE:
            started = time.perf_counter()
            calc.run(expression=expression)
            times.append(time.perf_counter() - started)
    return times


def sandbox_overshoot(wall_s: float) -> tuple[float, str]:
    from purpose_tools.python_exec import PythonExecTool

    tool = PythonExecTool(wall_s=wall_s, cpu_s=30, memory_mb=128, file_mb=1, max_processes=8)
    started = time.perf_counter()
    result = tool.run(code="import time\nwhile True:\n    time.sleep(0.01)")
    return time.perf_counter() - started - wall_s, result.status


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--wall", type=float, default=2.0, help="the sandbox's wall limit in seconds")
    args = parser.parse_args()
    times = calculator_latency(args.rounds)
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, int(0.99 * len(ms)))]
    overshoot, status = sandbox_overshoot(args.wall)
    print(f"calculator: {len(ms)} hostile calls, median {statistics.median(ms):.2f} ms, p99 {p99:.2f} ms, "
          f"max {ms[-1]:.2f} ms; budget 500 ms a call")
    print(f"python sandbox: a program that never ends came back '{status}' {overshoot:.2f} s after its "
          f"{args.wall:g} s wall limit; budget 3 s")
    print(json.dumps({"calculator_calls": len(ms), "calculator_p99_ms": round(p99, 2),
                      "calculator_max_ms": round(ms[-1], 2), "sandbox_status": status,
                      "sandbox_overshoot_s": round(overshoot, 3), "sandbox_wall_s": args.wall}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
