"""Wall time of the README's ``purpose learn``: the quick-start set, and with every research technique.

Budgets (docs/budgets.md): ``learn_default_seconds`` under 60 and ``learn_all_seconds`` under 300 on an
idle 2-core machine. Each run is the command a user types, in a fresh folder (a fresh store, so nothing
learned before is reused), timed from start to exit, model load and worker start-up included:

- ``default``: ``purpose learn`` with the research techniques switched off (the README's quick-start
  set: core, embedded model, tools, immune);
- ``all``: ``purpose learn`` with every installed plugin (13 research techniques when installed with
  ``scripts/bootstrap --all``); skipped, with the reason, when none is installed.

The executor is what ``purpose learn`` picks by default (``auto``: worker processes with the embedded
model on 2+ cores); ``--executor sequential`` times the one-at-a-time run instead, and ``--compare`` runs
both and checks that the result files agree in splits, decisions and scores. Absolute times need an
idle machine: the load average is printed beside them.

    python benchmarks/learn_time.py [--skip default,all] [--executor NAME] [--compare]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from typing import Any


def _research() -> list[str]:
    return sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )


def learn(folder: Path, disabled: list[str], executor: str | None) -> tuple[float, dict[str, Any], Path]:
    """One ``purpose learn`` in ``folder``; (seconds, its last JSON line, its result file)."""
    folder.mkdir(parents=True)
    env = {
        **os.environ,
        "PURPOSE_AGENT_STORE": str(folder / "memory.db"),
        "PURPOSE_AGENT_TRACES": str(folder / "traces"),
        "PURPOSE_AGENT_RUN_INDEX": str(folder / "runs.jsonl"),
    }
    if disabled:
        env["PURPOSE_AGENT_DISABLED_PLUGINS"] = ",".join(disabled)
    command = [sys.executable, "-m", "purpose_agent", "learn", "--workdir", str(folder / "learn")]
    if executor:
        command += ["--executor", executor]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {(done.stdout + done.stderr)[-1500:]}")
    cost = [line for line in done.stdout.splitlines() if line.startswith("cost ")]
    for line in cost:
        print(f"    {line}")
    last = json.loads(done.stdout.strip().splitlines()[-1])
    return seconds, last, folder / "learn" / "result.json"


def same_result(a: Path, b: Path) -> bool:
    from purpose_learn.pipeline import LearnResult
    from purpose_testing.executors import comparable

    def load(path: Path) -> LearnResult:
        return LearnResult.model_validate_json(path.read_text(encoding="utf-8"))

    return comparable(load(a)) == comparable(load(b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: default,all")
    parser.add_argument("--executor", help="executor for the timed runs (default: purpose learn's, auto)")
    parser.add_argument("--compare", action="store_true", help="also run sequential; compare the results")
    args = parser.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    research = _research()
    load_before = os.getloadavg()[0]
    print(f"purpose learn timings; load average {load_before:.2f} on {os.cpu_count()} cores")
    out: dict[str, Any] = {"learn_default_seconds": None, "learn_all_seconds": None}
    parts = [("default", research), ("all", [])]
    with tempfile.TemporaryDirectory() as tmp:
        for name, disabled in parts:
            if name in skip:
                print(f"{name}: skipped")
                continue
            if name == "all" and not research:
                print("all: skipped, no research technique is installed (scripts/bootstrap --all)")
                continue
            seconds, last, result = learn(Path(tmp) / name, disabled, args.executor)
            techniques = len(research) - len(disabled)
            print(
                f"{name}: purpose learn ({techniques} research techniques, executor "
                f"{args.executor or 'auto'}) {seconds:.1f} s; {last}"
            )
            out[f"learn_{name}_seconds"] = round(seconds, 1)
            out[f"learn_{name}_promoted"] = last.get("promoted")
            if args.compare:
                seq_seconds, _, seq_result = learn(Path(tmp) / f"{name}-sequential", disabled, "sequential")
                same = same_result(result, seq_result)
                print(f"{name}: sequential {seq_seconds:.1f} s -> {seq_seconds / seconds:.2f}x; same: {same}")
                out[f"learn_{name}_sequential_seconds"] = round(seq_seconds, 1)
                out[f"learn_{name}_same_result"] = same
    out["load_average"] = round(os.getloadavg()[0], 2)
    out["load_average_before"] = round(load_before, 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
