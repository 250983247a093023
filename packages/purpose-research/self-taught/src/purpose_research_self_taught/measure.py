"""``python -m purpose_research_self_taught.measure``: Self-Taught Evaluator on the embedded model.

The model writes x', answers both instructions and judges; agreement with the gold labels of the test
split before and after each round; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.testing import embedded_backend, scratch_store
from purpose_eval.calibration import load_items

from purpose_research_self_taught.contrast import run


def measure(backend: Any, limit: int | None = None, iterations: int = 2) -> dict[str, Any]:
    items = load_items("purpose_research_self_taught")
    several = [i for i in items if len(i.observations) > 1]
    with scratch_store() as (store, manager):
        report = run(
            backend,
            instructions=[i for i in several if i.split == "train"][:limit],
            validation_instructions=[i for i in several if i.split == "validation"][:limit],
            test=[i for i in items if i.split == "test"][:limit],
            store=store,
            manager=manager,
            iterations=iterations,
        )
    return report.model_dump()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="items per split")
    parser.add_argument("--iterations", type=int, default=2)
    args = parser.parse_args()
    report = measure(embedded_backend(), args.limit, args.iterations)
    before, after = report["agreement_before"], report["agreement_after"]
    print(f"agreement with gold labels on test: {before:.3f} -> {after:.3f}")
    for it in report["iterations"]:
        print(
            f"  round {it['iteration']}: {it['pairs']} pairs, {it['correct_pairs']} judged right, "
            f"{it['proposed']} proposed, {len(it['promoted'])} promoted, agreement {it['agreement_test']:.3f}"
        )
    print(json.dumps({k: v for k, v in report.items() if k != "outcomes"}))


if __name__ == "__main__":
    main()
