"""Checks the function-calling suites' data share (imported by their tests)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from purpose_agent.plugin import ToolBox, validate
from purpose_learn import split_cases, validate_cases


def assert_distinct_and_varied(texts: Sequence[str]) -> None:
    """Every request is distinct, and no single two-word opening covers more than a few percent of them."""
    inputs = [t.casefold() for t in texts]
    assert len(set(inputs)) == len(inputs)
    openings: dict[str, int] = {}
    for text in inputs:
        key = " ".join(text.split()[:2])
        openings[key] = openings.get(key, 0) + 1
    assert max(openings.values()) < 0.06 * len(inputs)


def changed(value: Any, prop: dict[str, Any]) -> Any:
    """One argument's value made wrong but still valid under its schema (inside its bounds)."""
    kind = prop["type"]
    if kind == "array":
        item = prop["items"]["type"]
        return [changed(value[0], {"type": item}), *value[1:]]
    if "enum" in prop:
        return next(m for m in prop["enum"] if m != value)
    if kind == "boolean":
        return not value
    if kind in ("number", "integer"):  # beyond the checker's relative 1e-4 (a large integer +1 is within)
        up = int(value * 1.01) + 1 if kind == "integer" else round(value * 1.01 + 1, 2)
        if up <= prop.get("maximum", up):
            return up
        return value - 1 if kind == "integer" else round((value + prop["minimum"]) / 2, 3)
    return value + " extra"


def assert_checker_takes_each_expected_call_and_refuses_each_changed_one(
    data: dict[str, Any], cases: Sequence[Any]
) -> None:
    """Each expected call passes the real toolbox and the suite's checker; each call with one argument
    changed (still valid under the schema) passes the toolbox and is refused by the checker."""
    for case in cases:
        props = data["by_name"][case.group]["parameters"]["properties"]
        right = json.loads(case.expected.split("(", 1)[1][:-1])
        (tool,) = case.tools()
        assert ToolBox([tool]).call(tool.name, right).status == "ok" and case.checker("done", case), case.id
        for name in right:
            (tool,) = case.tools()
            wrong = {**right, name: changed(right[name], props[name])}
            assert ToolBox([tool]).call(tool.name, wrong).status == "ok", (case.id, name)
            assert not case.checker("done", case), (case.id, name)


WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def assert_written_the_ways_people_write(data: dict[str, Any], *, fractions: int, quotes: int) -> None:
    """Numbers in words, percentages (at least ``fractions``), dates in words, 12-hour times, quoted text (at
    least ``quotes``), lists one item a line or with semicolons, enum members said by another word, and
    numbers that are no argument: a blind suite's requests are written as people write, not as a template."""
    requests = data["requests"]
    texts = [r["input"] for r in requests]
    in_words = [
        r["id"]
        for r in requests
        for value in r["arguments"].values()
        if type(value) is int and 2 <= value <= 12 and re.search(rf"\b{WORDS[value - 2]}\b", r["input"])
    ]
    assert len(in_words) >= 15
    percents = [
        r["id"]
        for r in requests
        for value in r["arguments"].values()
        if isinstance(value, float)
        and 0 < value < 1
        and re.search(rf"\b{round(value * 100)} ?(%|percent)", r["input"])
    ]
    assert len(percents) >= fractions
    assert sum(bool(re.search(rf"\b({_MONTHS}) \d|\d ({_SHORT_MONTHS}) \d", t)) for t in texts) >= 8
    assert sum(bool(re.search(r"\d:\d\d [ap]m|\d\.\d\d[ap]m", t)) for t in texts) >= 3
    assert sum(bool(re.search(r"[\"\u201c\u2018]", t)) for t in texts) >= quotes
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


def assert_seeded_and_split_by_function(
    suite: str, make: Callable[[int, int], list[Any]], full_size: int, functions: int, seed: int
) -> None:
    """``make(size, seed)``'s cases are seeded and prefix-stable, pass the pre-flight check, carry their
    function as their group, and every split keeps the test split's functions out of training."""
    small, full = make(40, seed), make(full_size, seed)
    assert [c.input for c in small] == [c.input for c in full[:40]]
    assert [c.content_hash for c in make(40, seed)] == [c.content_hash for c in small]
    validate_cases(suite, full)  # the pre-flight check: every checker accepts its expected call, rejects ""
    assert all(c.id.startswith(f"{suite}-") and c.tags[0] == suite for c in full)
    assert all(c.group and c.group in c.expected and c.task_type == "function-call" for c in full)
    assert len({c.group for c in full}) == functions
    for cases in (small, full):
        split = split_cases(cases, seed=seed, suite=suite)
        test_groups = {c.group for c in split.test}
        assert test_groups and not test_groups & {c.group for c in split.train + split.validation}
        assert split.train and split.validation


def calls_beyond_a_bound_refused(data: dict[str, Any], cases: Sequence[Any]) -> int:
    """How many calls with one argument just past its stated maximum the toolbox was given; each must be
    refused where the agent calls (the bounds are enforced, not only written)."""
    refused = 0
    for case in cases:
        props = data["by_name"][case.group]["parameters"]["properties"]
        right = json.loads(case.expected.split("(", 1)[1][:-1])
        for name in right:
            if "maximum" in props[name]:
                (tool,) = case.tools()
                beyond = {**right, name: props[name]["maximum"] + 1}
                assert ToolBox([tool]).call(tool.name, beyond).status != "ok", (case.id, name)
                refused += 1
    return refused


def optional_parameters_given_once(data: dict[str, Any]) -> int:
    """Every request's expected arguments are valid under its schema, and each optional parameter is said by
    exactly one of its function's two requests (left at its default by the other); returns how many
    optional parameters there are."""
    given: dict[tuple[str, str], int] = {}
    for req in data["requests"]:
        schema = data["by_name"][req["function"]]["parameters"]
        assert validate(req["arguments"], schema) == [], req["id"]
        for name in set(schema["properties"]) - set(schema["required"]):
            key = (req["function"], name)
            given[key] = given.get(key, 0) + (name in req["arguments"])
    assert set(given.values()) == {1}
    return len(given)
