"""Replay cost: sequential replay against full replay, on recorded candidates, without the model.

Memory CI's replay runs each validation case with and without a candidate. The rule (a one-sided exact
sign test, see ``purpose_agent.learning.replay``) is group-sequential: one look after every case at the
nominal level that keeps the error of all looks together at alpha; a candidate stops at the first look
that crosses it, once no remaining case can, or once a promotion has become improbable. This script
takes candidates whose **full** paired outcomes were recorded from real learning runs on the embedded model
(``benchmarks/data/replay_candidates.json``), replays each one sequentially from the record, and compares
episodes run and decisions with the full replay of the same record. No model is needed.

    python benchmarks/replay.py                      # the recorded set, the default alpha and futility
    python benchmarks/replay.py --alpha 0.05         # another stated error rate
    python benchmarks/replay.py --record WORKDIR... --label SUITE
        # first add the candidates of bench/learn workdirs whose replay ran in full
        # ([learning] replay_sequential = false), in the order memory CI decided them

Episodes are counted as they are really run: a validation case's "without" run is shared by the
candidates of one round (until a promotion changes the store) and counted once. Three counts per
candidate: ``full`` (every case on both arms, the reference), ``shared`` (every case, shared "without"
runs) and ``seq`` (the sequential rule as memory CI runs it). ``full`` decides by the fixed-sample test at
alpha on every case; the two rules can disagree on some outcome sequences (say three wins, then three
losses), so the report checks that they agree on the recorded candidates.

Budget (docs/budgets.md): at most 0.5 of full replay's episodes, identical decisions.
The last line is one JSON object: replay_episodes_ratio, same_decisions (plus candidates, alpha, futility).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "replay_candidates.json"


def _decision_order(store: Any, card_id: str) -> int:
    """The audit position where the card's replay evidence was written (its place in the run)."""
    seqs = [a.seq for a in store.audit(card_id) if a.reason == "replay evidence recorded"]
    return min(seqs) if seqs else 0


def harvest(workdirs: list[str], label: str = "") -> list[dict[str, Any]]:
    """Every card in the stores under ``workdirs`` whose replay evidence covers its whole plan, in the
    order memory CI decided them, with the round (candidates of one round share "without" runs)."""
    from purpose_agent.memory.store import open_store

    found = []
    for workdir in workdirs:
        for db in sorted(Path(workdir).rglob("*.db")):
            store = open_store(db, "eval_test")
            try:
                rows = []
                for card in store.list_cards(limit=100_000):
                    replay = card.provenance.evidence.get("replay")
                    if not replay or not replay.get("runs"):
                        continue
                    runs = replay["runs"]
                    if replay.get("planned", len(runs)) != len(runs):
                        continue  # stopped early: not a full record
                    rows.append(
                        (
                            _decision_order(store, card.id),
                            {
                                "id": card.id,
                                "kind": card.kind,
                                "optimizer": card.provenance.optimizer or "",
                                "source": f"{label or Path(workdir).name}/{db.relative_to(workdir)}",
                                "round": int(replay.get("baseline_round", 0)),
                                "rule": replay["rule"] if replay["rule"] != "paired_gain" else "sign_test",
                                "level": replay.get("level", "general"),
                                "recorded_decision": "promote" if replay.get("promote") else "reject",
                                "runs": [
                                    {
                                        "case_id": r["case_id"],
                                        "without": r["without"],
                                        "with": r["with"],
                                        "control": r.get("control", False),
                                    }
                                    for r in runs
                                ],
                            },
                        )
                    )
                found += [row for _, row in sorted(rows, key=lambda r: r[0])]
            finally:
                store.close()
    return found


