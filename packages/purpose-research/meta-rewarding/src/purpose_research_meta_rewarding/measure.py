"""``python -m purpose_research_meta_rewarding.measure [--limit N]``: Meta-Rewarding on the embedded model.

Actor, Φ and meta-judge are SmolLM2-135M; agreement with the gold labels of the test split before and
after; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.learning.calibration import load_items

from purpose_research_meta_rewarding.embedded import embedded_backend, scratch_store
from purpose_research_meta_rewarding.meta import improve


def measure(backend: Any, limit: int | None = None) -> dict[str, Any]:
    items = load_items("purpose_research_meta_rewarding")
    split = {s: [i for i in items if i.split == s][:limit] for s in ("train", "validation", "test")}
    with scratch_store() as (store, manager):
        report = improve(backend, store=store, manager=manager, **split)
    return report.model_dump()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="items per split")
    args = parser.parse_args()
    report = measure(embedded_backend(), args.limit)
    print(f"proposed {report['proposed']} calibration candidate(s)")
    before, after = report["agreement_before"], report["agreement_after"]
    print(f"agreement with gold labels on test: {before:.3f} -> {after:.3f}")
    for outcome in report["outcomes"]:
        print(f"  {outcome['status']:<12} {outcome['reason'][:100]}")
    print(json.dumps({k: v for k, v in report.items() if k not in ("outcomes", "promoted")}))


if __name__ == "__main__":
    main()
