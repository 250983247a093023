"""The fncall-unseen suite: a second function-calling suite on fncall's tool and checker, as a transfer check.

Its data must be what the shared generator makes from its own catalogue, its functions must be new (no
name shared with fncall), every request's expected call must be valid under its schema and be accepted
by the checker through core's real toolbox, a call with one argument changed must be refused, and the
split must keep whole functions out of training.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from fncall_checks import (
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one,
    assert_distinct_and_varied,
    optional_parameters_given_once,
)
from purpose_agent.plugin import tool_spec
from purpose_learn import split_cases, validate_cases
from purpose_suites import plugin
from purpose_suites.fncall import FunctionTool, fncall_unseen_cases, load

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
SCRIPT = SCRIPTS / "make_fncall.py"
SUITE = "fncall-unseen"


def test_the_shipped_data_is_what_the_committed_generator_makes() -> None:
    command = [sys.executable, str(SCRIPT), "--suite", SUITE, "--check"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_its_functions_are_new_typed_and_every_expected_call_is_valid() -> None:
    data, seen = load(SUITE), load("fncall")
    functions, requests = data["functions"], data["requests"]
    assert len(functions) >= 80 and len(requests) == plugin.FNCALL_UNSEEN_FULL_SIZE == 2 * len(functions)
    names = {f["name"] for f in functions}
    assert len(names) == len(functions) and not names & {f["name"] for f in seen["functions"]}
    assert not {f["description"] for f in functions} & {f["description"] for f in seen["functions"]}
    assert len({f["domain"] for f in functions}) >= 15
    props = [p for f in functions for p in f["parameters"]["properties"].values()]
    assert {p["type"] for p in props} == {"number", "integer", "string", "boolean", "array"}
    assert {p["items"]["type"] for p in props if p["type"] == "array"} == {"number", "integer", "string"}
    assert sum("enum" in p for p in props) >= 40 and sum("default" in p for p in props) >= 20
    for fn in functions:
        assert tool_spec(FunctionTool(fn, [])).name == fn["name"]  # raises for a schema it cannot offer
    assert optional_parameters_given_once(data) >= 40
    assert_distinct_and_varied([r["input"] for r in requests])


def test_values_are_written_the_ways_people_write_them() -> None:
    """The styles this suite exists for are in the requests, each more than once: money with separators
    and cents, fractions said as percentages, dates in words, lists with semicolons, an Oxford comma or
    one item a line, negative numbers, enum members said by a synonym, and 12-hour or military times."""
    data = load(SUITE)
    requests = data["requests"]
    texts = [r["input"] for r in requests]
    assert sum(bool(re.search(r"\$\d{1,3}(,\d{3})+\.\d\d", t)) for t in texts) >= 10
    assert sum(bool(re.search(r"\d(; )\S", t)) or "; " in t for t in texts) >= 8
    assert sum(", and " in t for t in texts) >= 5 and sum("\n- " in t for t in texts) >= 6
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    in_words = re.compile(rf"\b({months}|[A-Z][a-z]{{2}}) \d|\d (of )?({months})")
    assert sum(bool(in_words.search(t)) for t in texts) >= 10
    assert sum(bool(re.search(r"(?<![\w-])-\d", t)) for t in texts) >= 8
    fractions = [
        (r, name)
        for r in requests
        for name, value in r["arguments"].items()
        if isinstance(value, float) and 0 < value < 1 and f"{round(value * 100)}%" in r["input"]
    ]
    assert len(fractions) >= 6
    # an enum member said by another word: the member itself (spaces for underscores) is not in the text
    synonyms = [
        (r["id"], name)
        for r in requests
        for name, value in r["arguments"].items()
        if "enum" in data["by_name"][r["function"]]["parameters"]["properties"][name]
        and str(value).replace("_", " ").casefold() not in r["input"].casefold()
    ]
    assert len(synonyms) >= 30


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cases_are_seeded_prefix_stable_valid_and_split_by_function(seed: int) -> None:
    small, full = fncall_unseen_cases(40, seed), fncall_unseen_cases(plugin.FNCALL_UNSEEN_FULL_SIZE, seed)
    assert [c.input for c in small] == [c.input for c in full[:40]]
    assert [c.content_hash for c in fncall_unseen_cases(40, seed)] == [c.content_hash for c in small]
    validate_cases(SUITE, full)  # every checker accepts its expected call and rejects ""
    assert all(c.id.startswith(f"{SUITE}-") and c.tags[0] == SUITE for c in full)
    assert all(c.group and c.group in c.expected and c.task_type == "function-call" for c in full)
    for cases in (small, full):
        split = split_cases(cases, seed=seed, suite=SUITE)
        test_groups = {c.group for c in split.test}
        assert test_groups and not test_groups & {c.group for c in split.train + split.validation}
        assert split.train and split.validation


def test_the_checker_takes_each_expected_call_through_the_toolbox_and_refuses_each_changed_one() -> None:
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one(
        load(SUITE), fncall_unseen_cases(plugin.FNCALL_UNSEEN_FULL_SIZE, 0)
    )


def test_the_generator_writes_values_as_the_catalogue_says() -> None:
    """The rendering options this suite added to the shared generator (fncall's own data is unchanged:
    its regeneration test still passes byte for byte)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        import make_fncall
        from fncall_catalog import L, N
        from fncall_unseen_catalog import D, M, Pct, T, joined
    finally:
        sys.path.remove(str(SCRIPTS))
    rng = make_fncall._rng("test")
    items = ["a", "b", "c"]
    assert make_fncall._join(items, "semicolons") == "a; b; c"
    assert make_fncall._join(items, "oxford") == "a, b, and c"
    assert make_fncall._join(items[:2], "oxford") == "a and b"
    assert make_fncall._join(items, "lines") == "\n- a\n- b\n- c\n"
    assert make_fncall._render(joined(L("x", "", "string", items), "semicolons"), items, rng) == "a; b; c"
    assert make_fncall._render(M("m", "", 1, 2), 1200.5, rng) == "1,200.50"
    assert make_fncall._render(M("m", "", -2, -1), -1234.0, rng) == "-1,234.00"
    assert make_fncall._render(Pct("p", "", 0, 1), 0.29, rng) == "29"  # 28.999999999999996 unrounded
    assert make_fncall._render(N("n", "", 0, 1), 0.29, rng) == "0.29"
    date = D("d", "a day", "2026-03-16")
    written = {make_fncall._render(date, "2026-03-16", make_fncall._rng("d", i)) for i in range(60)}
    forms = {"March 16, 2026", "16 March 2026", "Mon 16 Mar 2026", "2026-03-16", "the 16th of March 2026"}
    assert written == forms
    assert date.description.endswith("YYYY-MM-DD")
    time = T("t", "when", "14:30")
    assert {make_fncall._render(time, "14:30", make_fncall._rng("t", i)) for i in range(40)} == {
        "14:30",
        "2:30 pm",
        "1430 hours",
    }
