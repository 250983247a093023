"""All five detectors together on the labelled dev corpus: a regression floor for recall and false positives.

The corpus is built by tests/data/build_corpus.py; benchmarks/immune.py reports the same figures with
bastioncorpus and the holdout file as well.
"""

from __future__ import annotations

import json
from pathlib import Path

from purpose_agent.plugin import PluginManager, Settings, run_scanners
from purpose_immune_engine.item import ScanItem

DATA = Path(__file__).parent / "data"


def test_dev_corpus_recall_and_false_positives_stay_above_the_floor() -> None:
    manager = PluginManager(Settings()).load(strict_names=False)
    scanners = [e.item for e in manager.scanners().entries() if e.name.startswith("immune-")]
    assert len(scanners) == 6  # five rule detectors and the learned one
    rows = [json.loads(line) for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    attacks = [r for r in rows if r["label"] == "attack"]
    benign = [r for r in rows if r["label"] == "benign"]
    caught = sum(
        not run_scanners(ScanItem.from_text(r["text"], kind=r.get("kind")), scanners).passed for r in attacks
    )
    false_pos = sum(not run_scanners(ScanItem.from_text(r["text"]), scanners).passed for r in benign)
    assert caught / len(attacks) >= 0.97
    assert false_pos / len(benign) <= 0.01


def _benchmark():  # type: ignore[no-untyped-def]
    import importlib.util

    # the benchmark puts its own folder on the path for its sibling immune_sources
    path = Path(__file__).resolve().parents[4] / "benchmarks" / "immune.py"
    spec = importlib.util.spec_from_file_location("immune_benchmark", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_the_benchmarks_stage_costs_name_every_detector_and_time_each() -> None:
    """``benchmarks/immune.py``'s ``stage_us``: each stage of a real scan, timed on real texts."""
    bench = _benchmark()
    manager = PluginManager(Settings()).load(strict_names=False)
    entries = [e for e in manager.scanners().entries() if e.name.startswith("immune-")]
    rows = [json.loads(line) for line in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows[:40]]
    stages = bench.stage_costs(texts, [e.item for e in entries], rounds=1)
    assert list(stages) == ["views", "automaton", *(e.name for e in entries)]
    assert stages["views"] > 0 and all(v >= 0 for v in stages.values())
    assert sum(stages[e.name] for e in entries) > 0  # the detectors did work on the prepared items


def test_the_sealed_source_is_measured_and_never_trained_on() -> None:
    """``blind-mixed`` is scanned by the shipped detectors as totals, and is not among the sources the
    learned detector trains on or the leave-one-source-out figures use."""
    bench = _benchmark()
    sealed = bench.immune_sources.load_sealed()
    assert len(sealed["blind-mixed"]) == 326 and "blind-mixed" not in bench.immune_sources.load_all()
    rules, classifier, _ = bench.load_scanners()
    figures = bench.sealed_figures(rules, classifier)
    assert figures["sealed_sources"] == {"blind-mixed": 326}
    assert 0.0 < figures["recall_sealed"] < 1.0 and 0.0 <= figures["false_positive_rate_sealed"] < 1.0
