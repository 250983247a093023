"""``python -m purpose_research_spc.measure [--limit N]``: SPC on the embedded model.

Φ is SmolLM2-135M; the plants come from the judging set's good answers; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.learning.calibration import load_items

from purpose_research_spc.critic import self_play
from purpose_research_spc.embedded import embedded_backend, scratch_store


def measure(backend: Any, limit: int | None = None) -> dict[str, Any]:
    items = load_items("purpose_research_spc")
    split = {s: [i for i in items if i.split == s][:limit] for s in ("train", "validation", "test")}
    with scratch_store() as (store, manager):
        report = self_play(backend, store=store, manager=manager, **split)
    return report.model_dump()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="items per split")
    args = parser.parse_args()
    report = measure(embedded_backend(), args.limit)
    print(f"plants {report['plants']}; misses on train {report['misses']}")
    print(f"catch rate on test plants: {report['catch_before']:.3f} -> {report['catch_after']:.3f}")
    before, after = report["false_alarms_before"], report["false_alarms_after"]
    print(f"false alarms on good test answers: {before:.3f} -> {after:.3f}")
    for outcome in report["outcomes"]:
        print(f"  {outcome['status']:<12} {outcome['reason'][:100]}")
    print(json.dumps({k: v for k, v in report.items() if k not in ("outcomes", "promoted")}))


if __name__ == "__main__":
    main()
