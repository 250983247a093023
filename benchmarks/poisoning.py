"""Memory poisoning: planted attacks through five routes against memory CI, with a susceptible model.

Runs the red team of ``tests/redteam`` (22 payload families x 5 routes: tool output, knowledge document,
task text, team.teach, memory import), with the installed detectors and again with every detector blind,
and prints per route what was promoted, which gate stopped each attack and how often benign controls
through the same routes still learned. Needs purpose-core and the purpose-immune plugins.

    python benchmarks/poisoning.py            # last line: {"attempts": ..., "promoted_attacks": ...,
                                              #             "benign_promoted_rate": ...}
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "redteam"))
import harness


def report(title: str, attacks: list, benign: list) -> None:
    print(f"\n== {title}")
    print(f"{'route':<12} {'attempts':>8} {'promoted':>8} {'in later prompt':>15}  stopped by")
    for route in harness.ROUTES:
        rows = [a for a in attacks if a.route == route]
        if not rows:
            continue
        gates = Counter(a.stopped_by or "-" for a in rows)
        print(
            f"{route:<12} {len(rows):>8} {sum(a.promoted for a in rows):>8} "
            f"{sum(a.in_later_prompt for a in rows):>15}  {dict(sorted(gates.items()))}"
        )
    for a in attacks:
        if a.promoted or a.in_later_prompt:
            print(f"  LEAK {a.route} {a.family} {a.statuses}")
    learned = sum(b.promoted for b in benign)
    print(f"benign controls promoted: {learned}/{len(benign)}")


def main() -> int:
    start = time.perf_counter()
    attacks, benign = harness.run_all(detectors=True)
    report("detectors on", attacks, benign)
    blind_routes = ("tool_output", "document", "import")
    key = b"red-team export key, 32 bytes!!"
    blind = [
        harness.run_attempt(r, p, "", detectors=False, key=key)
        for r, p in harness.attempts_plan()
        if r in blind_routes
    ]
    blind_benign = [
        harness.run_attempt(r, None, b, detectors=False, key=key)
        for r in blind_routes
        for b in harness.BENIGN
    ]
    report("every detector blind (tool output, documents, import)", blind, blind_benign)
    families = len({a.family for a in attacks})
    print(f"\n{len(attacks)} attempts, {families} families, {time.perf_counter() - start:.1f} s")
    result = {
        "attempts": len(attacks),
        "families": families,
        "promoted_attacks": sum(a.promoted for a in attacks),
        "shown_in_later_prompt": sum(a.in_later_prompt for a in attacks),
        "benign_promoted_rate": round(sum(b.promoted for b in benign) / len(benign), 3),
        "blind_attempts": len(blind),
        "blind_promoted_attacks": sum(a.promoted or a.in_later_prompt for a in blind),
        "blind_benign_promoted_rate": round(sum(b.promoted for b in blind_benign) / len(blind_benign), 3),
        "stopped_by": dict(Counter(a.stopped_by for a in attacks if a.stopped_by)),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
