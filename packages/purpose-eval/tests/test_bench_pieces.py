"""The harness's parts on their own: bootstrap intervals, suites, case hashing, arms, the built-in suite."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from learn_fixtures import CORE
from purpose_agent.plugin import ConfigError, PluginManager, PluginsConfig, Settings, ValidationError
from purpose_eval.arms import ArmSpec, arm_settings, defined_arms, parse_arms
from purpose_eval.stats import bootstrap_mean, paired_bootstrap
from purpose_learn import EvalCase, JsonlSuite, arithmetic_cases, available_suites, validate_cases


@given(st.lists(st.floats(0, 1), min_size=1, max_size=40), st.integers(0, 5))
@settings(max_examples=40, deadline=None)
def test_bootstrap_interval_holds_the_mean_and_stays_in_range(values, seed) -> None:
    ci = bootstrap_mean(values, resamples=200, seed=seed)
    assert 0 - 1e-9 <= ci.low <= ci.mean + 1e-9 and ci.mean - 1e-9 <= ci.high <= 1 + 1e-9
    assert ci.n == len(values)


def test_bootstrap_covers_the_true_rate_about_95_percent_of_the_time() -> None:
    rng = random.Random(7)
    covered = 0
    for trial in range(120):
        sample = [float(rng.random() < 0.3) for _ in range(60)]
        ci = bootstrap_mean(sample, resamples=300, seed=trial)
        covered += ci.low <= 0.3 <= ci.high
    assert 0.86 <= covered / 120 <= 0.99


def test_pairing_narrows_the_interval_when_items_differ_in_difficulty() -> None:
    rng = random.Random(1)
    easy = [rng.random() < 0.5 for _ in range(80)]  # half the items are easy for both arms
    ref = [float(e) for e in easy]
    arm = [1.0 if e else float(i % 4 == 0) for i, e in enumerate(easy)]  # the arm also solves 1/4 of the hard
    paired = paired_bootstrap(arm, ref, resamples=1000)
    unpaired_width = (bootstrap_mean(arm).high - bootstrap_mean(arm).low) + (
        bootstrap_mean(ref).high - bootstrap_mean(ref).low
    )
    assert paired.diff.high - paired.diff.low < unpaired_width / 2
    assert paired.losses == 0 and paired.significant
    with pytest.raises(ValueError, match="differ in length"):
        paired_bootstrap([1.0], [1.0, 0.0])


def test_same_seed_same_numbers() -> None:
    values = [1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0]
    assert bootstrap_mean(values, seed=3) == bootstrap_mean(values, seed=3)


def test_builtin_arithmetic_is_seeded_unique_and_checkable() -> None:
    a, b = arithmetic_cases(200, 0), arithmetic_cases(200, 0)
    assert [c.input for c in a] == [c.input for c in b]
    assert len({c.input_hash for c in a}) == 200
    pairs = {tuple(sorted(map(int, c.input[8:-1].split(" * ")))) for c in a}
    assert len(pairs) == 200  # no commuted duplicates either
    validate_cases("arithmetic", a)
    assert arithmetic_cases(5, 1)[0].input != a[0].input
    mixed = arithmetic_cases(6, 0, "*+-")
    assert [c.tags[1] for c in mixed] == ["*", "+", "-", "*", "+", "-"]


def test_builtin_suites_register_through_the_evaluator_hook(tmp_path) -> None:
    manager = PluginManager(Settings(plugins=PluginsConfig(enabled=CORE))).load()
    suites = available_suites(manager)
    assert {"arithmetic", "arithmetic-mixed"} <= set(suites)
    assert manager.evaluators().plugin_of("arithmetic") == "learn"
    assert "core-judge" not in {e.plugin for e in manager.evaluators().entries()}  # judges: their own family
    assert manager.judges().plugin_of("purpose-function") == "core-judge"
    assert suites["arithmetic"].default_size <= 24


def test_case_hash_ignores_case_space_and_edge_punctuation() -> None:
    one = EvalCase(input="What is 2 + 2?", expected="4")
    two = EvalCase(input="  what IS 2 + 2 ", expected="4")
    assert one.content_hash == two.content_hash
    assert one.content_hash != EvalCase(input="What is 2 + 3?", expected="5").content_hash


def test_jsonl_suite_errors_name_the_line(tmp_path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"input": "a", "expected": "1"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"s\.jsonl:2: not valid JSON"):
        JsonlSuite(path).cases(0, 0)
    path.write_text(json.dumps({"expected": "1"}) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"s\.jsonl:1: input"):
        JsonlSuite(path).cases(0, 0)


def test_cases_without_a_way_to_score_or_with_duplicates_are_refused() -> None:
    with pytest.raises(ValidationError, match="neither 'expected' nor 'checker'"):
        validate_cases("s", [EvalCase(input="hi", id="c1")])
    with pytest.raises(ValidationError, match="the same input as case a"):
        validate_cases(
            "s", [EvalCase(input="Hi", expected="x", id="a"), EvalCase(input="hi ", expected="y", id="b")]
        )
    with pytest.raises(ValidationError, match="unknown checker 'fuzzy'"):
        validate_cases("s", [EvalCase(input="hi", expected="x", checker="fuzzy")])


def test_arms_from_toml_and_their_plugin_sets(tmp_path) -> None:
    path = tmp_path / "arms.toml"
    path.write_text('[arms.no-cases]\ndisable = ["core-optimizer-cases"]\n[arms.bad]\nlearnn = true\n')
    with pytest.raises(ConfigError, match=r"arms\.bad\.learnn"):
        defined_arms(Settings(), path)
    path.write_text('[arms.no-cases]\ndisable = ["core-optimizer-cases"]\nmodel = "other"\n')
    (arm,) = parse_arms("no-cases", defined_arms(Settings(), path))
    base = Settings(plugins=PluginsConfig(enabled=CORE))
    manager = PluginManager(base).load()
    settings = arm_settings(arm, base, manager)
    assert settings.model == "other" and "core-optimizer-cases" in settings.plugins.disabled
    assert PluginManager(settings).load().loaded_set() != manager.loaded_set()
    (only,) = parse_arms("only:core-strategy-react")
    assert arm_settings(only, base, manager).plugins.disabled == []  # core techniques are never switched off
    # the default strategy is purpose-react's, not core's: an ``only:`` arm for anything else keeps it on
    (cases_only,) = parse_arms("only:core-optimizer-cases")
    assert arm_settings(cases_only, base, manager).plugins.disabled == []


def test_an_arm_selects_its_strategy_and_an_unknown_one_is_refused(tmp_path) -> None:
    path = tmp_path / "arms.toml"
    path.write_text('[arms.react-again]\nstrategy = "react"\n[arms.dreamer]\nstrategy = "dreamer"\n')
    arms = defined_arms(Settings(), path)
    base = Settings(plugins=PluginsConfig(enabled=CORE), strategy="something-else")
    manager = PluginManager(base.model_copy(update={"strategy": "react"})).load()
    assert arm_settings(arms["react-again"], base, manager).strategy == "react"
    assert arm_settings(parse_arms("baseline")[0], base, manager).strategy == "something-else"
    with pytest.raises(ValidationError, match=r"strategy 'dreamer', which no enabled plugin registers"):
        arm_settings(arms["dreamer"], base, manager)
    # the arm's own plugin set decides: a strategy plugin the base switches off, the arm switches on
    off = Settings(plugins=PluginsConfig(enabled=CORE, disabled=["core-strategy-react"]))
    arm = ArmSpec(name="react-on", only=["core-strategy-react"], strategy="react")
    assert arm_settings(arm, off, PluginManager(off).load()).strategy == "react"
