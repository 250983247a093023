"""The fncall-sealed suite: a fourth function-calling suite on fncall's tool and checker, written blind.

Its data must be what the shared generator makes from its own catalogue, its functions must be new (no
name or description shared with fncall, fncall-unseen or fncall-fresh), every request's expected call must
be valid under its schema (bounds included) and be accepted by the checker through core's real toolbox, a
call with one argument changed must be refused, and the split must keep whole functions out of training.
These tests read only aggregate properties of the requests, never one request's text.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fncall_checks import (
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one,
    assert_distinct_and_varied,
)
from purpose_agent.plugin import ToolBox, tool_spec, validate
from purpose_learn import split_cases, validate_cases
from purpose_suites import plugin
from purpose_suites.fncall import FunctionTool, fncall_sealed_cases, load

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
SCRIPT = SCRIPTS / "make_fncall.py"
SUITE = "fncall-sealed"
OTHERS = ("fncall", "fncall-unseen", "fncall-fresh")
WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def test_the_shipped_data_is_what_the_committed_generator_makes() -> None:
    command = [sys.executable, str(SCRIPT), "--suite", SUITE, "--check"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_its_functions_are_new_typed_and_every_expected_call_is_valid() -> None:
    data = load(SUITE)
    functions, requests = data["functions"], data["requests"]
    assert len(functions) == 80 and len(requests) == plugin.FNCALL_SEALED_FULL_SIZE == 2 * len(functions)
    names = {f["name"] for f in functions}
    assert len(names) == len(functions)
    for other in OTHERS:
        seen = load(other)["functions"]
        assert not names & {f["name"] for f in seen}, other
        assert not {f["description"] for f in functions} & {f["description"] for f in seen}, other
        # only two domain names are shared, with fncall's (its functions there are others: see the names)
        shared = {"real_estate", "weather"} if other == "fncall" else set()
        assert {f["domain"] for f in functions} & {f["domain"] for f in seen} <= shared, other
    domains: dict[str, int] = {}
    for fn in functions:
        domains[fn["domain"]] = domains.get(fn["domain"], 0) + 1
    assert len(domains) == 16 and set(domains.values()) == {5}
    assert all(2 <= len(f["parameters"]["properties"]) <= 6 for f in functions)
    props = [p for f in functions for p in f["parameters"]["properties"].values()]
    assert {p["type"] for p in props} == {"number", "integer", "string", "boolean", "array"}
    assert {p["items"]["type"] for p in props if p["type"] == "array"} == {"number", "integer", "string"}
    assert sum("enum" in p for p in props) >= 40 and sum("default" in p for p in props) >= 50
    bounded = [p for p in props if "minimum" in p]
    assert len(bounded) >= 20 and {p["type"] for p in bounded} == {"number", "integer"}
    assert sum(p["description"].endswith("as YYYY-MM-DD") for p in props) >= 8
    for fn in functions:
        assert tool_spec(FunctionTool(fn, [])).name == fn["name"]  # raises for a schema it cannot offer
    given: dict[tuple[str, str], int] = {}
    for req in requests:
        schema = data["by_name"][req["function"]]["parameters"]
        assert validate(req["arguments"], schema) == [], req["id"]
        for name in set(schema["properties"]) - set(schema["required"]):
            key = (req["function"], name)
            given[key] = given.get(key, 0) + (name in req["arguments"])
    # each optional parameter is said by one of its function's two requests and left out by the other
    assert len(given) >= 50 and set(given.values()) == {1}
    assert_distinct_and_varied([r["input"] for r in requests])


def test_values_are_written_the_ways_people_write_them() -> None:
    """Numbers in words, percentages, dates in words, 12-hour times, quoted text, lists one item a line or
    with semicolons, enum members said by another word, and numbers that are no argument."""
    data = load(SUITE)
    requests = data["requests"]
    texts = [r["input"] for r in requests]
    in_words = [
        r["id"]
        for r in requests
        for value in r["arguments"].values()
        if type(value) is int and 2 <= value <= 12 and re.search(rf"\b{WORDS[value - 2]}\b", r["input"])
    ]
    assert len(in_words) >= 15
    fractions = [
        r["id"]
        for r in requests
        for value in r["arguments"].values()
        if isinstance(value, float)
        and 0 < value < 1
        and re.search(rf"\b{round(value * 100)} ?(%|percent)", r["input"])
    ]
    assert len(fractions) >= 8
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    short = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    assert sum(bool(re.search(rf"\b({months}) \d|\d ({short}) \d", t)) for t in texts) >= 8
    assert sum(bool(re.search(r"\d:\d\d [ap]m|\d\.\d\d[ap]m", t)) for t in texts) >= 3
    assert sum(bool(re.search(r"[\"\u201c\u2018]", t)) for t in texts) >= 8
    assert sum("\n- " in t for t in texts) >= 4 and sum("; " in t for t in texts) >= 2
    synonyms = [
        (r["id"], name)
        for r in requests
        for name, value in r["arguments"].items()
        if "enum" in data["by_name"][r["function"]]["parameters"]["properties"][name]
        and str(value).replace("_", " ").casefold() not in r["input"].casefold()
    ]
    assert len(synonyms) >= 30
    # a number in the text that is no argument's value (a lead-in's ticket number, a count in a story)
    values = [{str(v) for v in r["arguments"].values() if isinstance(v, int | float)} for r in requests]
    decoys = [
        t
        for t, vs in zip(texts, values, strict=True)
        if set(re.findall(r"\d+", t)) - {d for v in vs for d in re.findall(r"\d+", v)}
    ]
    assert len(decoys) >= 60


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cases_are_seeded_prefix_stable_valid_and_split_by_function(seed: int) -> None:
    small, full = fncall_sealed_cases(40, seed), fncall_sealed_cases(plugin.FNCALL_SEALED_FULL_SIZE, seed)
    assert [c.input for c in small] == [c.input for c in full[:40]]
    assert [c.content_hash for c in fncall_sealed_cases(40, seed)] == [c.content_hash for c in small]
    validate_cases(SUITE, full)  # the pre-flight check: every checker accepts its expected call, rejects ""
    assert all(c.id.startswith(f"{SUITE}-") and c.tags[0] == SUITE for c in full)
    assert all(c.group and c.group in c.expected and c.task_type == "function-call" for c in full)
    assert len({c.group for c in full}) == 80
    for cases in (small, full):
        split = split_cases(cases, seed=seed, suite=SUITE)
        test_groups = {c.group for c in split.test}
        assert test_groups and not test_groups & {c.group for c in split.train + split.validation}
        assert split.train and split.validation


def test_the_checker_takes_each_expected_call_through_the_toolbox_and_refuses_each_changed_one() -> None:
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one(
        load(SUITE), fncall_sealed_cases(plugin.FNCALL_SEALED_FULL_SIZE, 0)
    )


def test_a_call_outside_a_stated_bound_is_refused_by_the_toolbox() -> None:
    """The bounds this suite's schemas state are enforced where the agent calls, not only written."""
    data = load(SUITE)
    refused = 0
    for case in fncall_sealed_cases(plugin.FNCALL_SEALED_FULL_SIZE, 0):
        props = data["by_name"][case.group]["parameters"]["properties"]
        right = json.loads(case.expected.split("(", 1)[1][:-1])
        for name in right:
            if "maximum" in props[name]:
                (tool,) = case.tools()
                beyond = {**right, name: props[name]["maximum"] + 1}
                assert ToolBox([tool]).call(tool.name, beyond).status != "ok", (case.id, name)
                refused += 1
    assert refused >= 20


def test_the_catalogue_bounds_every_drawn_value_it_states_a_limit_for() -> None:
    """A stated bound holds every value the generator may draw, so no expected call breaks its schema."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        import make_fncall
        from fncall_catalog import F, I, N
        from fncall_sealed_catalog import FUNCTIONS, Lim
    finally:
        sys.path.remove(str(SCRIPTS))
    fn = F("f", "d", "a function", [Lim(I("k", "a count", 2, 5), 1, 9), N("x", "a number", 0, 1)], "{k} {x}")
    props = make_fncall._schema(fn)["properties"]
    assert (props["k"]["minimum"], props["k"]["maximum"]) == (1, 9)
    assert "minimum" not in props["x"] and "maximum" not in props["x"]
    for function in FUNCTIONS:
        for param in function.params:
            if param.bounds is not None:
                lo, hi = param.draw
                assert param.bounds[0] <= lo <= hi <= param.bounds[1], (function.name, param.name)
