"""The learning pipeline: what ``purpose learn``, ``pa.learn()`` and purpose-eval's ``purpose bench`` run.

Suites of :class:`EvalCase`, seeded hashed splits, the contamination refusal, and per (arm, seed) the
training pass, memory CI's replay on the validation split and the test split in EVAL_TEST (the kernel's
learn loop, ``purpose_agent.learning.loop``, runs each phase). Names are imported on first use, so loading
the plugin (the ``learn`` command, the arithmetic suites) stays cheap. docs/architecture.md, "One learning
pipeline".
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    **{
        name: "purpose_learn.pipeline"
        for name in (
            "BASELINE",
            "LEARNED",
            "DEFAULT_PURPOSE",
            "Arm",
            "ArmRun",
            "Cost",
            "CurvePoint",
            "LearnConfig",
            "LearningCost",
            "LearnResult",
            "Prepared",
            "learn",
            "prepare",
            "run_learning",
        )
    },
    **{name: "purpose_learn.case" for name in ("EvalCase", "ScoreBundle", "ToolFactory", "text_hash")},
    **{
        name: "purpose_learn.suite"
        for name in (
            "Suite",
            "GeneratedSuite",
            "JsonlSuite",
            "available_suites",
            "is_suite",
            "resolve_suite",
            "validate_cases",
        )
    },
    **{name: "purpose_learn.splits" for name in ("split_cases", "Splits", "SplitRecord")},
    **{name: "purpose_learn.contamination" for name in ("check_contamination", "ContaminationError")},
    "arithmetic_cases": "purpose_learn.suites",
    **{
        name: "purpose_learn.progress"
        for name in ("LineProgress", "add_executor_options", "executor_from", "run_with_progress")
    },
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
