"""The tolerant result reader and the SVG charts, on real and hand-shaped result files."""

from __future__ import annotations

import json
from pathlib import Path

from purpose_ui import charts, results


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_learn_result_gives_both_arms_test_means_and_the_splits(scenario) -> None:
    loaded = results.load(scenario.results / "learn.json")  # what pa.learn() returns (a LearnResult)
    assert loaded.format == "purpose learn result" and not loaded.problems
    base, learned = loaded.arms
    assert (base.name, base.n, learned.name, learned.n) == ("baseline (no memory)", 2, "learned", 2)
    assert base.ci_low is None  # intervals are purpose-eval's; a learn result shows the test means
    assert learned.mean == 1.0 >= base.mean
    assert {(seed, split, n) for seed, split, n, _ in loaded.splits} == {
        ("0", "train", 3),
        ("0", "validation", 3),
        ("0", "test", 2),
    }
    # no summary in a LearnResult: the curve and the paired comparison come from its runs
    assert loaded.curves["learned"][0] == (0.0, base.mean) and loaded.curves["learned"][-1] == (3.0, 1.0)
    assert loaded.curves["baseline (no memory)"] == [(0.0, base.mean), (3.0, base.mean)]
    (comparison,) = loaded.comparisons
    assert (comparison["arm"], comparison["reference"]) == ("learned", "baseline")
    assert comparison["wins"] + comparison["losses"] + comparison["ties"] == 2
    assert comparison["mean"] == learned.mean - base.mean


def test_harness_shapes_are_read(tmp_path: Path) -> None:
    data = {
        "title": "ablation",
        "arms": [
            {"name": "no memory", "mean": 0.3, "ci": [0.2, 0.4], "n": 40},
            {"name": "full", "scores": [1, 0, 1, 1]},
            {"name": "broken"},
        ],
        "learning_curve": [{"train_size": 0, "score": 0.3}, {"train_size": 10, "score": 0.5}],
    }
    loaded = results.load(_write(tmp_path / "a.json", data))
    assert [a.name for a in loaded.arms] == ["no memory", "full"]
    assert (loaded.arms[0].ci_low, loaded.arms[0].ci_high, loaded.arms[1].mean) == (0.2, 0.4, 0.75)
    assert loaded.curves["learning curve"] == [(0.0, 0.3), (10.0, 0.5)]
    assert any("broken" in p for p in loaded.problems)
    mapping = results.load(_write(tmp_path / "b.json", {"arms": {"a": 0.5, "b": {"success_rate": 0.7}}}))
    assert [(a.name, a.mean) for a in mapping.arms] == [("a", 0.5), ("b", 0.7)]


def test_unreadable_files_are_reported_not_dropped(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    _write(tmp_path / "list.json", [1, 2])
    _write(tmp_path / "other.json", {"hello": 1})
    found = {r.name: r for r in map(results.load, results.discover([tmp_path]))}
    assert "cannot read it as JSON" in found["bad"].problems[0]
    assert "not an object" in found["list"].problems[0]
    assert "top-level keys: hello" in found["other"].problems[0]


def test_bootstrap_is_seeded_and_brackets_the_mean() -> None:
    values = [0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    low, high = results.bootstrap_ci(values)
    assert results.bootstrap_ci(values) == (low, high) and low < sum(values) / len(values) < high
    assert results.bootstrap_ci([]) == (0.0, 0.0) and results.bootstrap_ci([0.4]) == (0.4, 0.4)


def test_charts_escape_names_and_draw_every_arm() -> None:
    arms = [
        results.Arm(name="<script>x</script>", mean=0.4, n=3, ci_low=0.1, ci_high=0.7),
        results.Arm(name="b", mean=0.9, n=3),
    ]
    svg = charts.bar_chart(arms)
    assert svg.startswith("<svg") and svg.count('class="bar"') == 2 and svg.count('class="ci"') == 1
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    line = charts.line_chart({"a&b": [(1, 0.2), (2, 0.6)]})
    assert 'class="curve"' in line and "a&amp;b" in line
    assert charts.bar_chart([]) == "" and charts.line_chart({}) == ""


def test_bench_result_shape(tmp_path: Path) -> None:
    interval = {"mean": 0.6, "low": 0.4, "high": 0.8, "n": 10, "level": 0.95}
    data = {
        "schema_version": 1,
        "created": "2026-11-25",
        "suite": {"name": "arithmetic"},
        "runs": [],
        "summary": [
            {
                "arm": "baseline",
                "phi": {**interval, "mean": 0.3},
                "success": interval,
                "train_success_curve": [],
            },
            {"arm": "full", "phi": interval, "success": interval, "train_success_curve": [0.0, 0.5, 0.67]},
        ],
        "comparisons": [
            {
                "arm": "full",
                "reference": "baseline",
                "metric": "phi",
                "diff": interval,
                "wins": 5,
                "losses": 1,
                "ties": 4,
            }
        ],
        "immune": "on",
    }
    loaded = results.load(_write(tmp_path / "bench.json", data))
    assert loaded.format == "purpose bench result" and loaded.title == "bench: arithmetic"
    # bars are test success (what the harness's own plot draws); the purpose function's score beside it
    assert [(a.name, a.mean, a.ci_low, a.ci_high, a.n, a.phi) for a in loaded.arms] == [
        ("baseline", 0.6, 0.4, 0.8, 10, 0.3),
        ("full", 0.6, 0.4, 0.8, 10, 0.6),
    ]
    assert loaded.train_curves == {"full: train success": [(1.0, 0.0), (2.0, 0.5), (3.0, 0.67)]}
    (comp,) = loaded.comparisons
    assert (comp["arm"], comp["metric"], comp["mean"], comp["wins"], comp["significant"]) == (
        "full",
        "phi",
        0.6,
        5,
        True,
    )


def test_a_shape_nobody_expected_costs_one_row_not_the_page(tmp_path: Path) -> None:
    data = {"summary": [{"arm": "a", "success": {"mean": 0.5, "low": 0, "high": 1}}], "runs": "oops"}
    data["comparisons"] = [{"diff": {"mean": 1, "low": 0, "high": 2}, "wins": None}]
    data["splits"] = {"0": {"test": {"n": "x", "hash": 5}}, "1": []}
    loaded = results.load(_write(tmp_path / "odd.json", data))
    assert [a.name for a in loaded.arms] == ["a"] and loaded.splits == [("0", "test", 0, "5")]
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in results.load(deep).problems[0]
