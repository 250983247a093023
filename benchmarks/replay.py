"""Replay cost: sequential replay against full replay, on recorded candidates, without the model.

Memory CI's replay runs each validation case with and without a candidate. The rule (a one-sided exact
sign test at alpha, see ``purpose_agent.learning.replay``) is run sequentially: a candidate stops as soon
as the full split could not decide otherwise, or once a promotion has become improbable. This script
takes candidates whose **full** paired outcomes were recorded from real learning runs on the embedded model
(``benchmarks/data/replay_candidates.json``), replays each one sequentially from the record, and compares
episodes run and decisions with the full replay of the same record. No model is needed.

    python benchmarks/replay.py                      # the recorded set, the default alpha and futility
    python benchmarks/replay.py --alpha 0.05         # another stated error rate
    python benchmarks/replay.py --record WORKDIR...  # add candidates from bench/learn workdirs whose
                                                     # replay ran in full ([learning] replay_sequential
                                                     # = false), then measure

Budget (DESIGN section 8): at most 0.5 of full replay's episodes, identical decisions.
The last line is one JSON object: replay_episodes_ratio, same_decisions (plus candidates, alpha, futility).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "replay_candidates.json"


def harvest(workdirs: list[str]) -> list[dict[str, Any]]:
    """Every card in the stores under ``workdirs`` whose replay evidence covers its whole plan."""
    from purpose_agent.memory.store import open_store

    found = []
    for workdir in workdirs:
        for db in sorted(Path(workdir).rglob("*.db")):
            store = open_store(db, "eval_test")
            try:
                for card in store.list_cards(limit=100_000):
                    replay = card.provenance.evidence.get("replay")
                    if not replay or not replay.get("runs"):
                        continue
                    runs = replay["runs"]
                    if replay.get("planned", len(runs)) != len(runs):
                        continue  # stopped early: not a full record
                    found.append(
                        {
                            "id": card.id,
                            "kind": card.kind,
                            "optimizer": card.provenance.optimizer or "",
                            "source": str(db.relative_to(workdir)),
                            "rule": replay["rule"] if replay["rule"] != "paired_gain" else "sign_test",
                            "level": replay.get("level", "general"),
                            "runs": [
                                {
                                    "case_id": r["case_id"],
                                    "without": r["without"],
                                    "with": r["with"],
                                    "control": r.get("control", False),
                                }
                                for r in runs
                            ],
                        }
                    )
            finally:
                store.close()
    return found


def measure(candidates: list[dict[str, Any]], alpha: float, futility: float) -> dict[str, Any]:
    from purpose_agent.learning.replay import replay

    rows = []
    for cand in candidates:
        table = {r["case_id"]: r for r in cand["runs"]}
        cases = [r["case_id"] for r in cand["runs"] if not r.get("control")]
        controls = [r["case_id"] for r in cand["runs"] if r.get("control")]

        def run_case(case_id: str, with_card: bool, table: dict[str, Any] = table) -> float:
            return float(table[case_id]["with" if with_card else "without"])

        kwargs = {"controls": controls, "alpha": alpha, "futility": futility}
        full = replay(cases, run_case, cand["rule"], sequential=False, **kwargs)  # type: ignore[arg-type]
        seq = replay(cases, run_case, cand["rule"], **kwargs)  # type: ignore[arg-type]
        rows.append(
            {
                "id": cand["id"],
                "kind": cand["kind"],
                "source": cand["source"],
                "cases": len(cand["runs"]),
                "full_episodes": 2 * len(full.runs),
                "seq_episodes": 2 * len(seq.runs),
                "full": "promote" if full.promote else "reject",
                "seq": "promote" if seq.promote else "reject",
                "stopped": seq.stopped,
            }
        )
    return {"rows": rows}


def main(argv: list[str] | None = None) -> int:
    from purpose_agent.learning.replay import DEFAULT_ALPHA, DEFAULT_FUTILITY

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", default=str(DATA), help="recorded candidates (JSON)")
    parser.add_argument("--alpha", type=float, default=DEFAULT_ALPHA)
    parser.add_argument("--futility", type=float, default=DEFAULT_FUTILITY)
    parser.add_argument("--record", nargs="*", default=[], help="bench/learn workdirs to harvest first")
    args = parser.parse_args(argv)

    data_path = Path(args.data)
    recorded = json.loads(data_path.read_text(encoding="utf-8")) if data_path.exists() else {"candidates": []}
    if args.record:
        known = {(c["source"], c["id"]) for c in recorded["candidates"]}
        new = [c for c in harvest(args.record) if (c["source"], c["id"]) not in known]
        recorded["candidates"] += new
        data_path.parent.mkdir(parents=True, exist_ok=True)
        data_path.write_text(json.dumps(recorded, indent=1) + "\n", encoding="utf-8")
        print(f"recorded {len(new)} new candidates into {data_path}")
    candidates = recorded["candidates"]
    if not candidates:
        print(f"no recorded candidates in {data_path}: record some with --record", file=sys.stderr)
        return 2
    rows = measure(candidates, args.alpha, args.futility)["rows"]
    print(f"rule: one-sided exact sign test, alpha {args.alpha:g}; futility below {args.futility:g}")
    print(f"{'candidate':<28} {'kind':<15} {'cases':>5} {'full':>5} {'seq':>5}  decision (full/seq)  stop")
    for r in rows:
        print(
            f"{r['id'][:28]:<28} {r['kind'][:15]:<15} {r['cases']:>5} {r['full_episodes']:>5} "
            f"{r['seq_episodes']:>5}  {r['full']:>8}/{r['seq']:<8}  {r['stopped']}"
        )
    full = sum(r["full_episodes"] for r in rows)
    seq = sum(r["seq_episodes"] for r in rows)
    same = all(r["full"] == r["seq"] for r in rows)
    promoted = sum(r["full"] == "promote" for r in rows)
    n = len(rows)
    print(
        f"{n} candidates ({promoted} promoted by full replay): {seq} replay episodes sequentially "
        f"vs {full} in full ({seq / full:.2f}); per decision {seq / n:.1f} vs {full / n:.1f}; "
        f"decisions {'identical' if same else 'DIFFER'}"
    )
    result = {
        "replay_episodes_ratio": round(seq / full, 4),
        "same_decisions": same,
        "candidates": len(rows),
        "alpha": args.alpha,
        "futility": args.futility,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
