"""Purpose Agent's benchmark: ablation arms on seeded splits, paired bootstrap intervals, ``purpose bench``.

It builds on the learning pipeline (purpose-learn, ``purpose learn``): the same splits by hash, the same
contamination refusal, the same train / replay / EVAL_TEST phases per (arm, seed); this distribution adds
arms that switch plugins, several seeds, statistics, plots and result comparison. Names are imported
lazily so ``import purpose_eval`` stays cheap.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "paired_bootstrap": "purpose_eval.stats",
    "bootstrap_mean": "purpose_eval.stats",
    "Interval": "purpose_eval.stats",
    "PairedComparison": "purpose_eval.stats",
    "ArmSpec": "purpose_eval.arms",
    "parse_arms": "purpose_eval.arms",
    "defined_arms": "purpose_eval.arms",
    "ArmSummary": "purpose_eval.harness",
    "BenchConfig": "purpose_eval.harness",
    "BenchResult": "purpose_eval.harness",
    "run_benchmark": "purpose_eval.harness",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
