"""The fncall suite: the shipped data, its generator, the split by function and the argument checker.

The checker is exercised through the real tool called through core's real toolbox (which validates the
arguments against the schema before the tool sees them), on right calls and on each kind of wrong call.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fncall_checks import assert_distinct_and_varied
from purpose_agent.plugin import ToolBox, tool_spec, validate
from purpose_learn import split_cases, validate_cases
from purpose_suites import plugin
from purpose_suites.fncall import CallLog, FunctionTool, fncall_cases, load, match_call

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "make_fncall.py"


def test_the_shipped_data_is_what_the_committed_generator_makes() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_catalogue_is_large_varied_and_covers_every_json_type() -> None:
    data = load()
    functions, requests = data["functions"], data["requests"]
    assert len(functions) >= 150 and len(requests) >= 300
    assert len(requests) == plugin.FNCALL_FULL_SIZE
    assert len({f["domain"] for f in functions}) >= 20
    types = {p["type"] for f in functions for p in f["parameters"]["properties"].values()}
    assert types == {"number", "integer", "string", "boolean", "array"}
    props = [p for f in functions for p in f["parameters"]["properties"].values()]
    assert sum("enum" in p for p in props) >= 100
    optional = [
        n for f in functions for n in f["parameters"]["properties"] if n not in f["parameters"]["required"]
    ]
    assert len(optional) >= 100
    for fn in functions:
        assert tool_spec(FunctionTool(fn, [])).name == fn["name"]  # raises for a schema it cannot offer
    per_function: dict[str, int] = {}
    for req in requests:
        per_function[req["function"]] = per_function.get(req["function"], 0) + 1
        schema = data["by_name"][req["function"]]["parameters"]
        assert validate(req["arguments"], schema) == [], req["id"]
    assert min(per_function.values()) >= 2 and len(per_function) == len(functions)
    # phrasing varies: no single opening covers more than a few percent of the requests
    assert_distinct_and_varied([r["input"] for r in requests])
    # some requests carry numbers that are no argument (distractors)
    leads = (
        "Ticket 4417:",
        "Context: we are a team of 12.",
        "Order #5521",
        "For my 2 kids'",
        "Quick question, my 3rd",
    )
    assert sum(r["input"].startswith(leads) for r in requests) >= 30


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_cases_are_seeded_prefix_stable_valid_and_split_by_function(seed: int) -> None:
    small, full = fncall_cases(40, seed), fncall_cases(plugin.FNCALL_FULL_SIZE, seed)
    assert [c.input for c in small] == [c.input for c in full[:40]]
    assert [c.content_hash for c in fncall_cases(40, seed)] == [c.content_hash for c in small]
    validate_cases("fncall", full)  # every checker accepts its expected call and rejects ""
    assert all(c.group and c.group in c.expected and c.task_type == "function-call" for c in full)
    for cases in (small, full):
        split = split_cases(cases, seed=seed, suite="fncall")
        test_groups = {c.group for c in split.test}
        assert test_groups and not test_groups & {c.group for c in split.train + split.validation}
        assert split.train and split.validation
    assert fncall_cases(40, seed + 10)[0].input != small[0].input or seed > 0


def call(case: Any, arguments: dict[str, Any] | str) -> str:
    """One real call of the case's tool through core's toolbox; the observation's status."""
    (tool,) = case.tools()
    result = ToolBox([tool]).call(tool.name, arguments)
    return result.status


def case_of(function: str) -> Any:
    return next(c for c in fncall_cases(plugin.FNCALL_FULL_SIZE, 0) if c.group == function)


