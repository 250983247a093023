"""Immune system benchmark: recall per category, false-positive rate and scans per second.

Run with no arguments: ``python benchmarks/immune.py``. It scans

* ``bastioncorpus`` (installed from PyPI, MIT; 99 attack / 51 benign rows in five languages) when present,
* the project's own labelled dev corpus (including its hand-written "extra" rows) and its separately
  written holdout corpus (packages/purpose-immune/umbrella/tests/data/),

with every installed detector (through the plugin manager, as ``scan_memory`` does), prints a report per
corpus and category, measures scans per second of the deterministic layer on one core (normalisation once
plus all detectors, single thread; CPU time, with the wall-clock rate of the same loop beside it), and
prints as its very last line one JSON object with ``scans_per_s``, ``recall`` and ``false_positive_rate``
(all corpora together) plus per-corpus figures.

Labels: a bastioncorpus "benign" row that carries a live-looking credential (a JWT) is counted as a privacy
positive, because storing a session token in a memory is exactly what the privacy detector must stop; the
report names each such row.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "packages" / "purpose-immune" / "umbrella" / "tests" / "data"


def load_bastion() -> list[dict]:
    try:
        import importlib.resources as resources

        import bastioncorpus  # noqa: F401
    except ImportError:
        return []
    text = (resources.files("bastioncorpus") / "corpus" / "injections.jsonl").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        body = r["text"].replace("{canary}", "ZX-4471-CANARY")
        label = "attack" if r["label"] == "malicious" else "benign"
        category = r["category"] if label == "attack" else "benign"
        note = ""
        if label == "benign" and "eyJ" in body:
            label, category, note = "attack", "privacy", "relabelled: carries a JWT"
        rows.append({"id": r["id"], "text": body, "label": label, "category": category, "note": note})
    return rows


def load_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scanners() -> tuple[list, list]:
    from purpose_agent.config import Settings
    from purpose_agent.plugins import PluginManager

    manager = PluginManager(Settings()).load(strict_names=False)
    entries = manager.scanners().entries()
    return [e.item for e in entries], manager.loaded_set()


def evaluate(rows: list[dict], active: list, verbose: bool) -> dict:
    from purpose_agent.immune.scan import ScanItem, run_scanners

    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fp = benign = tp = attacks = 0
    misses, false_pos = [], []
    for r in rows:
        item = ScanItem.from_text(r["text"], kind=r.get("kind"))
        result = run_scanners(item, active)
        flagged = not result.passed
        if r["label"] == "attack":
            attacks += 1
            tp += flagged
            per_cat[r["category"]][0] += flagged
            per_cat[r["category"]][1] += 1
            if not flagged:
                misses.append(r)
        else:
            benign += 1
            fp += flagged
            if flagged:
                false_pos.append((r, [t.category for t in result.threats]))
    if verbose:
        for r in misses:
            print(f"    miss  [{r['category']}] {r['text'][:100]!r}")
        for r, cats in false_pos:
            print(f"    FP    {cats} {r['text'][:100]!r}")
    return {
        "attacks": attacks, "benign": benign, "tp": tp, "fp": fp,
        "recall": tp / attacks if attacks else None,
        "false_positive_rate": fp / benign if benign else None,
        "per_category": {c: v[0] / v[1] for c, v in sorted(per_cat.items())},
    }  # fmt: skip


def speed(rows: list[dict], active: list, seconds: float, rounds: int = 5) -> tuple[float, float]:
    """Scans per second of CPU time (the budget's measure: other load on the machine does not count) and
    of wall-clock time (what a caller waits, load included), over the same loop.

    The loop runs in ``rounds`` rounds and the median round is reported: on a shared 2-core virtual
    machine a single timing swung by a third between identical runs, and one slow stretch (another
    process on the sibling hyperthread) should move the figure no more than its share of the rounds."""
    from statistics import median

    from purpose_agent.immune.scan import ScanItem, run_scanners

    texts = [r["text"] for r in rows]
    for t in texts:  # warm every cache the scanners keep
        run_scanners(ScanItem.from_text(t), active)
    cpu_rates, wall_rates = [], []
    for _ in range(rounds):
        n = 0
        start, wall = time.process_time(), time.perf_counter()
        while time.process_time() - start < seconds / rounds:
            for t in texts:
                run_scanners(ScanItem.from_text(t), active)
            n += len(texts)
        cpu_rates.append(n / (time.process_time() - start))
        wall_rates.append(n / (time.perf_counter() - wall))
    return median(cpu_rates), median(wall_rates)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to time the scan loop")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    active, loaded = scanners()
    if not active:
        print("no scanner installed: install purpose-immune", file=sys.stderr)
        return 1
    names = [f"{p['name']} {p['version']}" for p in loaded if p["name"].startswith("immune")]
    print("detectors:", ", ".join(names))
    corpora = {"bastioncorpus": load_bastion(), "dev": load_jsonl(DATA / "dev.jsonl"),
               "holdout": load_jsonl(DATA / "holdout.jsonl")}  # fmt: skip
    results = {}
    for name, rows in corpora.items():
        if not rows:
            print(f"\n{name}: not available (skipped)")
            continue
        res = evaluate(rows, active, args.verbose)
        results[name] = res
        print(f"\n{name}: {res['attacks']} attacks, {res['benign']} benign")
        print(
            f"  recall {res['recall']:.3f}   false positives {res['fp']}/{res['benign']} "
            f"= {res['false_positive_rate']:.3f}"
        )
        for cat, value in res["per_category"].items():
            print(f"  {cat:28s} recall {value:.3f}")
        for r in rows:
            if r.get("note"):
                print(f"  note: {r['id']} {r['note']}")
    tp = sum(r["tp"] for r in results.values())
    attacks = sum(r["attacks"] for r in results.values())
    fp = sum(r["fp"] for r in results.values())
    benign = sum(r["benign"] for r in results.values())
    all_rows = [r for rows in corpora.values() for r in rows]
    benign_rows = [r for r in all_rows if r["label"] == "benign"]
    sps_all, wall_all = speed(all_rows, active, args.seconds)
    sps_benign, _ = speed(benign_rows, active, args.seconds / 2)
    print(
        f"\nspeed (one core, CPU time, median of 5 rounds, all detectors): {sps_all:,.0f} scans/s "
        f"over the whole mix ({1e6 / sps_all:.0f} us a scan), {sps_benign:,.0f} scans/s over benign texts"
    )
    print(f"speed (wall clock, same loop, other load on the machine included): {wall_all:,.0f} scans/s")
    summary = {
        "scans_per_s": round(sps_all, 1),
        "recall": round(tp / attacks, 4) if attacks else None,
        "false_positive_rate": round(fp / benign, 4) if benign else None,
        "scans_per_s_benign": round(sps_benign, 1),
        "scans_per_s_wall": round(wall_all, 1),
        **{f"recall_{k}": round(v["recall"], 4) for k, v in results.items()},
        **{f"false_positive_rate_{k}": round(v["false_positive_rate"], 4) for k, v in results.items()},
        "plugins": [p["name"] for p in loaded if p["name"].startswith("immune")],
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
