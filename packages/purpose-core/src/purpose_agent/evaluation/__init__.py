"""Honest evaluation: the evaluation port (suites of cases) and the benchmark harness.

A suite is data plus a checker; the harness splits it by seed, runs every ablation arm on the same items,
refuses to report when a test item has reached memory, and reports paired bootstrap confidence intervals.
Names are imported lazily so ``import purpose_agent.evaluation`` stays cheap.
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_EXPORTS = {
    "EvalCase": "purpose_agent.evaluation.cases",
    "ScoreBundle": "purpose_agent.evaluation.cases",
    "Suite": "purpose_agent.evaluation.suites",
    "GeneratedSuite": "purpose_agent.evaluation.suites",
    "JsonlSuite": "purpose_agent.evaluation.suites",
    "available_suites": "purpose_agent.evaluation.suites",
    "resolve_suite": "purpose_agent.evaluation.suites",
    "split_cases": "purpose_agent.evaluation.splits",
    "Splits": "purpose_agent.evaluation.splits",
    "check_contamination": "purpose_agent.evaluation.contamination",
    "ContaminationError": "purpose_agent.evaluation.contamination",
    "paired_bootstrap": "purpose_agent.evaluation.stats",
    "bootstrap_mean": "purpose_agent.evaluation.stats",
    "ArmSpec": "purpose_agent.evaluation.arms",
    "parse_arms": "purpose_agent.evaluation.arms",
    "BenchConfig": "purpose_agent.evaluation.harness",
    "BenchResult": "purpose_agent.evaluation.harness",
    "run_benchmark": "purpose_agent.evaluation.harness",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
