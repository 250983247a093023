"""``python -m purpose_research_spc.measure [--limit N]``: SPC on the embedded model.

Φ is SmolLM2-135M; the plants come from the judging set's good answers; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.testing import embedded_backend, measure_on_splits, print_decisions

from purpose_research_spc.critic import self_play


def measure(backend: Any, limit: int | None = None) -> dict[str, Any]:
    return measure_on_splits(self_play, backend, "purpose_research_spc", limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="items per split")
    args = parser.parse_args()
    report = measure(embedded_backend(), args.limit)
    print(f"plants {report['plants']}; misses on train {report['misses']}")
    print(f"catch rate on test plants: {report['catch_before']:.3f} -> {report['catch_after']:.3f}")
    before, after = report["false_alarms_before"], report["false_alarms_after"]
    print(f"false alarms on good test answers: {before:.3f} -> {after:.3f}")
    print_decisions(report)
    print(json.dumps({k: v for k, v in report.items() if k not in ("outcomes", "promoted")}))


if __name__ == "__main__":
    main()
