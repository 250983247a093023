"""How long ``import purpose_agent`` takes, and that it imports no plugin module.

Runs ``python -X importtime -c "import purpose_agent"`` in fresh processes (median of N runs), reads the
cumulative time of the ``purpose_agent`` line, and counts modules of any ``purpose_agent`` entry point
(built-in or third-party) that ended up in ``sys.modules``. Budget (docs/budgets.md): under 150 ms with
every distribution installed, 0 plugin modules.

    python benchmarks/import_time.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from importlib import metadata

PROBE = r"""
import json, sys
import purpose_agent
print(json.dumps(sorted(sys.modules)))
"""


def plugin_modules() -> set[str]:
    return {ep.value.split(":")[0] for ep in metadata.entry_points(group="purpose_agent")}


def one_run() -> tuple[float, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", PROBE], capture_output=True, text=True, check=True
    )
    cumulative_us = None
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == "purpose_agent":
            cumulative_us = int(parts[1])
    if cumulative_us is None:
        raise SystemExit("could not find purpose_agent in -X importtime output:\n" + proc.stderr[-2000:])
    return cumulative_us / 1000.0, json.loads(proc.stdout)


def main() -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    watched = plugin_modules()
    times, imported = [], set()
    for _ in range(args.runs):
        ms, modules = one_run()
        times.append(ms)
        imported |= {m for m in modules if any(m == w or m.startswith(w + ".") for w in watched)}
    median = statistics.median(times)
    print(f"import purpose_agent: median {median:.1f} ms over {args.runs} fresh processes "
          f"(min {min(times):.1f}, max {max(times):.1f}); budget 150 ms")
    print(f"plugin entry points installed: {len(watched)}; plugin modules imported: {len(imported)}"
          + (f" ({', '.join(sorted(imported))})" if imported else ""))
    print(json.dumps({"import_ms": round(median, 2), "plugin_modules_imported": len(imported),
                      "entry_points_installed": len(watched), "runs": args.runs}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
