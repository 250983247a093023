"""Benchmark result files, read tolerantly: what ``purpose learn`` and ``purpose bench`` write, and others.

The harness writes a BenchResult (``summary``/``runs``/``comparisons``/``splits``): per-arm intervals,
paired differences, every candidate's fate per arm and seed, the test-success learning curve, the split
hashes, and for every test case the memories its prompt showed (the test phase is read-only, so that is
where a card's use in a benchmark is recorded). Older and other shapes are recognised too: a LearnReport
(``baseline``/``learned`` episode lists) or anything with ``arms`` and an optional learning curve. What
cannot be read is shown with the reason and the top-level keys; nothing here raises for a bad file.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_BYTES = 50_000_000


@dataclass
class Arm:
    name: str
    mean: float
    n: int = 0
    ci_low: float | None = None
    ci_high: float | None = None
    success_rate: float | None = None
    phi: float | None = None
    phi_low: float | None = None
    phi_high: float | None = None


@dataclass
class Result:
    name: str
    path: Path
    format: str = "unknown"
    title: str = ""
    arms: list[Arm] = field(default_factory=list)
    curves: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    facts: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    mtime: float = 0.0
    train_curves: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    comparisons: list[dict[str, Any]] = field(default_factory=list)
    runs: list[dict[str, Any]] = field(default_factory=list)
    """Per arm and seed: model, candidates, promoted, replay episodes, test success, its traces folder."""
    splits: list[tuple[str, str, int, str]] = field(default_factory=list)
    """(seed, split, items, sha256 over the sorted item hashes)."""
    usage: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """card id -> per arm and seed: test cases whose prompt showed it, and how many of those succeeded."""
    workdir: str = ""
    key: str = ""
    """The name the page's URL uses (stem plus a path hash: every harness run writes ``result.json``)."""
    command: str = ""
    registered_at: str = ""

    @property
    def promoted(self) -> list[str]:
        return [d["card_id"] for d in self.decisions if d.get("status") == "promoted" and d.get("card_id")]


