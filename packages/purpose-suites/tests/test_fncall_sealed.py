"""The fncall-sealed suite: a fourth function-calling suite on fncall's tool and checker, written blind.

Its data must be what the shared generator makes from its own catalogue, its functions must be new (no
name or description shared with fncall, fncall-unseen or fncall-fresh), every request's expected call must
be valid under its schema (bounds included) and be accepted by the checker through core's real toolbox, a
call with one argument changed must be refused, and the split must keep whole functions out of training.
These tests read only aggregate properties of the requests, never one request's text.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from fncall_checks import (
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one,
    assert_distinct_and_varied,
    assert_seeded_and_split_by_function,
    assert_written_the_ways_people_write,
    calls_beyond_a_bound_refused,
    optional_parameters_given_once,
)
from purpose_agent.plugin import tool_spec
from purpose_suites import plugin
from purpose_suites.fncall import FunctionTool, fncall_sealed_cases, load

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
SCRIPT = SCRIPTS / "make_fncall.py"
SUITE = "fncall-sealed"
OTHERS = ("fncall", "fncall-unseen", "fncall-fresh")


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
    assert optional_parameters_given_once(data) >= 50
    assert_distinct_and_varied([r["input"] for r in requests])


def test_values_are_written_the_ways_people_write_them() -> None:
    """Numbers in words, percentages, dates in words, 12-hour times, quoted text, lists one item a line or
    with semicolons, enum members said by another word, and numbers that are no argument."""
    assert_written_the_ways_people_write(load(SUITE), fractions=8, quotes=8)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cases_are_seeded_prefix_stable_valid_and_split_by_function(seed: int) -> None:
    assert_seeded_and_split_by_function(SUITE, fncall_sealed_cases, plugin.FNCALL_SEALED_FULL_SIZE, 80, seed)


def test_the_checker_takes_each_expected_call_through_the_toolbox_and_refuses_each_changed_one() -> None:
    assert_checker_takes_each_expected_call_and_refuses_each_changed_one(
        load(SUITE), fncall_sealed_cases(plugin.FNCALL_SEALED_FULL_SIZE, 0)
    )


def test_a_call_outside_a_stated_bound_is_refused_by_the_toolbox() -> None:
    """The bounds this suite's schemas state are enforced where the agent calls, not only written."""
    assert (
        calls_beyond_a_bound_refused(load(SUITE), fncall_sealed_cases(plugin.FNCALL_SEALED_FULL_SIZE, 0))
        >= 20
    )


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