def test_the_right_call_passes_after_normalisation() -> None:
    case = case_of("convert_currency")
    args = json.loads(case.expected.split("(", 1)[1][:-1])
    assert call(case, args) == "ok" and case.checker("done", case)
    # numbers within tolerance and as an integer-valued float; enums in another case
    loose = dict(args, amount=float(args["amount"]) * (1 + 1e-6), to_currency=args["to_currency"].lower())
    assert call(case, loose) == "invalid_arguments"  # the enum is enforced by the schema
    assert call(case, dict(args, amount=float(args["amount"]))) == "ok" and case.checker("", case)
    # the last call decides: a wrong first call corrected by a right one passes, and the reverse fails
    (tool,) = case.tools()
    box = ToolBox([tool])
    box.call(tool.name, dict(args, amount=args["amount"] + 1))
    box.call(tool.name, args)
    assert case.checker("", case)
    box.call(tool.name, dict(args, amount=args["amount"] + 1))
    assert not case.checker("", case)


def test_strings_lists_booleans_and_optional_arguments() -> None:
    data = load()
    fn = data["by_name"]["find_recipes"]
    expected = {"ingredients": ["tomato", "flour"], "diet": "vegan", "max_minutes": 17}
    assert (
        match_call(fn, expected, {"ingredients": ["Flour", "tomato "], "diet": "vegan", "max_minutes": 17})
        is None
    )
    assert "ingredients" in match_call(
        fn, expected, {"ingredients": ["flour"], "diet": "vegan", "max_minutes": 17}
    )
    assert "max_minutes" in match_call(
        fn, expected, {"ingredients": ["tomato", "flour"], "diet": "vegan", "max_minutes": 18}
    )
    assert "missing diet" == match_call(fn, expected, {"ingredients": ["tomato", "flour"], "max_minutes": 17})
    # an optional argument the request does not give: omitted is right, a made-up value is wrong
    assert match_call(fn, {"ingredients": ["rice"]}, {"ingredients": ["rice"]}) is None
    assert "not asked for" in match_call(
        fn, {"ingredients": ["rice"]}, {"ingredients": ["rice"], "diet": "keto"}
    )
    # ... and its default is as good as omitting it
    hotel = data["by_name"]["book_hotel"]
    asked = {"city": "Oslo", "check_in": "2025-05-03", "nights": 3}
    assert match_call(hotel, asked, {**asked, "guests": 2, "breakfast": False}) is None
    assert "breakfast" in match_call(hotel, asked, {**asked, "breakfast": True})
    assert "breakfast" in match_call(hotel, {**asked, "breakfast": True}, {**asked, "breakfast": False})
    # strings compare case-folded without edge punctuation; order matters where the list is ordered
    words = data["by_name"]["word_count"]
    assert match_call(words, {"text": "to be or not to be"}, {"text": "'To be or not to be.'"}) is None
    assert match_call(words, {"text": "to be or not to be"}, {"text": "to be"}) is not None
    dist = data["by_name"]["distance_2d"]
    right = {"point_a": [1, 2], "point_b": [3, 4]}
    assert match_call(dist, right, {"point_a": [1.0, 2], "point_b": [3, 4]}) is None
    assert match_call(dist, right, {"point_a": [2, 1], "point_b": [3, 4]}) is not None
    assert "unknown" in match_call(dist, right, {**right, "unit": "m"})


def test_no_call_fails_unless_the_answer_writes_the_call_out() -> None:
    case = case_of("compound_interest")
    case.tools()  # an episode that never called its tool
    assert not case.checker("The deposit grows to about 5,000 dollars.", case)
    assert case.checker(f"I would call {case.expected}", case)
    assert not case.checker(case.expected.replace("{", '{"bogus": 1, ', 1), case)
    fresh = CallLog(load()["by_name"]["compound_interest"], {"principal": 1})
    assert fresh.verdict("") == "compound_interest was never called"