def bootstrap_ci(
    values: Sequence[float], *, level: float = 0.95, resamples: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean; seeded, so the page shows the same numbers every time."""
    n = len(values)
    if n == 0:
        return (0.0, 0.0)
    if n == 1:
        return (values[0], values[0])
    rng = random.Random(seed)
    means = sorted(sum(rng.choices(values, k=n)) / n for _ in range(resamples))
    tail = (1 - level) / 2
    return means[int(tail * (resamples - 1))], means[int((1 - tail) * (resamples - 1))]


def discover(sources: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        if source.is_file():
            files.append(source)
        elif source.is_dir():
            files.extend(sorted(source.glob("*.json")))
    return sorted(set(files), key=lambda p: (-_mtime(p), p.name))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def load(path: Path) -> Result:
    result = Result(name=path.stem, path=path, mtime=_mtime(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            result.problems.append(f"file is over {MAX_BYTES // 1_000_000} MB; not read")
            return result
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        result.problems.append(f"cannot read it as JSON: {exc}")
        return result
    except RecursionError:
        result.problems.append("cannot read it as JSON: nested too deeply")
        return result
    try:
        return interpret(data, result)
    except Exception as exc:  # a shape no branch expected must cost one row, never the page
        result.problems.append(f"could not interpret it ({type(exc).__name__}: {str(exc)[:200]})")
        return result


def interpret(data: Any, result: Result) -> Result:
    if not isinstance(data, dict):
        result.problems.append(f"top level is a {type(data).__name__}, not an object; nothing to chart")
        return result
    result.title = str(data.get("title") or data.get("name") or data.get("suite") or result.name)
    if isinstance(data.get("baseline"), list) or isinstance(data.get("learned"), list):
        _learn_report(data, result)
    if isinstance(data.get("summary"), list) or (
        isinstance(data.get("runs"), list) and isinstance(data.get("config"), dict)
    ):
        _bench_result(data, result)
    elif "arms" in data:
        _arms(data["arms"], result)
    for key in ("learning_curve", "curve", "curves"):
        if key in data:
            _curves(data[key], result)
    if result.format == "unknown" and not result.arms and not result.curves:
        keys = ", ".join(sorted(map(str, data))[:20]) or "none"
        result.problems.append(
            f"not a recognised result: expected 'baseline'/'learned' (purpose learn --json) or 'arms'; "
            f"top-level keys: {keys}"
        )
    for key in ("seed", "model", "created_at", "suite"):
        if isinstance(data.get(key), str | int | float):
            result.facts.append((key, str(data[key])))
    return result


def _episode_value(item: Any) -> float | None:
    if not isinstance(item, dict):
        return _num(item)
    score = item.get("score")
    if isinstance(score, dict):
        return _num(score.get("value"))
    if score is not None:
        return _num(score)
    if "success" in item:
        return 1.0 if item["success"] else 0.0
    return None


def _summary(name: str, episodes: Sequence[Any]) -> Arm | None:
    values = [v for v in (_episode_value(e) for e in episodes) if v is not None]
    if not episodes:
        return None
    mean = sum(values) / len(values) if values else 0.0
    low, high = bootstrap_ci(values)
    success = sum(1 for v in values if v >= 0.5) / len(values) if values else 0.0
    return Arm(name=name, mean=mean, n=len(values), ci_low=low, ci_high=high, success_rate=success)


def _learn_report(data: dict[str, Any], result: Result) -> None:
    result.format = "purpose learn report"
    for name, key in (("baseline (no memory)", "baseline"), ("learned (EVAL_TEST)", "learned")):
        episodes = data.get(key)
        if isinstance(episodes, list):
            arm = _summary(name, episodes)
            if arm is not None:
                result.arms.append(arm)
    train = data.get("train")
    if isinstance(train, list) and train:
        values = [_episode_value(e) for e in train]
        points, total, count = [], 0.0, 0
        for i, value in enumerate(values, 1):
            if value is None:
                continue
            total += 1.0 if value >= 0.5 else 0.0
            count += 1
            points.append((float(i), total / count))
        if points:
            result.curves["train success (running)"] = points
    sizes = data.get("split_sizes")
    if isinstance(sizes, dict):
        result.facts.append(("splits", ", ".join(f"{k} {v}" for k, v in sizes.items())))
    candidates = data.get("candidates") if isinstance(data.get("candidates"), list) else []
    decisions = data.get("decisions") if isinstance(data.get("decisions"), list) else []
    promoted = sum(1 for d in decisions if isinstance(d, dict) and d.get("status") == "promoted")
    result.facts.append(("candidates", str(len(candidates))))
    result.facts.append(("promoted", str(promoted)))
    if data.get("immune") is not None:
        result.facts.append(("immune system", str(data["immune"])))
    replays = data.get("replays") if isinstance(data.get("replays"), dict) else {}
    for item in decisions:
        if isinstance(item, dict):
            replay = replays.get(item.get("card_id")) if isinstance(replays, dict) else None
            rule = replay.get("statement", "") if isinstance(replay, dict) else ""
            result.decisions.append(
                {
                    "card_id": str(item.get("card_id", "")),
                    "kind": str(item.get("kind", "")),
                    "status": str(item.get("status", "")),
                    "reason": str(item.get("reason", "")),
                    "rule": str(rule),
                }
            )


def _learn_curves_and_comparisons(runs: Any, bare: set[Any], result: Result) -> None:
    """A LearnResult has no summary: its learning curves (test success after each part of training, mean
    over seeds) and each learning arm's paired difference against the no-memory arm come from its runs."""
    runs = [r for r in runs if isinstance(r, dict)] if isinstance(runs, list) else []
    by_trained: dict[str, dict[float, list[float]]] = {}
    for run in runs:
        for point in run.get("curve") or []:
            if not isinstance(point, dict):
                continue
            trained, success = _num(point.get("trained")), _num(point.get("success"))
            if trained is not None and success is not None:
                arm = by_trained.setdefault(str(run.get("arm", "?")), {})
                arm.setdefault(trained, []).append(success)
    for name, points in by_trained.items():
        result.curves[name] = [(x, sum(ys) / len(ys)) for x, ys in sorted(points.items())]

    def scores(arm: str) -> dict[tuple[str, str], float]:
        return {
            (str(r.get("seed")), str(t.get("case_hash") or t.get("case") or t.get("case_id"))): (
                1.0 if t.get("success") else 0.0
            )
            for r in runs
            if str(r.get("arm")) == arm
            for t in r.get("test") or []
            if isinstance(t, dict)
        }

    for reference in sorted(str(b) for b in bare):
        base = scores(reference)
        for arm in dict.fromkeys(str(r.get("arm")) for r in runs):
            if arm in bare:
                continue
            other = scores(arm)
            diffs = [other[k] - base[k] for k in other if k in base]
            if not diffs:
                continue
            n = len(diffs)
            mean = sum(diffs) / n
            sd = (sum((d - mean) ** 2 for d in diffs) / (n - 1)) ** 0.5 if n > 1 else 0.0
            half = 1.96 * sd / n**0.5  # normal interval on the paired differences
            result.comparisons.append(
                {
                    "arm": arm,
                    "reference": reference,
                    "metric": "success (paired, normal 95% interval)",
                    "mean": mean,
                    "low": mean - half,
                    "high": mean + half,
                    "wins": sum(d > 0 for d in diffs),
                    "losses": sum(d < 0 for d in diffs),
                    "ties": sum(d == 0 for d in diffs),
                    "significant": mean - half > 0 or mean + half < 0,
                }
            )


def _interval(value: Any) -> tuple[float, float, float, int] | None:
    if isinstance(value, dict) and all(_num(value.get(k)) is not None for k in ("mean", "low", "high")):
        n = value.get("n")
        return float(value["mean"]), float(value["low"]), float(value["high"]), n if isinstance(n, int) else 0
    return None


def _tests_by_arm(runs: Any) -> dict[str, list[dict[str, Any]]]:
    """Every run's test scores, pooled over seeds, by arm (in the order the arms first appear)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for run in runs if isinstance(runs, list) else []:
        if isinstance(run, dict) and isinstance(run.get("test"), list) and run["test"]:
            out.setdefault(str(run.get("arm", "?")), []).extend(b for b in run["test"] if isinstance(b, dict))
    return out


def _bench_result(data: dict[str, Any], result: Result) -> None:
    """``purpose bench`` (BenchResult: per-arm intervals, differences, curves, runs) and ``purpose learn``
    (the kernel's LearnResult: the same runs and splits, without intervals, so each arm is its test mean)."""
    result.format = "purpose bench result"
    suite = data.get("suite")
    config = data.get("config") if isinstance(data.get("config"), dict) else {}
    if isinstance(suite, dict) and suite.get("name"):
        command = "learn" if config.get("store") else "bench"  # only `purpose learn` learns into a store
        result.title = str(data.get("title") or f"{command}: {suite['name']}")
    result.workdir = str(config.get("workdir") or "")
    reference = None
    if not isinstance(data.get("summary"), list):
        result.format = "purpose learn result"
        arms = config.get("arms") if isinstance(config.get("arms"), list) else []
        bare = {a.get("name") for a in arms if isinstance(a, dict) and a.get("memory") is False}
        for name, tests in _tests_by_arm(data.get("runs")).items():
            success = sum(1 for b in tests if b.get("success")) / len(tests)
            label = f"{name} (no memory)" if name in bare else name
            arm = Arm(name=label, mean=success, n=len(tests), success_rate=success)
            result.arms.append(arm)
            if name in bare and reference is None:
                reference = arm
        _learn_curves_and_comparisons(data.get("runs"), bare, result)
    for item in data.get("summary") or []:
        if not isinstance(item, dict):
            continue
        name = str(item.get("arm", "?"))
        phi, success = _interval(item.get("phi")), _interval(item.get("success"))
        chosen = success or phi
        if chosen is None:
            result.problems.append(f"arm {name!r}: no phi or success interval; skipped")
            continue
        mean, low, high, n = chosen
        arm = Arm(name=name, mean=mean, n=n, ci_low=low, ci_high=high)
        arm.success_rate = success[0] if success else None
        if phi is not None:
            arm.phi, arm.phi_low, arm.phi_high = phi[0], phi[1], phi[2]
        result.arms.append(arm)
        spec = item.get("spec") if isinstance(item.get("spec"), dict) else {}
        if spec.get("learn") is False and spec.get("memory") is False and reference is None:
            reference = arm
        curve = _points(item.get("train_success_curve"))
        if curve:
            result.train_curves[f"{name}: train success"] = curve
        test_curve = [
            (float(p["trained"]), float(p["success"]))
            for p in item.get("test_curve") or []
            if isinstance(p, dict) and None not in (_num(p.get("trained")), _num(p.get("success")))
        ]
        if test_curve:
            result.curves[name] = test_curve
    if reference is not None and result.curves:  # before any training, an arm is the no-memory baseline
        for name, points in result.curves.items():
            result.curves[name] = [(0.0, reference.mean), *points]
        label = reference.name if reference.name.endswith("(no memory)") else f"{reference.name} (no memory)"
        result.curves[label] = [
            (0.0, reference.mean),
            (max(x for pts in result.curves.values() for x, _ in pts), reference.mean),
        ]
    for comp in data.get("comparisons") or []:
        diff = _interval(comp.get("diff")) if isinstance(comp, dict) else None
        if diff is None:
            continue
        result.comparisons.append(
            {
                "arm": str(comp.get("arm", "?")),
                "reference": str(comp.get("reference", "?")),
                "metric": str(comp.get("metric", "")),
                "mean": diff[0],
                "low": diff[1],
                "high": diff[2],
                "wins": comp.get("wins", "?"),
                "losses": comp.get("losses", "?"),
                "ties": comp.get("ties", "?"),
                "significant": diff[1] > 0 or diff[2] < 0,
            }
        )
    _bench_runs(data.get("runs"), result)
    splits = data.get("splits")
    if isinstance(splits, dict):
        for seed, named in splits.items():
            if not isinstance(named, dict):
                continue
            for split, record in named.items():
                if isinstance(record, dict):
                    n = record.get("n")
                    result.splits.append(
                        (str(seed), str(split), n if isinstance(n, int) else 0, str(record.get("hash", "")))
                    )
    for key in ("seeds", "immune", "created"):
        if data.get(key) not in (None, "", []):
            result.facts.append((key, str(data[key])))
    if isinstance(data.get("seconds"), int | float):
        result.facts.append(("seconds", f"{data['seconds']:.1f}"))


def _bench_runs(runs: Any, result: Result) -> None:
    """Per arm and seed: the decisions memory CI made, and which test cases showed which cards."""
    for run in runs if isinstance(runs, list) else []:
        if not isinstance(run, dict):
            continue
        arm, seed = str(run.get("arm", "?")), run.get("seed")
        tests = [t for t in run.get("test") or [] if isinstance(t, dict)]
        store = str(run.get("store") or "")
        traces = ""
        if result.workdir:
            traces = str(Path(result.workdir) / _safe(arm) / f"seed-{seed}" / "traces")
        result.runs.append(
            {
                "arm": arm,
                "seed": seed,
                "model": str(run.get("model", "")),
                "candidates": run.get("candidates", 0),
                "promoted": run.get("promoted", 0),
                "replay_episodes": run.get("replay_episodes", 0),
                "test_n": len(tests),
                "test_success": sum(1 for t in tests if t.get("success")),
                "store": store,
                "traces": traces,
            }
        )
        for item in run.get("decisions") or []:
            if isinstance(item, dict):
                result.decisions.append(
                    {
                        "card_id": str(item.get("card_id", "")),
                        "kind": str(item.get("kind", "")),
                        "status": str(item.get("status", "")),
                        "reason": str(item.get("reason", "")),
                        "rule": "",
                        "arm": arm,
                        "seed": str(seed),
                    }
                )
        shown: dict[str, list[bool]] = {}
        for test in tests:
            for card_id in test.get("memory_ids") or []:
                shown.setdefault(str(card_id), []).append(bool(test.get("success")))
        for card_id, outcomes in shown.items():
            result.usage.setdefault(card_id, []).append(
                {"arm": arm, "seed": seed, "shown": len(outcomes), "success": sum(outcomes), "of": len(tests)}
            )


def _safe(name: str) -> str:
    """The harness's folder name for an arm (``purpose_learn.pipeline._safe``)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)


def _arms(arms: Any, result: Result) -> None:
    if result.format == "unknown":
        result.format = "benchmark arms"
    items: list[tuple[str, Any]]
    if isinstance(arms, dict):
        items = [(str(k), v) for k, v in arms.items()]
    elif isinstance(arms, list):
        items = [
            (str(a.get("name") or a.get("arm") or f"arm {i}") if isinstance(a, dict) else f"arm {i}", a)
            for i, a in enumerate(arms, 1)
        ]
    else:
        result.problems.append("'arms' is neither an object nor a list; ignored")
        return
    for name, value in items:
        arm = _arm(name, value)
        if arm is None:
            result.problems.append(f"arm {name!r}: no mean, score list or episodes found; skipped")
        else:
            result.arms.append(arm)


def _arm(name: str, value: Any) -> Arm | None:
    if isinstance(value, list):
        return _summary(name, value)
    if _num(value) is not None:
        return Arm(name=name, mean=float(value))
    if not isinstance(value, dict):
        return None
    for key in ("scores", "values", "episodes", "results"):
        if isinstance(value.get(key), list):
            arm = _summary(name, value[key])
            if arm is not None:
                _explicit_ci(value, arm)
                return arm
    mean = next(
        (
            _num(value.get(k))
            for k in ("mean", "mean_score", "score", "success_rate", "value")
            if _num(value.get(k)) is not None
        ),
        None,
    )
    if mean is None:
        return None
    n = value.get("n")
    success = _num(value.get("success_rate"))
    arm = Arm(name=name, mean=mean, n=int(n) if isinstance(n, int) else 0, success_rate=success)
    _explicit_ci(value, arm)
    return arm


def _explicit_ci(value: dict[str, Any], arm: Arm) -> None:
    for key in ("ci", "ci95", "confidence_interval", "interval"):
        pair = value.get(key)
        if isinstance(pair, list | tuple) and len(pair) == 2 and all(_num(x) is not None for x in pair):
            arm.ci_low, arm.ci_high = float(pair[0]), float(pair[1])
            return
        if (
            isinstance(pair, dict)
            and _num(pair.get("low")) is not None
            and _num(pair.get("high")) is not None
        ):
            arm.ci_low, arm.ci_high = float(pair["low"]), float(pair["high"])
            return
    low, high = _num(value.get("ci_low")), _num(value.get("ci_high"))
    if low is not None and high is not None:
        arm.ci_low, arm.ci_high = low, high


def _curves(value: Any, result: Result) -> None:
    if isinstance(value, dict) and value and all(isinstance(v, list) for v in value.values()):
        for name, points in value.items():
            parsed = _points(points)
            if parsed:
                result.curves[str(name)] = parsed
        return
    parsed = _points(value)
    if parsed:
        result.curves["learning curve"] = parsed
    else:
        result.problems.append("a learning curve is present but has no readable points")


def _points(value: Any) -> list[tuple[float, float]]:
    if not isinstance(value, list):
        return []
    out: list[tuple[float, float]] = []
    for i, item in enumerate(value, 1):
        if _num(item) is not None:
            out.append((float(i), float(item)))
        elif isinstance(item, list | tuple) and len(item) == 2 and all(_num(x) is not None for x in item):
            out.append((float(item[0]), float(item[1])))
        elif isinstance(item, dict):
            x = next(
                (
                    _num(item.get(k))
                    for k in ("x", "step", "episode", "n", "train_size")
                    if _num(item.get(k)) is not None
                ),
                float(i),
            )
            y = next(
                (
                    _num(item.get(k))
                    for k in ("y", "value", "score", "mean", "success_rate")
                    if _num(item.get(k)) is not None
                ),
                None,
            )
            if y is not None:
                out.append((x, y))
    return out


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if number == number and abs(number) != float("inf") else None
