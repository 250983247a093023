"""``python -m purpose_research_meta_rewarding.measure [--limit N]``: Meta-Rewarding on the embedded model.

Actor, Φ and meta-judge are SmolLM2-135M; agreement with the gold labels of the test split before and
after; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.testing import embedded_backend, measure_on_splits, print_decisions

from purpose_research_meta_rewarding.meta import improve


def measure(backend: Any, limit: int | None = None) -> dict[str, Any]:
    return measure_on_splits(improve, backend, "purpose_research_meta_rewarding", limit)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="items per split")
    args = parser.parse_args()
    report = measure(embedded_backend(), args.limit)
    print(f"proposed {report['proposed']} calibration candidate(s)")
    before, after = report["agreement_before"], report["agreement_after"]
    print(f"agreement with gold labels on test: {before:.3f} -> {after:.3f}")
    print_decisions(report)
    print(json.dumps({k: v for k, v in report.items() if k not in ("outcomes", "promoted")}))


if __name__ == "__main__":
    main()
