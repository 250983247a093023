"""The benchmark harness on a scripted backend with real SQLite stores, real traces and real plugins.

The scripted model's behaviour is known in advance: without memory it answers only even-numbered items;
a solved-case memory holding the secret word makes it answer every item. So the gain the harness must
report, the replay decision, and where a planted test item sits are all known.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from learn_fixtures import CORE, WORD, policy, riddle_manager, riddle_settings, write_suite
from purpose_agent.plugin import (
    MemoryCard,
    PluginManager,
    PluginNotFoundError,
    RunMode,
    Settings,
    ValidationError,
    open_store,
)
from purpose_agent.testing import ScriptedBackend
from purpose_eval.arms import ArmSpec, parse_arms
from purpose_eval.harness import BenchConfig, run_benchmark
from purpose_eval.report import load_json, write_json
from purpose_learn import ContaminationError, EvalCase


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return riddle_settings(tmp_path, CORE)


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return riddle_manager(settings)


def config(tmp_path: Path, suite: str, **extra: object) -> BenchConfig:
    base = {
        "suite": suite,
        "seeds": [0, 1],
        "arms": parse_arms("baseline,full"),
        "workdir": str(tmp_path / "bench"),
        "agents": ["solver"],
        "resamples": 500,
    }
    return BenchConfig(**{**base, **extra})


def test_full_arm_beats_the_no_memory_baseline_with_paired_ci(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    events: list[tuple[str, int, int]] = []
    result = run_benchmark(
        config(tmp_path, str(suite)),
        settings=settings,
        manager=manager,
        backend=ScriptedBackend(policy),
        progress=lambda s, d, t: events.append((s, d, t)),
    )
    base, full = result.summary_of("baseline"), result.summary_of("full")
    assert base.success.n == full.success.n == 8  # 4 test items x 2 seeds
    odd = sum(1 for r in result.runs if r.arm == "baseline" for b in r.test if "horse" in b.answer)
    assert base.success.mean == pytest.approx(1 - odd / 8)
    assert full.success.mean == 1.0 and full.promoted >= 2
    (success,) = [c for c in result.comparisons if c.metric == "success"]
    assert success.losses == 0 and success.wins == odd
    assert (
        success.diff.mean == pytest.approx(odd / 8)
        and success.diff.low <= success.diff.mean <= success.diff.high
    )
    assert all(b.status == "completed" for r in result.runs for b in r.test)
    # every test episode ran in EVAL_TEST against a store that did not change
    # 2 seeds x (4 baseline test + 6 train + 4 test at the curve's midpoint + 4 final test)
    assert ("overall", 36, 36) in events
    assert [p.trained for p in full.test_curve] == [3, 6] and full.test_curve[-1].success == 1.0
    for run in result.runs:
        traces = list((Path(run.store).parent / "traces").rglob("*.jsonl"))
        assert traces
    # the record names what reproduces it
    assert set(result.splits) == {"0", "1"} and result.splits["0"]["test"].n == 4
    assert result.splits["0"]["test"].hash != result.splits["1"]["test"].hash
    assert {p["name"] for p in full.plugins} >= set(CORE)
    out = write_json(result, tmp_path / "result.json")
    again = load_json(out)
    assert again.config.arms[0].name == "baseline" and again.splits == result.splits


def test_same_seed_same_split_whatever_the_order(tmp_path) -> None:
    from purpose_learn import split_cases

    cases = [EvalCase(input=f"q{i}", expected=str(i), id=str(i)) for i in range(20)]
    a = split_cases(cases, seed=3)
    b = split_cases(list(reversed(cases)), seed=3)
    c = split_cases(cases, seed=4)
    assert a.record() == b.record()
    assert a.record()["test"].hash != c.record()["test"].hash
    assert (len(a.train), len(a.validation), len(a.test)) == (10, 5, 5)


def test_planted_test_item_in_memory_is_detected_and_refused(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    cfg = config(tmp_path, str(suite), seeds=[0])
    from purpose_eval.harness import prepare

    test_item = prepare(cfg, settings, manager).splits[0].test[0]
    planted = tmp_path / "planted.db"
    store = open_store(planted, RunMode.LEARNING_TRAIN, manager=manager)
    store.add(MemoryCard(kind="episodic_case", content=f"Solved: {test_item.input} -> {WORD}", trust=0.5))
    store.close()
    backend = ScriptedBackend(policy)
    with pytest.raises(ContaminationError) as err:
        run_benchmark(
            cfg.model_copy(update={"initial_store": str(planted)}),
            settings=settings,
            manager=manager,
            backend=backend,
        )
    assert "no score is reported" in str(err.value) and test_item.id in str(err.value)
    assert {f.method for f in err.value.findings} >= {"substring", "search"}
    assert backend.calls == [], "contamination must be refused before any model time"


def test_search_finds_a_reformatted_copy_that_hashing_misses(tmp_path, manager) -> None:
    from purpose_learn import check_contamination

    case = EvalCase(input="What is 37 * 41?", expected="1517", id="t1")
    store = open_store(tmp_path / "m.db", RunMode.LEARNING_TRAIN, manager=manager)
    store.add(
        MemoryCard(kind="episodic_case", content="Worked example: 41 * 37, what is it? 1517", trust=0.5)
    )
    store.add(MemoryCard(kind="episodic_case", content="What is 37 + 41? 78", trust=0.5))
    findings = check_contamination(store, [case])
    store.close()
    assert [f.method for f in findings] == ["search"]


def test_contamination_during_training_is_refused_after_training(tmp_path, settings, manager) -> None:
    """A training item that quotes a test item reaches memory through learning and is caught."""
    path = tmp_path / "leaky.jsonl"
    rows = [
        {
            "input": f"What is the secret word for item {i}?",
            "expected": WORD,
            "split": "train",
            "task_type": "riddle",
        }
        for i in (0, 4, 6)
    ]
    rows.append(
        {
            "input": "Asked before: What is the secret word for item 2? Say it again, item 8",
            "expected": WORD,
            "split": "train",
            "task_type": "riddle",
        }
    )
    rows.append({"input": "What is the secret word for item 2?", "expected": WORD, "split": "test"})
    rows.append({"input": "What is the secret word for item 9?", "expected": WORD, "split": "validation"})
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.raises(ContaminationError) as err:
        run_benchmark(
            config(tmp_path, str(path), seeds=[0]),
            settings=settings,
            manager=manager,
            backend=ScriptedBackend(policy),
        )
    assert "after training" in str(err.value)


# -- bad input is refused before any model time ------------------------------------------------------


def _refused(tmp_path, settings, manager, cfg: BenchConfig, match: str, error=ValidationError) -> None:
    backend = ScriptedBackend(policy)
    with pytest.raises(error, match=match):
        run_benchmark(cfg, settings=settings, manager=manager, backend=backend)
    assert backend.calls == []
    assert not (tmp_path / "bench").exists()


def test_empty_suite_is_refused(tmp_path, settings, manager) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    _refused(tmp_path, settings, manager, config(tmp_path, str(empty)), "is empty")


def test_checker_that_raises_is_refused(tmp_path, settings, manager, monkeypatch) -> None:
    from purpose_learn import GeneratedSuite

    def broken(answer: str, case: EvalCase) -> bool:
        return int(answer) == int(case.expected or 0)  # int("") raises

    suite = GeneratedSuite(
        "broken",
        lambda n, s: [EvalCase(input=f"say {i}", expected=str(i), checker=broken) for i in range(n)],
        description="a checker that raises on an empty answer",
        default_size=8,
        full_size=8,
    )
    monkeypatch.setattr(
        "purpose_learn.suite.available_suites", lambda manager: {"broken": suite}
    )
    _refused(tmp_path, settings, manager, config(tmp_path, "broken"), "checker raised ValueError")


def test_split_with_empty_test_set_is_refused(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "two.jsonl", n=2)
    _refused(tmp_path, settings, manager, config(tmp_path, str(suite), test=0.2), "leaves the test set empty")


def test_arm_naming_an_uninstalled_plugin_is_refused(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    cfg = config(tmp_path, str(suite), arms=parse_arms("baseline,without:research-nonexistent"))
    _refused(tmp_path, settings, manager, cfg, "'research-nonexistent', which are not installed")


def test_unknown_suite_and_unknown_arm_are_refused(tmp_path, settings, manager) -> None:
    _refused(
        tmp_path, settings, manager, config(tmp_path, "no-such-suite"), "no suite named", PluginNotFoundError
    )
    with pytest.raises(ValidationError, match="unknown arm 'fulll'"):
        parse_arms("baseline,fulll")


def test_checker_rejecting_its_own_answer_is_refused(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "bad.jsonl", checker="numeric")
    _refused(tmp_path, settings, manager, config(tmp_path, str(suite)), "rejects the expected answer")


def test_arm_plugin_sets_reach_the_run(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "secret.jsonl", n=8)
    arms = [
        ArmSpec(name="baseline", learn=False, memory=False),
        ArmSpec(name="no-cases", disable=["core-optimizer-cases"]),
    ]
    result = run_benchmark(
        config(tmp_path, str(suite), arms=arms, seeds=[0]),
        settings=settings,
        manager=manager,
        backend=ScriptedBackend(policy),
    )
    plugins = {p["name"] for p in result.summary_of("no-cases").plugins}
    assert "core-optimizer-cases" not in plugins and "core-strategy-react" in plugins
    assert result.summary_of("no-cases").promoted == 0
