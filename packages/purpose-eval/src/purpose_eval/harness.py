"""The benchmark harness: every arm on the same seeded splits, contamination refused, paired intervals.

It is the learning pipeline (``purpose_learn.pipeline``, what ``purpose learn`` runs)
with any number of arms and seeds: arms switch plugins on and off (:mod:`purpose_eval.arms`, checked
before any model time), every (arm, seed) run is the pipeline's, and this module adds what a comparison
needs: per-arm bootstrap intervals over all seeds' test cases, learning curves, summed costs, and paired
intervals of every arm against the reference arm (:mod:`purpose_eval.stats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import ValidationError
from purpose_learn import (
    DEFAULT_PURPOSE,
    ArmRun,
    CurvePoint,
    LearnConfig,
    LearningCost,
    LearnResult,
    Prepared,
    Suite,
    run_learning,
)
from purpose_learn import prepare as prepare_learning
from purpose_runs import command as run_command
from purpose_runs import current_command as current_run_command
from purpose_team import Team
from pydantic import BaseModel, Field

from purpose_eval.arms import ArmSpec, check_arms
from purpose_eval.stats import Interval, PairedComparison, bootstrap_mean, paired_bootstrap

__all__ = ["DEFAULT_PURPOSE", "ArmSummary", "BenchConfig", "BenchResult", "prepare", "run_benchmark"]


class BenchConfig(LearnConfig):
    arms: list[ArmSpec]
    """Arms with their own plugins, model or strategy (the pipeline's :class:`Arm` and more)."""
    reference: str | None = None
    """The arm every other is compared with (default: ``baseline`` if present, else the first)."""
    resamples: int = 2000


class ArmSummary(BaseModel):
    arm: str
    spec: ArmSpec
    model: str
    plugins: list[dict[str, str]]
    success: Interval
    phi: Interval
    mean_tokens: float
    mean_seconds: float
    promoted: int
    train_success_curve: list[float] = Field(default_factory=list)
    """Cumulative success rate over training episodes, averaged over seeds (empty when it does not learn)."""
    test_curve: list[CurvePoint] = Field(default_factory=list)
    """Test success after each part of the training split, averaged over seeds: the learning curve."""
    cost: LearningCost = Field(default_factory=LearningCost)
    """Summed over seeds, with the per-memory and per-decision figures over all seeds."""


class BenchResult(LearnResult):
    config: BenchConfig
    summary: list[ArmSummary]
    comparisons: list[PairedComparison]

    def summary_of(self, arm: str) -> ArmSummary:
        return next(s for s in self.summary if s.arm == arm)


def prepare(config: BenchConfig, settings: Any, manager: Any, suite: Suite | None = None) -> Prepared:
    """The pipeline's checks plus the arms' plugins and the reference arm, before any model time."""
    prepared = prepare_learning(config, settings, manager, suite, check_arms)
    _check_reference(config)
    return prepared


def _check_reference(config: BenchConfig) -> None:
    names = [a.name for a in config.arms]
    if config.reference is not None and config.reference not in names:
        raise ValidationError(f"reference arm {config.reference!r} is not among the arms {names}")


def run_benchmark(
    config: BenchConfig,
    *,
    settings: Any = None,
    manager: Any = None,
    progress: Any = None,
    backend: Any = None,
    tools: Sequence[Any] = (),
    suite: Suite | None = None,
    executor: Any = None,
) -> BenchResult:
    """Run every arm on every seed (the pipeline's :func:`run_learning`) and compare them.

    Raises :class:`ContaminationError` instead of reporting a tainted score; the options are
    ``run_learning``'s (``backend`` and ``tools`` replace the resolved model and add tools, ``suite`` gives
    a suite object, ``executor`` an executor or a registered name).
    """
    _check_reference(config)
    with run_command(current_run_command("bench")):  # how the arms' folders are registered
        result = run_learning(
            config,
            make_team=Team.build,
            settings=settings,
            manager=manager,
            progress=progress,
            backend=backend,
            tools=tools,
            suite=suite,
            executor=executor,
            check_arms=check_arms,
        )
    return summarize(config, result)


def _curve(runs: Sequence[ArmRun]) -> list[float]:
    curves = []
    for run in runs:
        if not run.train:
            continue
        hits, curve = 0, []
        for i, bundle in enumerate(run.train, 1):
            hits += bundle.success
            curve.append(hits / i)
        curves.append(curve)
    if not curves:
        return []
    length = min(len(c) for c in curves)
    return [sum(c[i] for c in curves) / len(curves) for i in range(length)]


def _test_curve(runs: Sequence[ArmRun]) -> list[CurvePoint]:
    curves = [r.curve for r in runs if r.curve]
    if not curves:
        return []
    length = min(len(c) for c in curves)
    return [
        CurvePoint(
            trained=round(sum(c[i].trained for c in curves) / len(curves)),
            success=sum(c[i].success for c in curves) / len(curves),
        )
        for i in range(length)
    ]


def _total_cost(runs: Sequence[ArmRun]) -> LearningCost:
    total = LearningCost()
    for run in runs:
        total.train += run.cost.train
        total.replay += run.cost.replay
        total.test += run.cost.test
        total.replay_decisions += run.cost.replay_decisions
    total.settle(sum(r.promoted for r in runs))
    return total


def summarize(config: BenchConfig, result: LearnResult) -> BenchResult:
    """Per-arm intervals over every seed's test cases, and each arm against the reference, paired."""
    runs = result.runs
    by_arm: dict[str, list[ArmRun]] = {}
    for run in runs:
        by_arm.setdefault(run.arm, []).append(run)
    summary = []
    for arm in config.arms:
        arm_runs = by_arm.get(arm.name, [])
        tests = [b for r in arm_runs for b in r.test]
        summary.append(
            ArmSummary(
                arm=arm.name,
                spec=arm,
                model=arm_runs[0].model if arm_runs else "",
                plugins=arm_runs[0].plugins if arm_runs else [],
                success=bootstrap_mean([float(b.success) for b in tests], resamples=config.resamples),
                phi=bootstrap_mean([b.phi for b in tests], resamples=config.resamples),
                mean_tokens=sum(b.tokens for b in tests) / len(tests) if tests else 0.0,
                mean_seconds=sum(b.seconds for b in tests) / len(tests) if tests else 0.0,
                promoted=sum(r.promoted for r in arm_runs),
                train_success_curve=_curve(arm_runs),
                test_curve=_test_curve(arm_runs),
                cost=_total_cost(arm_runs),
            )
        )
    names = [a.name for a in config.arms]
    reference = config.reference or ("baseline" if "baseline" in names else names[0])
    comparisons = []

    def paired(arm: str, metric: str) -> list[float]:
        values = []
        for seed in config.seeds:
            run = next(r for r in by_arm[arm] if r.seed == seed)
            for bundle in sorted(run.test, key=lambda b: b.case_hash):
                values.append(float(bundle.success) if metric == "success" else bundle.phi)
        return values

    for name in names:
        if name == reference:
            continue
        for metric in ("success", "phi"):
            comparisons.append(
                paired_bootstrap(
                    paired(name, metric),
                    paired(reference, metric),
                    names=(name, reference),
                    metric=metric,
                    resamples=config.resamples,
                )
            )
    fields = {name: getattr(result, name) for name in LearnResult.model_fields if name != "config"}
    return BenchResult(**fields, config=config, summary=summary, comparisons=comparisons)