def _rounds(candidates: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Candidates grouped by the round they shared "without" runs in, in recorded order. A candidate whose
    recorded "without" scores disagree with its round's (not the same store) gets a round of its own."""
    groups: dict[tuple[str, int], list[list[dict[str, Any]]]] = {}
    out: list[list[dict[str, Any]]] = []
    for cand in candidates:
        key = (cand["source"], int(cand.get("round", 0)))
        mine = {r["case_id"]: r["without"] for r in cand["runs"]}
        for group in groups.setdefault(key, []):
            seen = {r["case_id"]: r["without"] for c in group for r in c["runs"]}
            if all(seen.get(c, w) == w for c, w in mine.items()):
                group.append(cand)
                break
        else:
            group = [cand]
            groups[key].append(group)
            out.append(group)
    return out


def measure(candidates: list[dict[str, Any]], alpha: float, futility: float) -> dict[str, Any]:
    """Replay every recorded candidate from its record three ways, counting real episodes: ``full`` (every
    case on both arms, per candidate), ``shared`` (every case, "without" runs shared within a round) and
    ``seq`` (the sequential rule with shared "without" runs, as memory CI runs it)."""
    from purpose_agent.learning.replay import replay

    rows = []
    # as memory CI runs it: a candidate with later ones in its run replays its "without" arm first
    later = {
        id(c): any(d["source"] == c["source"] for d in candidates[i + 1 :]) for i, c in enumerate(candidates)
    }
    for group in _rounds(candidates):
        known: dict[str, dict[str, float]] = {"shared": {}, "seq": {}}
        for cand in group:
            table = {r["case_id"]: r for r in cand["runs"]}
            cases = [r["case_id"] for r in cand["runs"] if not r.get("control")]
            controls = [r["case_id"] for r in cand["runs"] if r.get("control")]
            result = {}
            for how in ("shared", "seq"):
                cache = known[how]

                def run_batch(
                    ids: Any, with_card: bool, table: dict[str, Any] = table, cache: dict[str, float] = cache
                ) -> list[float]:
                    values = [float(table[c]["with" if with_card else "without"]) for c in ids]
                    if not with_card:
                        cache.update(zip(ids, values, strict=True))
                    return values

                result[how] = replay(
                    cases, None, cand["rule"], controls=controls, run_batch=run_batch, alpha=alpha,
                    futility=futility, sequential=how == "seq", known_without=cache.get,
                    without_first=later[id(cand)],
                )  # fmt: skip
            rows.append(
                {
                    "id": cand["id"],
                    "kind": cand["kind"],
                    "source": cand["source"],
                    "cases": len(cand["runs"]),
                    "full_episodes": 2 * len(cand["runs"]),
                    "shared_episodes": result["shared"].episodes,
                    "seq_episodes": result["seq"].episodes,
                    "full": "promote" if result["shared"].promote else "reject",
                    "seq": "promote" if result["seq"].promote else "reject",
                    "stopped": result["seq"].stopped,
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
    parser.add_argument("--label", default="", help="what the recorded run was (e.g. the suite), in 'source'")
    args = parser.parse_args(argv)

    data_path = Path(args.data)
    recorded = json.loads(data_path.read_text(encoding="utf-8")) if data_path.exists() else {"candidates": []}
    if args.record:
        known = {(c["source"], c["id"]) for c in recorded["candidates"]}
        new = [c for c in harvest(args.record, args.label) if (c["source"], c["id"]) not in known]
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
    print(
        f"{'candidate':<24} {'kind':<15} {'source':<28} {'cases':>5} {'full':>5} {'shared':>6} {'seq':>4}"
        "  decision (full/seq)  stop"
    )
    for r in rows:
        print(
            f"{r['id'][:24]:<24} {r['kind'][:15]:<15} {r['source'][-28:]:<28} {r['cases']:>5} "
            f"{r['full_episodes']:>5} {r['shared_episodes']:>6} {r['seq_episodes']:>4}  "
            f"{r['full']:>8}/{r['seq']:<8}  {r['stopped']}"
        )
    full = sum(r["full_episodes"] for r in rows)
    shared = sum(r["shared_episodes"] for r in rows)
    seq = sum(r["seq_episodes"] for r in rows)
    same = all(r["full"] == r["seq"] for r in rows)
    promoted = sum(r["full"] == "promote" for r in rows)
    n = len(rows)
    print(
        f"{n} candidates ({promoted} promoted by full replay) from {len({r['source'] for r in rows})} runs: "
        f"{seq} replay episodes sequentially vs {full} in full ({seq / full:.2f}); per decision "
        f"{seq / n:.1f} vs {full / n:.1f}; full replay with shared 'without' runs: {shared} "
        f"(sequential / that: {seq / shared:.2f}); decisions {'identical' if same else 'DIFFER'}"
    )
    result = {
        "replay_episodes_ratio": round(seq / full, 4),
        "same_decisions": same,
        "candidates": n,
        "promoted": promoted,
        "episodes_per_decision": round(seq / n, 2),
        "full_episodes_per_decision": round(full / n, 2),
        "ratio_vs_shared_full": round(seq / shared, 4),
        "alpha": args.alpha,
        "futility": args.futility,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