def test_episodes_of_one_case_side_by_side_are_each_judged_on_their_own_calls() -> None:
    """Two threads run the same case at once (replay runs candidates side by side): each episode is
    judged on its own call, not on the one made last by anyone (which scored right calls as wrong)."""
    import pickle
    import threading

    case = case_of("bmi")
    right = json.loads(case.expected.split("(", 1)[1][:-1])
    made, called, verdicts = threading.Barrier(2), threading.Barrier(2), {}

    def episode(name: str, arguments: dict[str, Any]) -> None:
        (tool,) = case.tools()
        made.wait()  # both episodes have made their tools before either calls
        ToolBox([tool]).call("bmi", arguments)
        called.wait()  # both have called before either is judged
        verdicts[name] = case.checker("done", case)

    wrong = {**right, "weight_kg": right["weight_kg"] + 1}
    threads = [threading.Thread(target=episode, args=a) for a in (("right", right), ("wrong", wrong))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert verdicts == {"right": True, "wrong": False}
    assert pickle.loads(pickle.dumps(case.checker.__self__)).function["name"] == "bmi"  # still pickles


def test_the_tool_returns_a_deterministic_receipt_and_rejects_bad_arguments_via_the_toolbox() -> None:
    case = case_of("bmi")
    (tool,) = case.tools()
    box = ToolBox([tool])
    first = box.call("bmi", {"weight_kg": 70, "height_cm": 175})
    second = box.call("bmi", {"weight_kg": 70, "height_cm": 175})
    assert first.ok and first.output == second.output and "result_id" in first.output
    assert box.call("bmi", {"weight_kg": "heavy", "height_cm": 175}).status == "invalid_arguments"
    assert box.call("bmi", {"height_cm": 175}).status == "invalid_arguments"


def fncall_policy(messages: Any) -> str:
    """A model that makes the right call: function name, then its arguments, then a final answer."""
    from test_harness_scripted import decide, scratchpad

    last = scratchpad(messages)
    if last.startswith("Arguments for "):
        return json.dumps(EXPECTED[TASKS[-1]][1])
    task = last.split("\n")[0].removeprefix("Task: ")
    TASKS.append(task)
    name, arguments = EXPECTED[task]
    if f"Step 1: {name}" in last:
        return decide("final_answer", "done")
    value = next(iter(arguments.values())) if len(arguments) == 1 else "see arguments"
    return decide(name, str(value))


def react_can_send(case: Any) -> bool:
    """Whether the ReAct strategy can send this case's call: a tool whose only parameter is a plain
    string is filled from the action's input, every other tool under its own schema."""
    from purpose_agent.plugin import ToolSpec
    from purpose_react import primary_parameter

    function = load()["by_name"][case.group]
    spec = ToolSpec(name=case.group, description="", parameters=function["parameters"])
    return primary_parameter(spec) is None or len(json.loads(case.expected.split("(", 1)[1][:-1])) == 1


EXPECTED: dict[str, tuple[str, dict[str, Any]]] = {}
TASKS: list[str] = []


def test_the_suite_through_the_real_harness_on_a_scripted_model(tmp_path) -> None:
    from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings
    from test_harness_scripted import PLUGINS, bench, decide

    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=6, max_seconds=60),
        plugins=PluginsConfig(enabled=PLUGINS),
    )
    manager = PluginManager(settings).load()
    for case in fncall_cases(plugin.FNCALL_FULL_SIZE, 0):
        name, raw = case.expected.split("(", 1)
        EXPECTED[case.input] = (name, json.loads(raw[:-1]))
    result = bench(tmp_path, settings, manager, "fncall", fncall_policy, size=40)
    (run,) = result.runs
    assert len(run.test) >= 8 and all(b.status == "completed" for b in run.test)
    # every right call passes: optional and constrained parameters are decoded under the tool's schema
    # (a free input string once filled only a single required string parameter)
    cases = {c.id: c for c in fncall_cases(40, 0)}
    assert all(react_can_send(cases[b.case_id]) for b in run.test)
    assert all(b.success for b in run.test)
    # answering without calling the function scores nothing
    wrong = bench(tmp_path, settings, manager, "fncall", lambda m: decide("final_answer", "42"), size=40)
    assert wrong.summary_of("baseline").success.mean == 0.0
