"""Train the shipped weights of purpose-immune-classifier from the development sources only.

    python packages/purpose-immune/classifier/scripts/train.py [--without SOURCE ...]

Loads every installed development source (benchmarks/immune_sources.py; never a reserved held-out set),
reads each text through the engine's normaliser (the view the scanner scores), trains the class- and
source-balanced logistic regression with the threshold calibrated on unseen sources
(purpose_immune_classifier.train), and writes ``src/purpose_immune_classifier/data/weights.npz`` with the
model card's data section inside. ``--without`` leaves sources out (the benchmark's leave-one-source-out
protocol does the same in memory).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))

import immune_sources  # noqa: E402
from purpose_immune_classifier import cues  # noqa: E402
from purpose_immune_classifier.features import BITS, CHAR_ORDERS  # noqa: E402
from purpose_immune_classifier.model import STRIDE, WEIGHTS_FILE, WINDOW  # noqa: E402
from purpose_immune_classifier.train import (  # noqa: E402
    KEEP_ATTACK_WINDOWS,
    MAX_ATTACK_WINDOWS,
    MAX_BENIGN_WINDOWS,
    TARGET_FPR,
    Example,
    train,
)
from purpose_immune_engine.item import ScanItem  # noqa: E402

OUT = HERE.parent / "src" / "purpose_immune_classifier" / "data" / WEIGHTS_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", action="append", default=[], help="leave a source out")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    sources = {k: v for k, v in immune_sources.load_all().items() if v and k not in args.without}
    examples = [
        Example(ScanItem.from_text(r["text"]).text, r["label"] == "attack", name)
        for name, rows in sources.items()
        for r in rows
    ]
    start = time.perf_counter()
    card = {
        "sources": {k: {"attack": sum(r["label"] == "attack" for r in v),
                        "benign": sum(r["label"] == "benign" for r in v)} for k, v in sources.items()},
        "features": {"hash_bits": BITS, "char_orders": list(CHAR_ORDERS), "word_orders": [1, 2],
                     "window_bytes": WINDOW, "stride_bytes": STRIDE, "cues": list(cues.NAMES),
                     "cue_features": cues.N_FEATURES},
        "model": "logistic regression, class-balanced, source-weighted (n**0.5), L2 1e-4, full-batch Adam, "
                 f"120 epochs, then 40 more on each attack's {KEEP_ATTACK_WINDOWS} best windows (of up to "
                 f"{MAX_ATTACK_WINDOWS}) and up to {MAX_BENIGN_WINDOWS} windows of each benign text",
        "threshold": "calibrated on two source groups, each scored by a model of the other, at "
                     f"{TARGET_FPR:.1%} false alarms on their benign texts; one threshold for texts of one "
                     f"{WINDOW}-byte window, one for longer texts (scored as their highest window)",
    }  # fmt: skip
    model = train(examples, card=card)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    took = time.perf_counter() - start
    print(f"trained on {len(examples)} texts from {len(sources)} sources in {took:.0f} s; "
          f"thresholds {model.threshold:+.3f} (one window), {model.thresholds[1]:+.3f} "
          f"(longer); wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
