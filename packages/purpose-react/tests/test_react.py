"""The ReAct strategy on a scripted backend: actions, suggestions from skills, budgets and failures."""

from __future__ import annotations

import json
from typing import Any

from purpose_agent.plugin import (
    BackendTimeoutError,
    BudgetsConfig,
    EpisodeStatus,
    Message,
    Procedure,
    StrategyContext,
    Task,
    ToolBox,
    ToolResult,
    generalize,
)
from purpose_agent.testing import ScriptedBackend
from purpose_react.react import ReActStrategy, primary_parameter


class AddTool:
    name = "add"
    description = "Add two integers."
    parameters = {
        "type": "object",
        "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
        "required": ["a", "b"],
    }
    timeout_s = 1.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(arguments["a"] + arguments["b"]))


class UpperTool:
    name = "upper"
    description = "Upper-case a text."
    parameters = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
    timeout_s = 1.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(arguments["text"]).upper())


class BrokenTool(UpperTool):
    name = "broken"

    def run(self, **arguments: Any) -> ToolResult:
        raise RuntimeError("tool exploded")


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def _ctx(backend: ScriptedBackend, task: str = "shout hello", **kw: Any) -> tuple[StrategyContext, list]:
    events: list[tuple[str, dict]] = []
    ctx = StrategyContext(
        task=Task(input=task),
        backend=backend,
        tools=ToolBox([AddTool(), UpperTool(), BrokenTool()]),
        messages=[Message(role="system", content="You are a test agent.")],
        budgets=kw.pop("budgets", BudgetsConfig(max_steps=4)),
        trace=lambda kind, **data: events.append((kind, data)),
        **kw,
    )
    return ctx, events


class AirTool:
    """One required city from a fixed list, and an optional pollutant: a free string fills neither."""

    name = "air_quality"
    description = "Air quality index of a city."
    parameters = {
        "type": "object",
        "properties": {
            "city": {"type": "string", "enum": ["Paris", "Cairo", "Lima"]},
            "pollutant": {"type": "string", "enum": ["no2", "pm25"]},
        },
        "required": ["city"],
    }
    timeout_s = 1.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"{arguments['city']} {arguments.get('pollutant', 'aqi')}: 42")


def test_primary_parameter_detection() -> None:
    box = ToolBox([AddTool(), UpperTool(), AirTool()])
    specs = {s.name: s for s in box.specs()}
    assert primary_parameter(specs["upper"]) == "text"
    assert primary_parameter(specs["add"]) is None
    assert primary_parameter(specs["air_quality"]) is None  # an optional parameter besides the city
    only_city = specs["air_quality"].model_copy(
        update={
            "parameters": {"type": "object", "properties": {"city": AirTool.parameters["properties"]["city"]}}
        }
    )
    assert primary_parameter(only_city) is None  # an enum: a free string would ignore it


def test_a_constrained_or_optional_parameter_is_decoded_under_the_tools_schema() -> None:
    """The free ``input`` said "egyptian air"; the arguments come from a second call under the schema,
    which holds the city list and the optional pollutant the request names."""
    backend = ScriptedBackend(
        [
            act("air_quality", "egyptian air"),
            json.dumps({"city": "Cairo", "pollutant": "no2"}),
            act("final_answer", "42"),
        ]
    )
    ctx, _ = _ctx(backend, task="Current no2 level in Cairo?")
    ctx.tools = ToolBox([AirTool()])
    out = ReActStrategy().run(ctx)
    assert (
        out.steps[0].arguments == {"city": "Cairo", "pollutant": "no2"} and out.steps[0].tool_status == "ok"
    )
    assert backend.calls[1]["json_schema"]["properties"]["city"]["enum"] == ["Paris", "Cairo", "Lima"]


def test_tool_then_final_answer() -> None:
    backend = ScriptedBackend([act("upper", "hello"), act("final_answer", "HELLO")])
    ctx, events = _ctx(backend)
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.COMPLETED and out.answer == "HELLO"
    assert [s.action for s in out.steps] == ["upper", "final_answer"]
    assert out.steps[0].observation == "HELLO"
    assert backend.calls[0]["json_schema"]["properties"]["action"]["enum"] == [
        "add",
        "upper",
        "broken",
        "final_answer",
    ]
    assert [k for k, _ in events] == ["model_call", "tool_call", "observation", "model_call"]


def test_multi_argument_tool_gets_a_second_constrained_call() -> None:
    backend = ScriptedBackend([act("add", "2 and 3"), json.dumps({"a": 2, "b": 3}), act("final_answer", "5")])
    ctx, _ = _ctx(backend, task="add 2 and 3")
    out = ReActStrategy().run(ctx)
    assert out.steps[0].arguments == {"a": 2, "b": 3} and out.steps[0].observation == "5"
    assert backend.calls[1]["json_schema"]["required"] == ["a", "b"]


def test_tool_errors_are_observations_and_bad_json_is_retried() -> None:
    backend = ScriptedBackend(
        [
            act("broken", "x"),
            act("add", "1 and 2"),
            json.dumps({"a": "not a number", "b": 1}),  # breaks the schema: fed back and retried
            json.dumps({"a": 1, "b": 2}),
            act("final_answer", "3"),
        ],
        constrained=False,
    )
    ctx, _ = _ctx(backend)
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.COMPLETED and out.answer == "3"
    assert out.steps[0].tool_status == "error" and "exploded" in out.steps[0].observation
    assert out.steps[1].arguments == {"a": 1, "b": 2} and out.steps[1].observation == "3"
    assert "not valid" in backend.calls[3]["messages"][-1].content


def test_unusable_output_ends_with_backend_error() -> None:
    ctx, _ = _ctx(ScriptedBackend(["no json here"], repeat=True, constrained=False))
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.BACKEND_ERROR and "schema" in (out.error or "")


class StepTool:
    """A game move: the same call moves one square further each time."""

    name = "step"
    description = "Take one step."
    parameters = {"type": "object", "properties": {}}
    timeout_s = 1.0
    stateful = True

    def __init__(self) -> None:
        self.position = 0

    def run(self, **arguments: Any) -> ToolResult:
        self.position += 1
        return ToolResult(output=f"at square {self.position}")


def test_a_stateful_tool_is_called_again_not_answered_from_the_cache() -> None:
    backend = ScriptedBackend([act("step", ""), act("step", ""), act("step", ""), act("final_answer", "3")])
    tool = StepTool()
    ctx, _ = _ctx(backend)
    ctx.tools = ToolBox([tool])
    out = ReActStrategy().run(ctx)
    assert tool.position == 3 and [s.observation for s in out.steps[:3]] == [
        "at square 1",
        "at square 2",
        "at square 3",
    ]
    assert ctx.tools.is_stateful("step") and not ToolBox([UpperTool()]).is_stateful("upper")


def test_a_code_answer_keeps_its_blank_and_repeated_lines() -> None:
    code = "def f(x):\n    if x:\n        return 1\n\n    return 1\n" + "# pad\n" * 60
    backend = ScriptedBackend([act("final_answer", code)])
    ctx, _ = _ctx(backend)
    ctx.task = Task(input="Write f.", task_type="code")
    out = ReActStrategy().run(ctx)
    assert out.answer == code.rstrip() and len(out.answer) > 300
    # no maxLength in the grammar for code (llama.cpp cannot compile a 4,000-long one); cut after decoding
    assert "maxLength" not in backend.calls[0]["json_schema"]["properties"]["input"]
    assert backend.calls[0]["max_tokens"] >= 1024
    # an ordinary answer is still cut at its first blank line
    backend = ScriptedBackend([act("final_answer", code)])
    ctx, _ = _ctx(backend)
    assert ReActStrategy().run(ctx).answer == "def f(x):\n    if x:\n        return 1"


def test_repeated_call_is_not_rerun_and_budget_ends_cleanly() -> None:
    backend = ScriptedBackend([act("upper", "hi")], repeat=True)
    ctx, _ = _ctx(backend, budgets=BudgetsConfig(max_steps=3))
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.BUDGET_EXHAUSTED and out.answer == "HI"
    assert [s.tool_status for s in out.steps] == ["ok", "repeated", "repeated"]


def test_suggestion_from_a_skill_is_offered_and_credited() -> None:
    proc = generalize(
        "shout hello", [("upper", {"text": "hello"}, "HELLO"), ("final_answer", {"answer": "HELLO"}, "")]
    )
    backend = ScriptedBackend([act("upper", "hello"), act("final_answer", "HELLO")])
    ctx, _ = _ctx(backend, procedures=[("card-1", proc)])
    out = ReActStrategy().run(ctx)
    prompt = backend.calls[0]["messages"][-1].content
    assert "Suggested next step (from a proven skill): action=upper input=hello" in prompt
    assert out.used_procedures == ["card-1"] and all(s.suggested for s in out.steps)


def test_backend_timeout_ends_with_status() -> None:
    def boom(messages):
        raise BackendTimeoutError("model did not answer within 5 s")

    ctx, events = _ctx(ScriptedBackend([boom]))
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.BACKEND_ERROR and "5 s" in (out.error or "")
    assert events[-1][0] == "error" and events[-1][1]["stage"] == "model"


def test_time_budget() -> None:
    backend = ScriptedBackend([act("upper", "a"), act("upper", "b")], delay_s=0.05, repeat=True)
    ctx, _ = _ctx(backend, budgets=BudgetsConfig(max_steps=50, max_seconds=0.12))
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.BUDGET_EXHAUSTED and "time budget" in (out.error or "")


class PaintTool:
    name = "paint_needed"
    description = "Litres of paint for a wall."
    parameters = {
        "type": "object",
        "properties": {
            "wall_area_sqm": {"type": "number", "description": "wall area"},
            "coats": {"type": "integer", "default": 1},
            "colour": {"type": "string"},
            "finish": {"type": "string", "enum": ["matt", "gloss"]},
        },
        "required": ["wall_area_sqm", "colour"],
    }
    timeout_s = 1.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"{arguments['wall_area_sqm'] / 10:g}")


class Calculator:
    name = "calculator"
    description = "Evaluate an arithmetic expression."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 1.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output="99")


def _lessons(*names: str) -> list[tuple[str, Any]]:

    return [(f"lesson-{n}", Procedure(pattern="", steps=[], lesson=n)) for n in names]


def _paint_ctx(backend: ScriptedBackend, task: str, procedures: list[Any]) -> tuple[StrategyContext, list]:
    events: list[tuple[str, dict]] = []
    ctx = StrategyContext(
        task=Task(input=task),
        backend=backend,
        tools=ToolBox([Calculator(), PaintTool()]),
        messages=[Message(role="system", content="You are a test agent.")],
        budgets=BudgetsConfig(max_steps=4),
        trace=lambda kind, **data: events.append((kind, data)),
        procedures=procedures,
    )
    return ctx, events


def test_proven_lessons_act_in_decoding_tool_first_values_from_the_request_then_the_result() -> None:
    task = "Good morning. How much paint for 42.5 m2 of wall in dark green, 3 coats?"
    args = {"wall_area_sqm": 42.5, "coats": 3, "colour": "dark green"}
    backend = ScriptedBackend([json.dumps(args)])  # one model call: the arguments
    ctx, events = _paint_ctx(backend, task, _lessons("first_tool", "answer_after_result", "request_values"))
    out = ReActStrategy().run(ctx)
    assert out.status is EpisodeStatus.COMPLETED and out.answer == "4.25"
    assert [s.action for s in out.steps] == ["paint_needed", "final_answer"]
    (call,) = backend.calls
    schema = call["json_schema"]["properties"]
    # the lesson chose the tool, so its arguments were decoded under its schema with the request in front
    assert task in call["messages"][-1].content
    # each number bound where its words point ("42.5 m2 of wall", "3 coats"), not "m2"'s 2
    assert schema["wall_area_sqm"]["enum"] == [42.5] and schema["coats"]["enum"] == [3]
    assert "dark green" in schema["colour"]["enum"] and "green?" not in schema["colour"]["enum"]
    assert "finish" not in schema  # optional, and the request names no finish: not made up
    # the tool lesson is a workflow: it also answers with its call's result
    assert set(out.used_procedures) == {"lesson-first_tool", "lesson-request_values"}
    calls = [d for k, d in events if k == "model_call"]
    assert calls[0]["lesson"] == "first_tool" and calls[0]["values_lesson"] == "lesson-request_values"
    assert calls[1]["lesson"] == "first_tool" and calls[1]["followed_suggestion"]


def test_the_tool_lesson_narrows_the_action_to_the_calculator_only_for_arithmetic() -> None:
    backend = ScriptedBackend([act("calculator", "17 * 3")])
    ctx, _ = _paint_ctx(backend, "What is 17 times 3?", _lessons("first_tool"))
    out = ReActStrategy().run(ctx)
    assert backend.calls[0]["json_schema"]["properties"]["action"]["enum"] == ["calculator"]
    assert out.answer == "99" and len(backend.calls) == 1  # the workflow: call it, answer with its result
    # no operator, no shared word, no value: the lesson says nothing and the model chooses freely
    backend = ScriptedBackend([act("final_answer", "hi")])
    ctx, _ = _paint_ctx(backend, "Hello there", _lessons("first_tool"))
    ReActStrategy().run(ctx)
    assert backend.calls[0]["json_schema"]["properties"]["action"]["enum"] == [
        "calculator",
        "paint_needed",
        "final_answer",
    ]


def test_without_lessons_the_model_decides_everything() -> None:
    task = "How much paint for 42.5 m2 of wall in dark green?"
    backend = ScriptedBackend(
        [act("paint_needed", "42.5 green"), json.dumps({"wall_area_sqm": 42.5, "colour": "green"}),
         act("final_answer", "4.25")]
    )  # fmt: skip
    ctx, events = _paint_ctx(backend, task, [])
    out = ReActStrategy().run(ctx)
    assert out.answer == "4.25" and len(backend.calls) == 3
    assert "enum" not in backend.calls[1]["json_schema"]["properties"]["wall_area_sqm"]
    assert not any("lesson" in d for k, d in events if k == "model_call")


def test_values_lesson_names_enum_members_the_request_says_and_drops_optional_guesses() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "pollutant": {"type": "string", "enum": ["pm25", "no2", "o3"]},
            "season": {"type": "integer"},
            "units": {"type": "string", "enum": ["metric", "imperial"], "default": "metric"},
            "diet": {"type": "string", "enum": ["dairy_free", "vegan"]},
            "stats": {"type": "array", "items": {"type": "string", "enum": ["assists", "rebounds"]}},
            "strict": {"type": "boolean"},
        },
        "required": ["city", "diet"],
    }
    got = request_value_schema(schema, "Current NO2 level in Cairo? I'm dairy-free.")["properties"]
    assert got["pollutant"]["enum"] == ["no2"] and got["diet"]["enum"] == ["dairy_free"]
    assert got["units"]["enum"] == ["metric"]  # optional, not said: only its default
    assert "season" not in got and "stats" not in got  # optional, nothing given: left out
    assert "strict" not in got and "Cairo" in got["city"]["enum"]  # an optional flag never mentioned
    # a required enum the request does not name keeps every member: the call needs a value
    got = request_value_schema(schema, "Air in Cairo, 2018, assists please")["properties"]
    assert got["diet"]["enum"] == ["dairy_free", "vegan"] and got["season"]["enum"] == [2018]
    assert got["stats"]["items"]["enum"] == ["assists"]
    assert schema["properties"]["pollutant"]["enum"] == ["pm25", "no2", "o3"]  # the tool's own is untouched


def test_request_values_and_spans() -> None:
    from purpose_react.numbers import request_numbers
    from purpose_react.spans import request_spans
    from purpose_react.values import request_value_schema

    assert request_numbers("Invest 19,187 dollars at 6.2% for three years from (0, -14)") == [
        19187.0, 6.2, 3.0, 0.0, -14.0,
    ]  # fmt: skip
    # after a number a minus may be the operator, so the number also counts unsigned
    assert request_numbers("What is 10 -4?") == [10.0, -4.0, 4.0]
    # numbers listed with bare commas are each a number (a thousands group is still one)
    assert request_numbers("distance from (1,2) to (3,-4), sort 5,3,9 and 12,500 more") == [
        1.0, 2.0, 3.0, -4.0, 5.0, 9.0, 12500.0,
    ]  # fmt: skip
    # scientific notation is one number, its value; a decimal may start with its point
    assert request_numbers("a charge of 1.6e-19 C, 6.02 x 10^23 atoms, a step of 10^-6 and .25 left") == [
        1.6e-19, 6.02e23, 1e-6, 0.25,
    ]  # fmt: skip
    assert request_numbers("What is 10^3 mod 7?") == [10.0, 3.0, 7.0]  # a power's base and exponent
    assert request_numbers("a googol is 1e100, not 1e999") == [1e100, 1.0]  # past a float: no value
    # "from rest" gives the starting speed a physics request does not write as a number
    assert request_numbers("dropped from rest, falling for 5 s") == [5.0, 0.0]
    # ordinal words, "and a half", "a couple of" give values too
    # "3 and a half" is one number, 3.5; its 3 alone is none
    assert request_numbers("the fifth term, 3 and a half cups, a couple of days") == [3.5, 5.0, 2.0]
    # a negative number said in words is that number, signed, in place ("minus forty": -40, not 40);
    # after a number "minus" may be the operator ("10 minus 4": 4 stays, offered signed too), and "plus or
    # minus" is a tolerance
    assert request_numbers("minus 5 degrees, 3 below zero, 10 minus 4") == [-5.0, -3.0, 10.0, 4.0, 0.0, -4.0]
    assert request_numbers("Convert minus forty degrees Celsius to Fahrenheit") == [-40.0]
    assert request_numbers("negative 3.5, within plus or minus 0.5 mm") == [-3.5, 0.5, -0.5]
    assert request_numbers("-12 degrees below zero") == [-12.0, 0.0]  # signed already: not signed twice
    # a unit's power is part of the unit: "m/s^2" gives no 2
    assert request_numbers("falls 5 s at 9.81 m/s^2 onto 20 m^2, 1000 kg/m^3") == [5.0, 9.81, 20.0, 1000.0]
    # a fraction's value is offered after its numbers (which a numerator and a denominator take)
    assert request_numbers("3/4 cup and 1 1/2 spoons, due 3/4/2024") == [3.0, 4.0, 1.0, 2.0, 0.75, 1.5]
    parameters = {
        "type": "object",
        "properties": {"charge": {"type": "number"}, "distance": {"type": "number"}},
        "required": ["charge", "distance"],
    }
    narrowed = request_value_schema(parameters, "A 1.6e-19 C charge at a distance of 5.3e-11 m?")
    assert [narrowed["properties"][p]["enum"] for p in ("charge", "distance")] == [[1.6e-19], [5.3e-11]]
    spans = request_spans("Summarize: The council met on Monday. Ask LeBron James's coach")
    assert "LeBron James" in spans and "The council met on Monday. Ask LeBron James's coach" in spans


def test_numbers_in_words_and_with_scale_words_are_read_in_place() -> None:
    from purpose_react.numbers import number_bindings, request_numbers

    said = {
        "a city of 2 million people": [2_000_000],
        "the 1.5 billion budget": [1_500_000_000],
        "twenty-one players and a dozen eggs": [21, 12],
        "two hundred and fifty, one hundred thousand": [250, 100_000],
        "seventy five thousand three hundred": [75_300],
        "one two three": [2, 3, 1],  # a unit after a unit starts a new number; "one" alone comes last
        "two and three": [2, 3],  # "and" joins only after a scale
        "a hundred and more": [100],
        # "one" and "double" alone are extra values, after the rest
        "a one-way ticket for two, a double room": [2, 1],
        "one of the two, to zero": [2, 1, 0],
    }
    for text, numbers in said.items():
        assert request_numbers(text) == numbers, text
    # in place, a number said in words is bound by its neighbouring words like digits are
    rooms = {"nights": {"type": "integer"}, "guests": {"type": "integer"}}
    assert number_bindings(rooms, "A room for three nights for two guests") == {"nights": 3, "guests": 2}


def test_a_percentage_is_a_fraction_only_where_the_bounds_ask_for_one() -> None:
    from purpose_react.numbers import percent_fractions
    from purpose_react.values import request_value_schema

    assert percent_fractions("at 4.5% a year, or forty percent") == {4.5: 0.045, 40.0: 0.4}
    loan = {
        "type": "object",
        "properties": {
            "rate": {"type": "number", "minimum": 0, "maximum": 1},
            "rate_pct": {"type": "number"},
            "years": {"type": "integer"},
        },
        "required": ["rate", "rate_pct", "years"],
    }
    got = request_value_schema(loan, "Invest at a 4.5% rate for 3 years")["properties"]
    assert got["rate"]["enum"] == [0.045]  # bounded to a fraction: the percentage as one
    assert 4.5 in got["rate_pct"]["enum"] and 0.045 not in got["rate_pct"]["enum"]  # as written


def test_a_word_after_of_names_the_number_before_it_and_a_year_parameter_takes_a_year() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    power = {"type": "object", "properties": {"work_j": {"type": "number"}, "time_s": {"type": "number"}}}
    asked = "What power does 1298 J of work in 488.6 s take?"
    # "of work" names 1298; the one-letter units right after each number ("J", "s") name them too
    assert number_bindings(power["properties"], asked) == {"work_j": 1298, "time_s": 488.6}
    assert request_value_schema(power, asked)["properties"]["time_s"]["enum"] == [488.6]  # 1298 is work's
    tax = {
        "type": "object",
        "properties": {"taxable_income": {"type": "number"}, "tax_year": {"type": "integer"}},
        "required": ["taxable_income"],
    }
    got = request_value_schema(tax, "Tax on 140,294 filing head of household for 2020?")["properties"]
    assert got["tax_year"]["enum"] == [2020]  # "Tax on 140,294" does not make 140294 a year
    leave = {"days_per_year": {"type": "number"}, "months_worked": {"type": "integer"}}
    assert number_bindings(leave, "After 105 months with 13 days a year?") == {
        "days_per_year": 13,
        "months_worked": 105,
    }  # a rate per year is not a calendar year


def test_number_bindings_put_each_number_where_its_words_point() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    props = {
        "speed_ms": {"type": "number"},
        "angle_degrees": {"type": "number"},
        "gravity": {"type": "number", "default": 9.81},
    }
    request = "Range of a projectile fired at 42 degrees with speed 77.5 m/s where gravity is 3.9 m/s^2?"
    assert number_bindings(props, request) == {"speed_ms": 77.5, "angle_degrees": 42, "gravity": 3.9}
    # a word between two numbers counts for the nearer one ("m/s" is 19.5's, not 58's)
    launched = "A ball is launched at 19.5 m/s at 58 degrees."
    assert number_bindings(props, launched) == {"speed_ms": 19.5, "angle_degrees": 58}
    # short forms in names: "kg" is said by "kilograms", "pct" by "%"
    assert number_bindings({"weight_kg": {"type": "number"}}, "A 23.2 kilograms dog") == {"weight_kg": 23.2}
    loan = {"principal": {"type": "number"}, "rate_pct": {"type": "number"}, "years": {"type": "integer"}}
    invest = "Invest 19,187 dollars at 6.2% for 3 years"  # "dollars" names the principal, money
    assert number_bindings(loan, invest) == {"principal": 19187, "rate_pct": 6.2, "years": 3}
    # unsure is unbound: a word shared by two numbers, two parameters naming one number, no shared word
    assert number_bindings({"a": {"type": "number"}, "b": {"type": "number"}}, "What is 10 - 4?") == {}
    split = {"bill_total": {"type": "number"}, "people": {"type": "integer"}}
    assert "bill_total" not in number_bindings(split, "Split a 84.50 tab 4 ways")
    # an amount takes money: a currency sign names it
    split = {"bill_amount": {"type": "number"}, "people": {"type": "integer"}}
    assert number_bindings(split, "Split a $84.50 bill 4 ways") == {"bill_amount": 84.5}
    twins = {"width_cm": {"type": "number"}, "height_cm": {"type": "number"}}
    assert number_bindings(twins, "A frame 30 cm by 40 cm") == {}
    # in the values lesson's grammar a bound parameter may take only its number (not its default)
    got = request_value_schema({"type": "object", "properties": props}, request)["properties"]
    assert got["speed_ms"]["enum"] == [77.5] and got["gravity"]["enum"] == [3.9]
    # an unbound number parameter still takes any number the request gives
    got = request_value_schema({"type": "object", "properties": {"x": {"type": "number"}}}, request)
    assert got["properties"]["x"]["enum"] == [42, 77.5, 3.9]  # not the 2 of "m/s^2"


def test_values_lesson_keeps_dates_ids_and_other_parameters_numbers_out_of_a_number() -> None:
    from purpose_react.numbers import request_numbers
    from purpose_react.values import request_value_schema

    assert request_numbers(
        "Return ORD-55102, delivered 30 days ago at 15:00 on 2025-05-03 or 12/05/2024"
    ) == [30]
    hotel = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "nights": {"type": "integer", "minimum": 1},
            "guests": {"type": "integer", "minimum": 1},
            "breakfast": {"type": "boolean"},
            "late_checkout": {"type": "boolean", "default": False},
        },
        "required": ["city", "nights"],
    }
    got = request_value_schema(hotel, "Book me a hotel in Oslo for 13 nights from 2025-05-03.")["properties"]
    # "13 nights" names nights, so 13 is not also a guest count; no flag is mentioned
    assert got["nights"]["enum"] == [13] and "guests" not in got and "breakfast" not in got
    assert got["late_checkout"]["enum"] == [False]  # an optional flag not mentioned: its default
    said = "Reserve a room in Mumbai, 10 nights, 3 guests, with breakfast and a late checkout."
    got = request_value_schema(hotel, said)["properties"]
    assert got["nights"]["enum"] == [10] and got["guests"]["enum"] == [3]
    # a flag with no default is left to the model; one with a default, mentioned, is set other than it
    assert got["breakfast"] == {"type": "boolean"}
    assert got["late_checkout"] == {"type": "boolean", "default": False, "enum": [True]}
    # a required number no word names may still take any number, when others' words claim them all
    got = request_value_schema({**hotel, "required": ["city", "nights", "guests"]}, "13 nights in Oslo")
    assert got["properties"]["guests"]["enum"] == [13]
    cabin = {"type": "string", "enum": ["economy", "premium_economy", "business"], "default": "economy"}
    flights = {"type": "object", "properties": {"cabin": cabin}}
    got = request_value_schema(flights, "ORD -> FRA on 2025-06-01, premium economy please")["properties"]
    assert got["cabin"]["enum"] == ["premium_economy"]  # not also "economy", said only inside it


def test_request_lists_take_items_in_order_and_leave_sentences_alone() -> None:
    from purpose_react.spans import request_lists

    assert request_lists("How far apart are the points (0, -14) and (-20, -3)?") == [
        ["0", "-14"],
        ["-20", "-3"],
    ]
    assert request_lists("I want LeBron James's assists, goals and rebounds for 2018.") == [
        ["assists", "goals", "rebounds"]
    ]
    assert ["Julia", "Ivan", "Carmen"] in request_lists(
        "A meeting with Julia, Ivan and Carmen on Monday, at 3"
    )
    # an end item may be shorter than the middle ones
    weather = request_lists("Weather for New York, Los Angeles and Chicago")
    assert ["New York", "Los Angeles", "Chicago"] in weather
    assert request_lists("Weighted average of 64, 69, 99 with weights 4, 1, 5?") == [
        ["64", "69", "99"], ["4", "1", "5"],
    ]  # fmt: skip
    # a list does not stop short of an item that continues it
    assert ["139", "73"] not in request_lists("Items costing 139, 73 and 409, and 19% off.")
    # a bare comma joins two parts of a sentence, not a list of two
    assert request_lists("Hey there, what is the weather?") == []
    assert request_lists("What is 2+3?") == []


def test_values_lesson_offers_the_request_lists_that_fit_an_array() -> None:
    from purpose_react.values import request_value_schema

    numbers = {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}
    schema = {
        "type": "object",
        "properties": {
            "point_a": numbers,
            "point_b": numbers,
            "tags": {"type": "array", "items": {"type": "string"}},
            "tracking_number": {"type": "string"},
        },
        "required": ["point_a", "point_b", "tracking_number"],
    }
    got = request_value_schema(schema, "Track JD0146 via dhl: how far is (0, -14) from (-20, -3)?")[
        "properties"
    ]
    assert got["point_a"]["enum"] == [[0, -14]] and got["point_b"]["enum"] == [[-20, -3]]  # in order
    assert "tags" not in got  # optional, neither given nor mentioned
    assert got["tracking_number"]["enum"] == ["JD0146"]  # an identifier is written with digits
    colours = {"type": "array", "items": {"type": "string"}, "minItems": 3, "maxItems": 3}
    bands = {"type": "object", "properties": {"bands": colours}, "required": ["bands"]}
    got = request_value_schema(bands, "Bands green, yellow, brown and a none tolerance band: resistance?")
    assert got["properties"]["bands"]["enum"] == [["green", "yellow", "brown"]]
    # a list of words does not fill an array of numbers, nor one the wrong size
    assert "enum" not in request_value_schema(bands, "Bands red and blue")["properties"]["bands"]


def test_a_number_assigned_by_name_binds_however_short_the_name() -> None:
    from purpose_react.numbers import number_bindings

    props = {name: {"type": "number"} for name in ("a", "b", "c")}
    request = "Find the roots of a quadratic equation with coefficients a=1, b=-3, c=2."
    assert number_bindings(props, request) == {"a": 1, "b": -3, "c": 2}
    # two parameters may be assigned one number; "2x2" is not an assignment to x
    assert number_bindings(props, "Solve with a = 2, b = 2 and c: 0.5") == {"a": 2, "b": 2, "c": 0.5}
    assert number_bindings({"x": {"type": "integer"}}, "A 2x2 matrix, please") == {}


def test_enum_members_go_where_the_words_before_them_point() -> None:
    from purpose_react.members import member_bindings
    from purpose_react.values import request_value_schema

    cities = ["Tokyo", "Berlin", "Mumbai"]
    props = {
        "from_station": {"type": "string", "enum": cities},
        "to_station": {"type": "string", "enum": cities},
    }
    assert member_bindings(props, "Direct trains only from Tokyo to Berlin after 17:00") == {
        "from_station": "Tokyo", "to_station": "Berlin",
    }  # fmt: skip
    airports = {"type": "string", "enum": ["DXB", "SYD", "JFK"]}
    flights = {"origin": airports, "destination": airports}
    assert member_bindings(flights, "4 seats from DXB to SYD, leaving 2025-12-22") == {
        "origin": "DXB", "destination": "SYD",
    }  # fmt: skip
    assert member_bindings(flights, "what flies DXB -> SYD?") == {}  # no words to go by: unsure
    money = {"type": "string", "enum": ["USD", "EUR"]}
    schema = {"type": "object", "properties": {"from_currency": money, "to_currency": money}}
    got = request_value_schema(schema, "Convert 100 usd into EUR")["properties"]
    assert got["to_currency"]["enum"] == ["EUR"] and got["from_currency"]["enum"] == ["USD"]


def test_a_string_named_for_a_direction_takes_what_follows_its_word() -> None:
    from purpose_react.spans import directed_spans
    from purpose_react.values import request_value_schema

    request = "Find flights from New York to Los Angeles, tomorrow."
    assert directed_spans("from_city", request) == ["New", "New York"]
    assert directed_spans("destination", request) == ["Los", "Los Angeles"]
    assert directed_spans("end", "a route from Gouda to Delft please") == ["Delft"]  # not "Delft please"
    assert directed_spans("city", request) == []  # no direction in the name: every span stays
    schema = {
        "type": "object",
        "properties": {"target_language": {"type": "string"}, "text": {"type": "string"}},
    }
    got = request_value_schema(schema, "Translate 'good night' into French")["properties"]
    assert got["target_language"]["enum"] == ["French"] and "good night" in got["text"]["enum"]


def test_a_value_the_request_names_is_required_and_same_shape_lists_go_in_order() -> None:
    from purpose_react.values import request_value_schema

    stats = {
        "type": "object",
        "properties": {
            "player": {"type": "string"},
            "season": {"type": "integer"},
            "stats": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["player"],
    }
    got = request_value_schema(
        stats, "I want LeBron James's assists, goals and rebounds for the 2018 season."
    )
    assert got["required"] == ["player", "season"] and got["properties"]["season"]["enum"] == [2018]
    assert stats["required"] == ["player"]  # the tool's own schema is untouched
    point = {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}
    schema = {
        "type": "object",
        "properties": {"a": {**point, "description": "first"}, "b": {**point, "description": "second"}},
    }
    got = request_value_schema(schema, "How far apart are the points (0, -14) and (-20, -3)?")["properties"]
    assert got["a"]["enum"] == [[0, -14]] and got["b"]["enum"] == [[-20, -3]]
    # a list of numbers and a list of whole numbers are one shape when the same lists fit both
    hops = {
        "type": "object",
        "properties": {
            "alpha_acids": {"type": "array", "items": {"type": "number"}, "minItems": 3, "maxItems": 3},
            "boil_minutes": {"type": "array", "items": {"type": "integer"}, "minItems": 3, "maxItems": 3},
        },
        "required": ["alpha_acids", "boil_minutes"],
    }
    request = "IBU at alpha 8, 5, 6 (%) boiled 12, 56, 38 min respectively"
    got = request_value_schema(hops, request)["properties"]
    assert got["alpha_acids"]["enum"] == [[8, 5, 6]] and got["boil_minutes"]["enum"] == [[12, 56, 38]]
    assert hops["properties"]["boil_minutes"]["items"] == {"type": "integer"}  # untouched
    got = request_value_schema(hops, "IBU at alpha 8.5, 5.5, 6 (%) boiled 12, 56, 38 min")["properties"]
    # a list only numbers fit: not one shape, the model picks among the lists as before
    assert got["alpha_acids"]["enum"] == [[8.5, 5.5, 6], [12, 56, 38]]


def test_spans_stay_in_one_sentence_and_are_never_the_whole_question() -> None:
    from purpose_react.spans import request_spans

    spans = request_spans("Hi! I've been stuck for 20 minutes. Validate the JSON [1, 2, 3, in strict mode.")
    assert "Validate the JSON [1, 2, 3" in spans and not any("minutes. Validate" in s for s in spans)
    spans = request_spans('Is this valid JSON: {"a": 1}')
    assert '{"a": 1}' in spans and 'Is this valid JSON: {"a": 1}' not in spans
    assert "Dr. Smith" in request_spans("Ask Dr. Smith about it")  # an abbreviation ends no sentence
    # one plain sentence may be the value itself (a search query)
    assert "Find Italian restaurants near me" in request_spans("Find Italian restaurants near me")


def test_a_preposition_names_the_number_after_it() -> None:
    from purpose_react.numbers import number_bindings

    years = {"start_year": {"type": "integer"}, "end_year": {"type": "integer"}}
    request = "Retrieve the historical population of Japan from 1950 to 2000."
    assert number_bindings(years, request) == {"start_year": 1950, "end_year": 2000}
    sides = {"base": {"type": "number"}, "height": {"type": "number"}}
    request = "Find the area of a triangle with a base of 10 units and height of 5 units."
    assert number_bindings(sides, request) == {"base": 10, "height": 5}


def test_dates_and_times_are_offered_in_the_format_the_parameter_asks_for() -> None:
    from purpose_react.dates import date_pattern, in_pattern, request_dates
    from purpose_react.values import request_value_schema

    assert [d.isoformat() for d in request_dates("Book it for March 3rd, 2024, or 4 Apr 2024.")] == [
        "2024-03-03",
        "2024-04-04",
    ]
    assert in_pattern("YYYY-MM-DD", "due 03/04/2024") == ["2024-03-04", "2024-04-03"]  # either reading
    assert in_pattern("YYYY-MM-DD", "on 25/12/24") == ["2024-12-25"]  # only one reading is a date
    assert in_pattern("YYYY-MM-DD", "the 31st of February 2024") == []
    assert in_pattern("YYYY-MM-DD", "on March 3") == []  # no year is guessed
    # a holiday held on one date is that date of the year written after it; with no year, none
    assert in_pattern("YYYY-MM-DD", "the party on New Year's Eve 2026, or Halloween, 2027?") == [
        "2026-12-31", "2027-10-31",
    ]  # fmt: skip
    assert in_pattern("YYYY-MM-DD", "closed on Boxing Day") == []
    assert in_pattern("DD.MM.YYYY", "from 2024-3-5") == ["05.03.2024"]
    assert in_pattern("HH:MM", "at 3pm, 3:30 p.m., 15:45 or noon") == ["15:00", "15:30", "15:45", "12:00"]
    assert in_pattern("YYYY-MM-DD HH:MM", "on March 3, 2024 at 9am") == ["2024-03-03 09:00"]
    assert in_pattern("YYYY-MM", "the March 2024 report") == ["2024-03"]
    assert date_pattern("start", {"description": "Start, MM/DD/YYYY"}) == ("MM/DD/YYYY", True)
    assert date_pattern("when", {"format": "date"}) == ("YYYY-MM-DD", True)
    assert date_pattern("checkInDate", {}) == ("YYYY-MM-DD", False)  # only the name says it
    assert date_pattern("update", {}) is None
    schema = {
        "type": "object",
        "properties": {
            "start": {"type": "string", "description": "First day, YYYY-MM-DD"},
            "birth_date": {"type": "string"},
            "note": {"type": "string"},
        },
        "required": ["start", "birth_date", "note"],
    }
    request = "Start on March 3, 2024; born 1 May 1990. Note: urgent"
    props = request_value_schema(schema, request)["properties"]
    assert props["start"]["enum"] == ["2024-03-03", "1990-05-01"]  # stated format: dates only
    assert props["birth_date"]["enum"][:2] == ["2024-03-03", "1990-05-01"]  # the name alone: spans too
    assert "1 May 1990" in props["birth_date"]["enum"]
    assert "2024-03-03" not in props["note"]["enum"]  # not a date parameter: the request's own spans
    no_date = request_value_schema(schema, "Start soon. Note: urgent")["properties"]
    assert "soon" in no_date["start"]["enum"]  # no date read: the request's spans, as before


def test_a_ranges_start_takes_the_first_date_written_and_its_end_the_second() -> None:
    from purpose_react.dates import range_ends
    from purpose_react.values import request_value_schema

    day = {"type": "string", "description": "as YYYY-MM-DD"}
    schema = {"type": "object", "properties": {"first_day": day, "last_day": day}, "required": ["first_day"]}
    request = "E41152: parental leave from 18 June 2026 to the 7th of September 2026"
    props = request_value_schema(schema, request)["properties"]
    assert props["first_day"]["enum"] == ["2026-06-18"]
    assert props["last_day"]["enum"] == ["2026-09-07"]
    # the request's order decides, not the calendar's, and each parameter keeps its own format
    us = {"type": "string", "description": "MM/DD/YYYY"}
    ends = range_ends({"start_date": day, "end_date": us}, "days between 2025-09-01 and 2025-01-31")
    assert ends == {"start_date": "2025-09-01", "end_date": "01/31/2025"}
    assert range_ends({"check_in": day, "check_out": day}, "in on 2026-03-02, out 2026-03-05") == {
        "check_in": "2026-03-02",
        "check_out": "2026-03-05",
    }
    assert range_ends({"departure": day, "return": day}, "fly 2026-03-02, back 2026-03-09")["departure"] == (
        "2026-03-02"
    )
    # not a range: two starts, a third date, one date, a time, or a parameter that is neither end
    assert range_ends({"start": day, "begin_date": day}, "2026-03-02 to 2026-03-05") == {}
    assert range_ends({"start": day, "end": day}, "2026-03-02 to 2026-03-05, booked 2026-01-01") == {}
    assert range_ends({"start": day, "end": day}, "from 2026-03-02") == {}
    assert range_ends({"birth_date": day, "end": day}, "2026-03-02 to 2026-03-05") == {}
    clock = {"type": "string", "description": "YYYY-MM-DD HH:MM"}
    assert range_ends({"start": clock, "end": clock}, "2026-03-02 to 2026-03-05") == {}


def test_a_currency_sign_names_a_parameter_that_takes_money() -> None:
    from purpose_react.numbers import number_bindings

    props = {
        "age": {"type": "integer", "description": "age in years"},
        "smoker_cigarettes": {"type": "integer"},
        "cover_amount": {"type": "number", "description": "death benefit in dollars"},
    }
    request = "I'm 52, I smoke about 5 a day, and want a policy paying out $154,019.13."
    assert number_bindings(props, request)["cover_amount"] == 154019.13
    fee = {
        "hourly_rate": {"type": "number", "description": "rate per hour in dollars"},
        "hours": {"type": "number"},
        "retainer": {"type": "number", "description": "retainer already paid, dollars"},
    }
    bound = number_bindings(fee, "$653.37/hr x 95.1 hours, minus the $1,483.31 retainer")
    assert bound == {"hourly_rate": 653.37, "hours": 95.1, "retainer": 1483.31}
    # a sign names no parameter that takes no money
    assert "weight" not in number_bindings({"weight": {"type": "number"}}, "$12 for 3 items")


def test_a_unit_right_after_a_number_names_the_parameter_whose_description_alone_says_it() -> None:
    from purpose_react.numbers import number_bindings

    props = {
        "dose": {"type": "number", "description": "dose in milligrams"},
        "mass": {"type": "number", "description": "body mass in kilograms"},
    }
    required = ["dose", "mass"]
    request = "Give 250 milligrams to a patient of 70 kilograms."
    assert number_bindings(props, request, required) == {"dose": 250, "mass": 70}
    # a word before the number ("I want 1235"), a word two away, a word both descriptions say, or an
    # optional parameter's description: no binding from it
    wanted = {
        "volume_ml": {"type": "number", "description": "final volume"},
        "goal": {"type": "number", "description": "wanted concentration"},
    }
    bound = number_bindings(wanted, "I want 1235 ml at 0.77 M", ["volume_ml", "goal"])
    assert bound == {"volume_ml": 1235}
    assert number_bindings(props, "Give 250 small milligrams", required) == {}
    grams = {"type": "number", "description": "grams of flour"}
    both = {"a": grams, "b": {**grams, "description": "grams of sugar"}}
    assert number_bindings(both, "mix 5 grams and 7 grams", ["a", "b"]) == {}
    assert number_bindings(props, request) == {}  # neither required


def test_a_persons_or_places_name_is_offered_only_as_the_requests_capitalised_spans() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {
            "candidate": {"type": "string", "description": "candidate's full name"},
            "minutes": {"type": "integer"},
        },
        "required": ["candidate", "minutes"],
    }
    request = "Sorry, 4th message today: set up Jonas Becker's loop, 47 minutes apiece, over video"
    offered = request_value_schema(schema, request)["properties"]["candidate"]["enum"]
    assert "Jonas Becker" in offered and "4th" not in offered and "loop" not in offered
    assert all(word[:1].isupper() for value in offered for word in value.split())
    dutch = request_value_schema(schema, "new person: Bram de Vries, 30 minutes")["properties"]["candidate"]
    assert "Bram de Vries" in dutch["enum"]  # a particle inside a name
    # no capitalised span: the request's spans as before; a recipe's or a label's "name" is no proper name
    lower = request_value_schema(schema, "book jonas for 30 minutes")["properties"]["candidate"]
    assert "jonas" in lower["enum"]
    recipe = {"type": "object", "properties": {"recipe": {"type": "string", "description": "recipe name"}}}
    scaled = request_value_schema(recipe, "Scale banana bread to 27 people")["properties"]["recipe"]
    assert "banana bread" in scaled["enum"]


def test_a_flag_is_set_by_two_words_only_its_description_has() -> None:
    from purpose_react.values import request_value_schema

    retard = {"type": "boolean", "description": "proof overnight in the fridge", "default": False}
    schema = {
        "type": "object",
        "properties": {
            "hydration": {"type": "integer", "description": "starter hydration in percent"},
            "cold_retard": retard,
            "loaves": {"type": "integer", "description": "loaves to bake", "default": 1},
        },
        "required": ["hydration"],
    }
    props = request_value_schema(schema, "Timeline at 75% hydration, with an overnight fridge proof?")
    assert props["properties"]["cold_retard"]["enum"] == [True] and "cold_retard" in props["required"]
    # one word of its description ("overnight" alone) is not enough: left at its default
    one = request_value_schema(schema, "Timeline at 75% hydration, baked overnight?")["properties"]
    assert one["cold_retard"]["enum"] == [False]
    # a word another parameter's description has too does not count ("bake" is also the loaves')
    other = {**schema["properties"]["cold_retard"], "description": "bake after proofing in the fridge"}
    shared = {**schema, "properties": {**schema["properties"], "cold_retard": other}}
    props = request_value_schema(shared, "Timeline at 75% hydration, bake it from the fridge?")["properties"]
    assert props["cold_retard"]["enum"] == [False]


def test_scale_suffixes_semicolon_and_bulleted_lists_are_read() -> None:
    from purpose_react.numbers import request_numbers
    from purpose_react.spans import request_lists

    assert request_numbers("a fee of 1.2k, a budget of $3.4M and 2 years") == [1200, 3400000, 2]
    assert request_numbers("raise €2bn") == [2e9]
    assert request_numbers("a 5m wall in room 4B") == [5, 4]  # no currency: metres and a room, as written
    assert request_lists("Items: apples; pears; plums.") == [["apples", "pears", "plums"]]
    bulleted = "Order:\n- 2 chairs\n- 1 desk\n- 3 lamps\nThanks"
    assert request_lists(bulleted) == [["2 chairs", "1 desk", "3 lamps"]]
    assert request_lists("Visit:\n1. Paris\n2) Rome") == [["Paris", "Rome"]]
    assert request_lists("One line only:\n- just this") == []


def test_number_bindings_weigh_nearer_words_initials_plurals_and_percentages() -> None:
    from purpose_react.numbers import assigned_numbers, number_bindings, request_numbers
    from purpose_react.values import request_value_schema

    # a comma ends a number: "4500, each ticket" leaves "ticket" to the number it is nearer to
    costs = {
        "fees": {"type": "number"},
        "price_per_ticket": {"type": "number"},
        "cost_per_ticket": {"type": "number"},
    }
    request = "Fees are 4500, each ticket sells for 12.5 and costs 3.2 to print."
    assert number_bindings(costs, request) == {"fees": 4500, "price_per_ticket": 12.5, "cost_per_ticket": 3.2}
    # initials: "wpm" says words_per_minute, so "words" is left to the count
    reading = {"word_count": {"type": "integer"}, "words_per_minute": {"type": "number"}}
    got = number_bindings(reading, "Reading 5,000 words at 250 wpm?")
    assert got == {"word_count": 5000, "words_per_minute": 250}
    # a nearer word counts more: "in 3 years" is the years, not "5% a year"; an integer takes no 5.5
    growth = {"people": {"type": "integer"}, "growth_pct": {"type": "number"}, "years": {"type": "integer"}}
    got = number_bindings(growth, "A team of 40 people grows 5.5% a year. Size in 3 years?")
    assert got == {"people": 40, "growth_pct": 5.5, "years": 3}
    # a short name word is said by its plural or a longer form ("legs", "taxed")
    assert number_bindings({"legs": {"type": "integer"}}, "A table with 4 legs") == {"legs": 4}
    taxed = {"gross": {"type": "number"}, "tax": {"type": "number", "description": "income tax in percent"}}
    assert number_bindings(taxed, "Gross 5000 and I'm taxed at 27.8%") == {"gross": 5000, "tax": 27.8}
    # a percentage names the parameter that takes one, by its name or its description
    sales = {
        "type": "object",
        "properties": {"price": {"type": "number"}, "tax_rate": {"type": "number"}},
        "required": ["price", "tax_rate"],
    }
    narrowed = request_value_schema(sales, "With a 4.65 percent sales tax, what's the tax on 532.68?")
    assert narrowed["properties"]["tax_rate"]["enum"] == [4.65]
    assert narrowed["properties"]["price"]["enum"] == [532.68]
    off = {"price": {"type": "number"}, "discount_percent": {"type": "number"}}
    assert "price" not in assigned_numbers(off, "Sale price: 41 percent off 42.72")
    # the number of a unit written with a slash is not a value; an f-number is
    assert request_numbers("8.9 L/100km at 2.10 a litre") == [8.9, 2.1]
    assert request_numbers("swim 96.6 seconds/100 in a 25 m pool") == [96.6, 25]
    assert 4.2 in request_numbers("94mm at f/4.2")


def test_a_conversion_starts_from_the_amounts_unit_and_goes_to_the_unit_asked_for() -> None:
    from purpose_react.members import member_bindings
    from purpose_react.values import request_value_schema

    units = {"enum": ["g", "kg", "lb"], "type": "string"}
    props = {"from_unit": units, "to_unit": units}
    assert member_bindings(props, "How many kg is 867 g?") == {"from_unit": "g", "to_unit": "kg"}
    assert member_bindings(props, "A 3 lb bag: how heavy in kg?") == {"from_unit": "lb", "to_unit": "kg"}
    # members written in the plural bind as the singular does ("3 tablespoons", "how many ounces")
    spoons = {"enum": ["tablespoon", "ounce", "cup"], "type": "string"}
    spoon_props = {"from_unit": spoons, "to_unit": spoons}
    assert member_bindings(spoon_props, "How many ounces are 3 tablespoons?") == {
        "from_unit": "tablespoon", "to_unit": "ounce",
    }  # fmt: skip
    money = {"enum": ["AUD", "INR", "USD"], "type": "string"}
    schema = {"type": "object", "properties": {"source_currency": money, "target_currency": money}}
    narrowed = request_value_schema(schema, "I need INR: I have 533.51 AUD, what does that come to?")
    assert narrowed["properties"]["source_currency"]["enum"] == ["AUD"]
    assert narrowed["properties"]["target_currency"]["enum"] == ["INR"]  # the member the other one left


def test_a_value_written_after_the_parameters_name_and_a_colon_is_offered_alone() -> None:
    from purpose_react.spans import labeled_spans
    from purpose_react.values import request_value_schema

    request = "Mail the team. Subject: Q3 plan. Body: See you at noon."
    schema = {"type": "object", "properties": {"subject": {"type": "string"}, "body": {"type": "string"}}}
    got = request_value_schema(schema, request)["properties"]
    assert got["subject"]["enum"] == ["Q3 plan.", "Q3 plan"]
    assert got["body"]["enum"] == ["See you at noon.", "See you at noon"]
    assert labeled_spans("task_name", "New task name: buy milk, tagged work") == [
        "buy milk, tagged work",
        "buy milk",
    ]
    assert labeled_spans("title", "What is the title of this book?") == []  # no colon: not a label


def test_an_optional_list_a_request_names_by_a_longer_form_of_its_name_is_kept() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {"task": {"type": "string"}, "tags": {"type": "array", "items": {"type": "string"}}},
        "required": ["task"],
    }
    assert "tags" in request_value_schema(schema, "New task: buy milk, tagged work.")["properties"]
    assert "tags" not in request_value_schema(schema, "New task: buy milk.")["properties"]


def test_spans_of_only_function_words_or_ending_in_one_are_not_values() -> None:
    from purpose_react.spans import request_spans

    spans = request_spans("Hi! I've been stuck on this. Reverse the string garden, please.")
    assert "garden" in spans and "the string garden" in spans and "Reverse" in spans
    for junk in ("Hi", "I've been", "on this", "Reverse the", "stuck on", "please"):
        assert junk not in spans
    assert "to be" in request_spans("Spell 'to be' backwards")  # quoted text is always a value


def test_a_greeting_inside_a_sentence_is_a_value_and_one_opening_it_is_not() -> None:
    from purpose_react.spans import request_spans

    assert "hello" in request_spans("Translate hello to Spanish")
    assert "thank you" in request_spans("How do you say thank you in German?")
    for request in ("Hi, please translate cat to French", "Translate dog to German. Thanks!",
                    "translate cat into French, thanks"):  # fmt: skip
        assert not {"Hi", "Thanks", "thanks"} & set(request_spans(request)), request


def test_a_fraction_by_its_description_takes_a_percentage_and_an_iban_is_an_identifier() -> None:
    from purpose_react.values import request_value_schema

    share = {"type": "number", "description": "share of the budget, as a fraction between 0 and 1"}
    schema = {"type": "object", "properties": {"total": {"type": "number"}, "share": share}}
    got = request_value_schema(schema, "Of a 5000 total, 35% goes to rent.")["properties"]
    assert got["share"]["enum"] == [0.35]
    wire = {
        "type": "object",
        "properties": {
            "account": {"type": "string", "description": "beneficiary IBAN"},
            "amount": {"type": "number"},
        },
    }
    got = request_value_schema(wire, "Please send 250 EUR to NL91ABNA0417164300 today.")["properties"]
    assert got["account"]["enum"] == ["NL91ABNA0417164300"]


def test_the_one_free_text_parameter_takes_what_the_request_quotes() -> None:
    from purpose_react.spans import request_quotes
    from purpose_react.values import request_value_schema

    logs = {
        "type": "object",
        "properties": {"query": {"type": "string"}, "hours": {"type": "integer"}},
        "required": ["query"],
    }
    got = request_value_schema(logs, 'Can you search the past 6 hours of logs for "timeout after 30s"?')
    assert got["properties"]["query"]["enum"] == ["timeout after 30s"]
    assert request_quotes("I've asked Carmen's team") == []  # apostrophes quote nothing
    assert request_quotes('Is this valid JSON: {"a": 1}') == []  # nor does a JSON key
    assert request_quotes("Spell 'to be' and \u201cnot to be\u201d.") == ["to be", "not to be"]
    two = {"type": "object", "properties": {"find": {"type": "string"}, "replace": {"type": "string"}}}
    got = request_value_schema(two, "Swap 'cat' for 'dog' in: the cat sat")["properties"]
    # two free texts and two quotes: each takes one of the quotes (they do not say which is which)
    assert got["find"]["enum"] == ["cat", "dog"] and got["replace"]["enum"] == ["cat", "dog"]


def test_a_number_that_names_a_thing_is_no_optional_amount() -> None:
    from purpose_react.numbers import label_numbers
    from purpose_react.values import request_value_schema

    fuel = {
        "type": "object",
        "properties": {
            "flight_hours": {"type": "number"},
            "burn_gph": {"type": "number"},
            "reserve_min": {"type": "number", "default": 45},
        },
        "required": ["flight_hours", "burn_gph"],
    }
    request = "Desk 12 calling: fuel for a 2.5-hour flight burning 30 gallons an hour?"
    assert label_numbers(request) == {12.0}
    assert request_value_schema(fuel, request)["properties"]["reserve_min"]["enum"] == [45]
    with_reserve = request_value_schema(fuel, "Fuel for 2.5 hours at 30 gph with a 40 minute reserve?")
    assert 40 in with_reserve["properties"]["reserve_min"]["enum"]


def test_each_place_a_number_is_written_binds_once_and_a_rate_is_said_by_per() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    league = {
        "type": "object",
        "properties": {
            "wins": {"type": "integer"},
            "draws": {"type": "integer"},
            "losses": {"type": "integer"},
            "points_per_win": {"type": "integer", "default": 3},
        },
        "required": ["wins", "draws", "losses"],
    }
    request = "We ended the season with 7 wins, 7 draws and 4 defeats."
    # "wins" says all of ``wins`` and only part of ``points_per_win``; both sevens are bound
    assert number_bindings(league["properties"], request) == {"wins": 7, "draws": 7}
    assert request_value_schema(league, request)["properties"]["losses"]["enum"] == [4]
    stack = {
        "crates": {"type": "integer"},
        "crates_per_layer": {"type": "integer"},
        "layers": {"type": "integer"},
    }
    got = number_bindings(stack, "Ship 960 crates, 12 per layer, stacked 4 high.")
    assert got == {"crates": 960, "crates_per_layer": 12}
    spend = {"average_order": {"type": "number"}, "orders_per_year": {"type": "number"}}
    got = number_bindings(spend, "She spends 52.5 per order, 6.5 orders a year.")
    assert got == {"average_order": 52.5, "orders_per_year": 6.5}


def test_an_hour_or_a_month_parameter_reads_clock_times_and_month_names() -> None:
    from purpose_react.numbers import label_numbers
    from purpose_react.values import request_value_schema

    meeting = {
        "type": "object",
        "properties": {"minutes": {"type": "integer"}, "not_before_hour": {"type": "integer"}},
        "required": ["minutes", "not_before_hour"],
    }
    got = request_value_schema(meeting, "A 30 minute slot, nothing before 14:00.")["properties"]
    assert got["not_before_hour"]["enum"] == [14]
    fiscal = {"type": "object", "properties": {"fy_start_month": {"type": "integer", "minimum": 1}}}
    got = request_value_schema(fiscal, "Our fiscal year begins in October; which quarter is 3 May?")
    assert got["properties"]["fy_start_month"]["enum"] == [10, 5]
    # an ordinal or a label's number is no amount, unless the request also gives it as one
    assert label_numbers("My 2nd question: room 12 has 2 beds, ticket #77") == {12.0, 77.0}
    assert label_numbers("The room 5 m x 4 m") == set()


def test_letters_on_numbers_ratios_and_calendar_bounds_bind_numbers() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    record = {n: {"type": "integer"} for n in ("wins", "draws", "losses")}
    assert number_bindings(record, "Season so far: W7 D2 L4, please total it") == {
        "wins": 7,
        "draws": 2,
        "losses": 4,
    }
    # a unit written onto a number is no value of its own ("12.5 m2", not a 2); "f/11" and "M4.5" are
    lens = {"f_number": {"type": "number"}, "shutter_s": {"type": "number"}, "iso": {"type": "integer"}}
    assert number_bindings(lens, "Metered 1/60 at f/8, ISO 400; now 0.25 s?") == {
        "f_number": 8, "iso": 400, "shutter_s": 0.25,
    }  # fmt: skip
    assert number_bindings({"magnitude": {"type": "number"}}, "How strong is a M4.5 quake?") == {
        "magnitude": 4.5
    }
    shot = {"f_number": {"type": "number"}, "zoom": {"type": "integer"}}
    assert number_bindings(shot, "At f/2.8, then z3") == {"f_number": 2.8, "zoom": 3}  # both kinds in one
    # a one-letter unit names the number it is written after: "21.5°C" says ``room_c`` as much as "Room
    # 9" does, so neither binds, and the label's 9 is no amount
    room = {"type": "object", "properties": {"room_c": {"type": "number"}, "guests": {"type": "integer"}}}
    assert number_bindings(room["properties"], "Room 9 is at 21.5°C with 4 guests") == {"guests": 4}
    assert request_value_schema(room, "Room 9 is at 21.5°C with 4 guests")["properties"]["room_c"][
        "enum"
    ] == [21.5]
    # "66yo" is an age; a heart rate (``resting_hr``) is no hour of the day
    patient = {"age": {"type": "integer"}, "resting_hr": {"type": "integer"}}
    assert number_bindings(patient, "71yo, resting hr 88") == {"age": 71, "resting_hr": 88}
    assert number_bindings({"area_sqm": {"type": "number"}}, "Paint a 12.5 m2 wall") == {"area_sqm": 12.5}
    dough = {
        "type": "object",
        "properties": {
            "flour_g": {"type": "number"},
            "ratio": {"type": "number", "description": "flour to water ratio", "default": 2},
        },
    }
    assert request_value_schema(dough, "300 g flour at 1:4 please")["properties"]["ratio"]["enum"][0] == 4
    chain = {"type": "object", "properties": {"scope": {"type": "integer", "description": "scope ratio"}}}
    assert request_value_schema(chain, "Anchor at 7:1, 10 m deep")["properties"]["scope"]["enum"] == [7]
    # a month is a number from 1 to 12: "Apr 2027" offers no 2027 to a month parameter
    fiscal = {
        "type": "object",
        "properties": {"start_month": {"type": "integer"}},
        "required": ["start_month"],
    }
    got = request_value_schema(fiscal, "Plan from Apr 2027; our year opens in July")["properties"][
        "start_month"
    ]
    assert 2027 not in got["enum"] and 7 in got["enum"]


def test_identifiers_after_their_word_lists_with_semicolons_and_code_spans() -> None:
    from purpose_react.dates import request_times
    from purpose_react.spans import request_lists, request_spans
    from purpose_react.values import request_value_schema

    invoice = {"type": "object", "properties": {"invoice_number": {"type": "string"}}}
    got = request_value_schema(invoice, "Re ticket T-5521: resend invoice 2024/INV-77 today")
    assert got["properties"]["invoice_number"]["enum"] == ["2024/INV-77"]
    case = {"type": "object", "properties": {"case_id": {"type": "string"}}}
    assert request_value_schema(case, "PO-1 aside, open case 4:21-cv-339.")["properties"]["case_id"][
        "enum"
    ] == ["4:21-cv-339"]
    # "since" points in time, not to a place
    trip = {"type": "object", "properties": {"origin": {"type": "string"}}}
    offered = request_value_schema(trip, "Member since 2019 -- a ride from Lyon Part-Dieu to Nice")
    assert all(s.startswith("Lyon") for s in offered["properties"]["origin"]["enum"])
    assert request_lists("Invite a@x.io; b@x.io; c@x.io, anytime after 3") == [["a@x.io", "b@x.io", "c@x.io"]]
    assert ["tent", "stove", "sleeping bag"] in request_lists("Pack: tent, stove, sleeping bag.")
    spans = request_spans("Does [a-z]+ match hello?")
    assert "[a-z]+" in spans
    tail = request_spans("Translate: Good morning. See you soon! Thanks")
    assert "Good morning." in tail and "Good morning. See you soon!" in tail
    assert request_times("Depart at 0745 hrs, back by 1300 hours, not 2500 hours") == [(7, 45), (13, 0)]


def test_a_required_enum_said_in_another_form_of_a_members_word_is_narrowed_to_it() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {
            "product": {"type": "string", "enum": ["vaccines", "seafood", "dairy", "cut_flowers"]},
            "mode": {"type": "string", "enum": ["driving", "walking", "transit"]},
            "units": {"type": "string", "enum": ["metric", "imperial"]},
        },
        "required": ["product", "mode", "units"],
    }
    request = "We drive two vaccine vials across town, sizes in meters."
    props = request_value_schema(schema, request)["properties"]
    assert props["product"]["enum"] == ["vaccines"]
    assert props["mode"]["enum"] == ["driving"]
    # "meters" is no form of "metric" (three letters in common), but a unit of that system
    assert props["units"]["enum"] == ["metric"]
    props = request_value_schema(schema, "We drive two vaccine vials across town.")["properties"]
    assert props["units"]["enum"] == ["metric", "imperial"]  # no unit: the enum is left whole
    # a word every member shares says nothing; an optional enum is not narrowed by a hint
    shared = {
        "type": "object",
        "properties": {
            "plan": {"type": "string", "enum": ["basic_plan", "family_plan"]},
            "size": {"type": "string", "enum": ["small", "large"], "default": "small"},
        },
        "required": ["plan"],
    }
    props = request_value_schema(shared, "Which plans fit a larger household?")["properties"]
    assert props["plan"]["enum"] == ["basic_plan", "family_plan"]
    assert props["size"]["enum"] == ["small"]


def test_a_mentioned_optional_flag_is_set_other_than_its_default() -> None:
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "breakfast": {"type": "boolean", "default": False},
            "include_tax": {"type": "boolean", "default": True},
            "pets": {"type": "boolean", "default": False},
        },
        "required": ["city"],
    }
    out = request_value_schema(schema, "A room in Lyon with breakfast, prices without tax.")
    assert out["properties"]["breakfast"]["enum"] == [True]
    assert out["properties"]["include_tax"]["enum"] == [False]
    assert {"breakfast", "include_tax"} <= set(out["required"])  # said: the default is not what was asked
    assert "pets" not in out["required"] and out["properties"]["pets"]["enum"] == [False]


def test_an_identifier_is_no_dates_year_nor_an_ordinal_and_digits_enums_read_number_words() -> None:
    from purpose_react.spans import _identifiers
    from purpose_react.values import request_value_schema

    # an ordinal is written with digits and names nothing, with no word of the name to pick the id by
    assert _identifiers("order_id", ["14th", "A-77"], "Due on the 14th: A-77") == ["A-77"]

    schema = {
        "type": "object",
        "properties": {
            "employee_id": {"type": "string", "description": "employee number"},
            "term_years": {"type": "string", "enum": ["10", "20", "30"]},
        },
        "required": ["employee_id", "term_years"],
    }
    props = request_value_schema(
        schema, "E41152: leave from 18 June 2026 to the 7th of September 2026, on a thirty-year term."
    )["properties"]
    assert props["employee_id"]["enum"] == ["E41152"]
    assert props["term_years"]["enum"] == ["30"]


def test_a_unit_symbol_right_after_a_number_and_a_letter_that_is_a_name_word_bind_numbers() -> None:
    from purpose_react.numbers import number_bindings

    lens = {
        "focal_length_mm": {"type": "number", "description": "lens focal length in mm"},
        "f_number": {"type": "number", "description": "aperture f-number"},
    }
    # "f/4.2" is f_number's more than focal_length's, whose first word only starts with f
    assert number_bindings(lens, "94mm at f/4.2 -- max exposure?") == {"focal_length_mm": 94, "f_number": 4.2}
    power = {"watts": {"type": "integer"}, "rider_kg": {"type": "number"}}
    assert number_bindings(power, "(2 of us on): 389W FTP at 54.2kg") == {"watts": 389, "rider_kg": 54.2}
    drip = {"volume_ml": {"type": "integer"}, "hours": {"type": "number"}}
    assert number_bindings(drip, "1659 mL over 4.3 h, a 15 gtt/mL set")["hours"] == 4.3
    # a unit after a slash is the number's before it, not the next one's
    fee = {
        "hourly_rate": {"type": "number", "description": "rate per hour in dollars"},
        "hours": {"type": "number", "description": "hours expected"},
    }
    assert number_bindings(fee, "re: PO-88123 -- $653.37/hr \u00d7 95.1 h, minus the retainer") == {
        "hourly_rate": 653.37,
        "hours": 95.1,
    }
    # a symbol before a number, or one a slash makes part of a rate, names nothing
    assert "hours" not in number_bindings(drip, "h 4.3 and 15")
    fuel = {"price_per_litre": {"type": "number"}, "distance_km": {"type": "number"}}
    assert "price_per_litre" not in number_bindings(fuel, "2688 km at 8.9 L/100km")


def test_a_unit_a_name_abbreviates_is_said_by_its_full_name() -> None:
    from purpose_react.numbers import number_bindings

    download = {"file_size_gb": {"type": "number"}, "speed_mbps": {"type": "number"}}
    asked = "With a 87 megabit connection, download time for 108.3 gigabytes?"
    assert number_bindings(download, asked) == {"file_size_gb": 108.3, "speed_mbps": 87}
    # millilitres, milligrams and millimetres share a prefix: each names its own unit
    syrup = {"volume_ml": {"type": "number"}, "dose_mg": {"type": "number"}, "cup_mm": {"type": "number"}}
    said = "250 milligrams in 5 millilitres, cup 62 millimetres wide"
    assert number_bindings(syrup, said) == {"dose_mg": 250, "volume_ml": 5, "cup_mm": 62}


def test_a_currency_code_and_an_amount_word_name_money_and_a_dates_numbers_are_no_amount() -> None:
    from purpose_react.numbers import date_numbers, number_bindings
    from purpose_react.values import request_value_schema

    wire = {"amount": {"type": "number", "description": "amount to send"}, "days": {"type": "integer"}}
    assert number_bindings(wire, "wire CHF 48,880.34, any time before 5")["amount"] == 48880.34
    assert date_numbers("$2,235.51 on 21 November 2025, card 4417") == {21, 2025}
    assert date_numbers("since March 2024, 2024 times") == set()  # also written outside the date
    schema = {
        "type": "object",
        "properties": {"reading": {"type": "integer"}, "year": {"type": "integer"}},
        "required": ["reading", "year"],
    }
    narrowed = request_value_schema(schema, "meter shows 96371, taken the 14th of August 2025")["properties"]
    assert narrowed["reading"]["enum"] == [96371]
    assert 2025 in narrowed["year"]["enum"]  # a parameter named for a year still takes it


def test_enum_members_said_with_a_letter_and_digit_apart_by_a_gloss_or_by_initials() -> None:
    from purpose_react.values import request_value_schema

    def offered(prop: dict[str, Any], request: str) -> Any:
        schema = {"type": "object", "properties": {"p": prop}, "required": ["p"]}
        return request_value_schema(schema, request)["properties"]["p"]["enum"]

    severity = {"type": "string", "enum": ["sev1", "sev2", "sev3"]}
    assert offered(severity, 'INCIDENT "Payments double-charged" -- SEV-1 -- checkout') == ["sev1"]
    # a member's words may be written with a slash between them: "pass/fail" says ``pass_fail`` (an
    # optional parameter too, which no other form of its words narrows)
    grading = {"type": "string", "enum": ["letter", "pass_fail", "percentage"], "default": "letter"}
    optional = {"type": "object", "properties": {"scale": grading}}
    assert request_value_schema(optional, "grade it pass/fail")["properties"]["scale"]["enum"] == [
        "pass_fail"
    ]
    leave = {
        "type": "string",
        "enum": ["annual", "sick", "unpaid"],
        "description": "type: annual (vacation/holiday), sick or unpaid",
    }
    assert offered(leave, "please log vacation for me from Monday") == ["annual"]
    accent = {"type": "string", "enum": ["general_american", "received_pronunciation", "australian"]}
    assert offered(accent, 'ipa for "route", British RP') == ["received_pronunciation"]
    # lower-case letters are no initials, and a gloss word not said hints nothing
    assert offered(accent, "ipa for route, rp please") == accent["enum"]
    assert offered(leave, "please log it for me") == leave["enum"]


def test_numbered_parameters_take_the_requests_numbers_in_order() -> None:
    from purpose_react.values import request_value_schema

    def narrowed(props: dict[str, Any], request: str) -> dict[str, Any]:
        schema = {"type": "object", "properties": props, "required": list(props)}
        return {k: v["enum"] for k, v in request_value_schema(schema, request)["properties"].items()}

    sides = {f"side_{c}": {"type": "number"} for c in "abc"}
    got = narrowed(sides, "Find the area of a triangle with sides 5.8, 6.9 and 10.3.")
    assert got == {"side_a": [5.8], "side_b": [6.9], "side_c": [10.3]}
    legs = {"leg_a": {"type": "number"}, "leg_b": {"type": "number"}}
    # one number more than parameters: each keeps the numbers it may be in order
    got = narrowed(legs, "For my 2 kids' project: a right triangle has legs 44.2 and 7.1.")
    assert got == {"leg_a": [2, 44.2], "leg_b": [44.2, 7.1]}
    points = {n: {"type": "number"} for n in ("x1", "y1", "x2", "y2")}
    got = narrowed(points, "Slope of the line through (-2, -5) and (22, 18)?")
    assert got == {"x1": [-2, -5], "y1": [-2, -5], "x2": [22, 18], "y2": [22, 18]}
    # kinds numbered alike with a number to spare: order inside the blocks is unknown, left open
    prices = {n: {"type": "number"} for n in ("price_a", "size_a", "price_b", "size_b")}
    got = narrowed(prices, "In my 3 shops: 1556 g for 24.79 or 1716 g for 23.99?")
    assert all(len(v) == 5 for v in got.values())
    # order words number a pair: "between 1887 and 2007"
    years = {"from_year": {"type": "integer"}, "to_year": {"type": "integer"}}
    assert narrowed(years, "Room 214 here. gens between 1887 and 2007?") == {
        "from_year": [1887],
        "to_year": [2007],
    }
    # a property given as a bare schema (``true``) is left alone, and does not stop the others
    loose = request_value_schema(
        {"type": "object", "properties": {"x1": True, "x2": {"type": "number"}}}, "3, 4"
    )
    assert loose["properties"] == {"x1": True, "x2": {"type": "number", "enum": [3, 4]}}
    # names that are not numbered alike are left as they were
    assert narrowed({"n": {"type": "integer"}, "k": {"type": "integer"}}, "5 in 18") == {
        "n": [5, 18],
        "k": [5, 18],
    }


def test_free_texts_take_the_quotes_when_as_many_are_quoted_and_im_50_is_an_age() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    props = {"text": {"type": "string"}, "character": {"type": "string"}}
    schema = {"type": "object", "properties": props, "required": list(props)}
    got = request_value_schema(schema, "How many times does 'e' appear in 'practice makes perfect'?")
    assert {k: v["enum"] for k, v in got["properties"].items()} == {
        "text": ["e", "practice makes perfect"],
        "character": ["e", "practice makes perfect"],
    }
    # fewer quotes than free texts: the text may be unquoted, so every span stays offered
    three = {**props, "find": {"type": "string"}}
    got = request_value_schema(
        {"type": "object", "properties": three, "required": list(three)},
        'Swap "to" for "was" in: the quick brown fox',
    )
    assert len(got["properties"]["text"]["enum"]) > 2
    quote = {"driver_age": {"type": "integer"}, "car_value": {"type": "number", "description": "in dollars"}}
    request = "Fwd from Sam, 3 attachments below. Hi! I'm 50, just bought a car valued at $52,453.43"
    assert number_bindings(quote, request) == {"driver_age": 50, "car_value": 52453.43}
    assert "driver_age" not in number_bindings(quote, "I'm 5 minutes away, 3 attachments")
    # two ages: "I'm 33" would name both alike
    both = {"current_age": {"type": "integer"}, "retirement_age": {"type": "integer"}}
    assert number_bindings(both, "I'm 33 and want to retire at 60")["retirement_age"] == 60


def test_numbers_named_alike_percent_only_numbers_fixed_numbers_and_a_lone_initial() -> None:
    from purpose_react.numbers import number_ties, percent_only
    from purpose_react.values import request_value_schema

    def narrowed(props: dict[str, Any], request: str, required: list[str]) -> dict[str, Any]:
        schema = {"type": "object", "properties": props, "required": required}
        return request_value_schema(schema, request)["properties"]

    price = {"type": "number", "description": "price per kWh"}
    tariff = {"kwh": {"type": "integer"}, "day_price": price, "night_price": price}
    asked = "Our 3 cars use the cheap slot of the 412 kWh plan ($0.11/kWh); the rest is at $0.31."
    # both prices are named by "$" alike: unsure, but neither is the 3 cars
    bound, ties = number_ties(tariff, asked, list(tariff))
    assert "day_price" not in bound and sorted(ties["day_price"]) == [0.11, 0.31]
    got = narrowed(tariff, asked, list(tariff))
    assert sorted(got["day_price"]["enum"]) == sorted(got["night_price"]["enum"]) == [0.11, 0.31]
    assert got["kwh"]["enum"] == [412]
    # an optional number keeps no number the other parameters are fixed to: its default instead
    span = {
        "start_year": {"type": "integer"},
        "end_year": {"type": "integer"},
        "step": {"type": "number", "default": 30},
    }
    got = narrowed(span, "From a house built in 1820 to its sale in 1967?", ["start_year", "end_year"])
    assert (got["start_year"]["enum"], got["end_year"]["enum"], got["step"]["enum"]) == ([1820], [1967], [30])
    got = narrowed(span, "From 1820 to 1967, and 1967 again?", ["start_year", "end_year"])
    assert 1967 in got["step"]["enum"]  # written more often than it is fixed: still spare
    # ... and one offered a single number another is fixed to is left out
    cricket = {
        "runs": {"type": "integer", "description": "runs scored"},
        "overs": {"type": "number", "description": "overs bowled"},
        "target": {"type": "integer", "description": "target to chase"},
    }
    assert set(narrowed(cricket, "Sorry, 2nd note: on 64 after 9 overs. Run rate?", ["runs", "overs"])) == {
        "runs",
        "overs",
    }
    # a number written only as a percentage is no amount of another kind
    assert percent_only("(phone at 2%) dose 2.5 mg, 40% off, 40 pills") == {2.0}
    assert percent_only("up 1,200% to 200 kg") == {1200.0}  # not 200
    lab = {"creatinine": {"type": "number", "description": "serum creatinine in mg/dL"}}
    assert narrowed(lab, "(phone at 2%) SCr 1.9 today", ["creatinine"])["creatinine"]["enum"] == [1.9]
    # a capital standing alone after a number is a one-word member's initial, not for "I" or shared ones
    sex = {"sex": {"type": "string", "enum": ["female", "male"]}}
    assert narrowed(sex, "CrCl: 71yo F, 64 kg", ["sex"])["sex"]["enum"] == ["female"]
    assert narrowed(sex, "CrCl at 71 I think, 64 kg", ["sex"])["sex"]["enum"] == ["female", "male"]
    scale = {"scale": {"type": "string", "enum": ["celsius", "centigrade", "fahrenheit"]}}
    assert narrowed(scale, "it reads 31 C outside", ["scale"])["scale"]["enum"] == scale["scale"]["enum"]


def test_a_labelled_identifier_superscript_units_and_feet_marks() -> None:
    from purpose_react.values import request_value_schema

    def narrowed(props: dict[str, Any], request: str) -> dict[str, Any]:
        schema = {"type": "object", "properties": props, "required": list(props)}
        return request_value_schema(schema, request)["properties"]

    # "desk D7" is a desk's label, not the lease's id; "lease L-204" is the lease's own
    lease = {"lease_id": {"type": "string", "description": "lease identifier"}}
    assert narrowed(lease, "Sent from desk D7: renew MSA-7731 for a year")["lease_id"]["enum"] == ["MSA-7731"]
    assert narrowed(lease, "From desk D7: renew lease L-204 now")["lease_id"]["enum"] == ["L-204"]
    # "64 m²" is said by ``area_m2``'s own unit
    room = {"area_m2": {"type": "number"}}
    assert narrowed(room, "A 64 m² flat, winters down to -12°C")["area_m2"]["enum"] == [64]
    # a foot mark after a number says the member in feet, and an inch mark the one in inches
    box = {"box": {"type": "string", "enum": ["20ft", "40ft", "45ft"]}}
    assert narrowed(box, "Does it fit a 45' box?")["box"]["enum"] == ["45ft"]
    screen = {"screen": {"type": "string", "enum": ["13in", "15in"]}}
    assert narrowed(screen, 'a 15" laptop')["screen"]["enum"] == ["15in"]


def test_a_flag_is_mentioned_by_two_words_its_description_writes_together() -> None:
    from purpose_react.values import request_value_schema

    props = {
        "weight_kg": {"type": "number"},
        "chilled": {"type": "boolean", "description": "dry ice or gel packs inside", "default": False},
    }
    schema = {"type": "object", "properties": props, "required": ["weight_kg"]}
    said = request_value_schema(schema, "Ship 4.1 kg of fish, packed in dry ice, by Friday")["properties"]
    assert said["chilled"]["enum"] == [True]
    # the two words apart say nothing
    apart = request_value_schema(schema, "Ship 4.1 kg over ice, on a dry road")["properties"]
    assert apart["chilled"]["enum"] == [False]


def test_an_identifier_by_its_description_and_strings_of_a_written_shape() -> None:
    from purpose_react.spans import request_spans, shaped_spans
    from purpose_react.values import request_value_schema

    # "account id" in the description makes ``account`` an identifier; a balance is not one
    check = {
        "type": "object",
        "properties": {"account": {"type": "string", "description": "account id"}},
        "required": ["account"],
    }
    got = request_value_schema(check, "Savings SAV-2210-4 is at -112.40 since Monday, is that an overdraft?")
    assert got["properties"]["account"]["enum"] == ["SAV-2210-4"]
    pin = {
        "type": "object",
        "properties": {"card": {"type": "string", "description": "last four digits of the card"}},
        "required": ["card"],
    }
    assert request_value_schema(pin, "Block my Visa ending 9921, lost it at Gare du Nord")["properties"][
        "card"
    ]["enum"] == ["9921"]
    release = {"type": "object", "properties": {"version": {"type": "string"}}, "required": ["version"]}
    assert request_value_schema(release, "Deploy payments at noon, build 2.14.1 please")["properties"][
        "version"
    ]["enum"] == ["2.14.1"]
    pin = {"type": "object", "properties": {"pin": {"type": "string"}}, "required": ["pin"]}
    got = request_value_schema(pin, "Reset card 2 to PIN 0451 please")["properties"]
    assert got["pin"]["enum"] == ["0451"]
    # a time of day is written with digits and is no identifier
    assert request_value_schema(release, "The 09:40 deploy broke checkout, go back to r7.3")["properties"][
        "version"
    ]["enum"] == ["r7.3"]

    # the head of the description names the kind: a chat channel is "#ops", an e-mail an address
    spans = request_spans("Archive ~/Music/Live Sets 2024 and post it in #ops, cc lena@example.org")
    channel = {"type": "string", "description": "chat channel to tell"}
    assert shaped_spans("notify", channel, spans) == ["#ops"]
    assert shaped_spans("cc", {"type": "string", "description": "email address"}, spans) == [
        "lena@example.org"
    ]
    folder = shaped_spans("folder", {"type": "string", "description": "folder path"}, spans)
    assert "~/Music/Live Sets 2024" in folder and all("/" in s for s in folder)
    net = request_spans("Can host build-7.eu.example.net reach 10.20.0.0/16 from port 8080?")
    assert shaped_spans("domain", {"type": "string", "description": "host name"}, net) == [
        "build-7.eu.example.net"
    ]
    assert shaped_spans("cidr", {"type": "string", "description": "subnet in CIDR notation"}, net) == [
        "10.20.0.0/16"
    ]
    # a file is named with its extension, after a letter: "0.29mm" is a layer height, not a file
    prints = request_spans("print gear_v2.stl at 0.29mm in PETG, then hinge.3mf")
    assert shaped_spans("model_file", {"type": "string"}, prints) == ["gear_v2.stl", "hinge.3mf"]
    # what a string is about is not what it is: a subject line "of the email" takes any span
    subject = {"type": "string", "description": "subject line of the email"}
    assert shaped_spans("subject", subject, spans) == []
    assert shaped_spans("notify", channel, request_spans("Tell the ops team")) == []
    # quoted texts have shapes too: the folder is the quoted path, the prefix either quote
    rename = {
        "type": "object",
        "properties": {
            "folder": {"type": "string", "description": "folder path"},
            "prefix": {"type": "string", "description": "new file-name prefix"},
        },
        "required": ["folder", "prefix"],
    }
    got = request_value_schema(rename, 'move all of "~/Scans/Tax 2024" to "tax_" names')["properties"]
    assert got["folder"]["enum"] == ["~/Scans/Tax 2024"]
    assert got["prefix"]["enum"] == ["tax_"]  # the folder's value is the folder's
    # chatter is no value: "Sorry" is not a person's name to pick
    assert "Sorry" not in request_spans("Sorry, third message: book Ana Lima for 3pm")


def test_a_units_enum_takes_the_system_the_requests_units_are_written_in() -> None:
    from purpose_react.values import request_value_schema

    route = {
        "type": "object",
        "properties": {
            "trail": {"type": "string"},
            "units": {"type": "string", "enum": ["metric", "imperial"], "default": "metric"},
        },
        "required": ["trail"],
    }
    got = request_value_schema(route, "Climb profile of the Skyline trail, heights in feet please")
    assert got["properties"]["units"]["enum"] == ["imperial"] and "units" in got["required"]
    got = request_value_schema(route, "How steep is the 12 km Skyline trail?")
    assert got["properties"]["units"]["enum"] == ["metric"]
    # units of both systems say neither; none at all leaves the default
    got = request_value_schema(route, "Skyline trail: 12 km long, 3,000 ft of climbing")
    assert got["properties"]["units"]["enum"] == ["metric"] and "units" not in got.get("required", [])
    assert "units" not in request_value_schema(route, "Skyline trail profile, 3 in a row")["required"]


def test_a_free_string_is_not_offered_spans_holding_another_parameters_value() -> None:
    from purpose_react.values import request_value_schema

    booking = {
        "type": "object",
        "properties": {
            "occasion": {"type": "string"},
            "people": {"type": "integer"},
            "restaurant": {"type": "string", "enum": ["Nopa", "Zuni Cafe"]},
        },
        "required": ["occasion", "people", "restaurant"],
    }
    got = request_value_schema(booking, "Zuni Cafe for 6 people, a retirement party")["properties"]
    assert got["people"]["enum"] == [6] and got["restaurant"]["enum"] == ["Zuni Cafe"]
    offers = got["occasion"]["enum"]
    assert "retirement party" in offers
    # neither the count's spans nor the restaurant's, nor a word written only inside its name
    assert not [o for o in offers if "6" in o.split() or "Zuni" in o or o == "Cafe"]
    # a number left open between two is claimed by neither: its spans stay offered
    two = request_value_schema(booking, "Zuni Cafe, a retirement party at 7 or 8")["properties"]
    assert two["people"]["enum"] == [7, 8] and "retirement party at 7" in two["occasion"]["enum"]


def test_an_enum_member_is_named_by_another_of_its_names() -> None:
    from purpose_react.aliases import aliases_said
    from purpose_react.values import request_value_schema

    def offered(members: list[str], request: str) -> list[str]:
        schema = {"type": "object", "properties": {"x": {"enum": members}}, "required": ["x"]}
        return list(request_value_schema(schema, request)["properties"]["x"]["enum"])

    currencies = ["USD", "EUR", "GBP", "CAD"]
    assert offered(currencies, "Pay 50 euros to Anna") == ["EUR"]
    assert offered(currencies, "Send £20") == ["GBP"]
    assert offered(currencies, "Convert 100 Canadian dollars to euros") == ["EUR", "CAD"]  # not USD as well
    assert offered(["celsius", "fahrenheit"], "the forecast for Austin in °F") == ["fahrenheit"]
    assert offered(["km", "mi"], "a route of 12 kilometres") == ["km"]
    assert offered(["en", "fr", "de"], "translate this into German") == ["de"]
    assert offered(["asc", "desc"], "list them from highest to lowest") == ["desc"]
    assert offered(["male", "female"], "a 45-year-old woman, 61 kg") == ["female"]
    # and a conversion reads them as it reads the members: "100 dollars to euros" starts from USD
    units = ["C", "F", "K"]
    schema = {
        "type": "object",
        "properties": {"value": {"type": "number"}, "from_unit": {"enum": units}, "to_unit": {"enum": units}},
        "required": ["value", "from_unit", "to_unit"],
    }
    got = request_value_schema(schema, "Convert 25 degrees Celsius to Fahrenheit")
    assert [got["properties"][p]["enum"] for p in ("from_unit", "to_unit")] == [["C"], ["F"]]
    # a name of one or two letters is no name in a request: "in" is no inch, "it" is no Italian
    assert aliases_said(["inch", "cm"], "put it in the box") == []
    assert aliases_said(["italian", "french"], "translate it") == []
    assert offered(["USD", "EUR"], "What is the weather in Oslo?") == ["USD", "EUR"]  # nothing said: all open


def test_a_name_word_between_two_numbers_is_read_the_way_the_request_writes_its_names() -> None:
    from purpose_react.values import request_value_schema

    def offered(names: tuple[str, str], request: str) -> list[list[float]]:
        properties = {n: {"type": "number"} for n in names}
        schema = request_value_schema(
            {"type": "object", "properties": properties, "required": list(names)}, request
        )
        return [schema["properties"][n]["enum"] for n in names]

    assert offered(("hours", "minutes"), "Convert 2 hours 30 minutes to seconds") == [[2], [30]]
    assert offered(("width", "height"), "a frame of width 5 height 3") == [[5], [3]]
    assert offered(("width", "height"), "5 wide 3 high") == [
        [5, 3],
        [5, 3],
    ]  # no name word: the model's to fill


def test_a_period_said_in_words_is_a_count_per_year_for_a_compounding_frequency() -> None:
    from purpose_react.values import request_value_schema

    properties = {
        "principal": {"type": "number"},
        "rate": {"type": "number"},
        "years": {"type": "integer"},
        "n": {"type": "integer", "description": "times interest is compounded per year"},
    }
    schema = {"type": "object", "properties": properties, "required": list(properties)}
    got = request_value_schema(schema, "Invest $5,000 for 3 years at 4.5% compounded quarterly")["properties"]
    assert got["n"]["enum"] == [4] and got["years"]["enum"] == [3]
    # a parameter counting nothing per year takes no period's count
    plain = {"type": "object", "properties": {"days": {"type": "integer"}}, "required": ["days"]}
    assert request_value_schema(plain, "Water it daily for 10 days")["properties"]["days"]["enum"] == [10]


def test_a_list_end_item_that_is_a_capitalised_name_keeps_its_whole_name() -> None:
    from purpose_react.spans import request_lists

    assert ["New York", "London", "Tokyo"] in request_lists("Weather for New York, London and Tokyo.")
    assert ["London", "Paris", "New York City"] in request_lists("Visit London, Paris and New York City soon")
    # a clause's first word is capitalised as a sentence, not as a name
    assert request_lists("Compare Paris, London and Rome") == [["Paris", "London", "Rome"]]


def test_an_ordinal_word_is_a_value_where_nothing_else_is_but_no_amount_beside_others() -> None:
    from purpose_react.values import request_value_schema

    one = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    assert request_value_schema(one, "Find the fifth Fibonacci number")["properties"]["n"]["enum"] == [5]
    dose = {"type": "object", "properties": {"units": {"type": "integer"}}, "required": ["units"]}
    assert request_value_schema(dose, "Third try: I need 4 units")["properties"]["units"]["enum"] == [4]


def test_a_clock_time_written_with_a_dot_is_read_whole() -> None:
    from purpose_react.dates import request_times

    assert request_times("call me at 9.30am, or 12.50 a.m.") == [(9, 30), (0, 50)]  # was 30am: (6, 0)


def test_label_nouns_as_verbs_curly_quotes_abbreviated_places_and_grouped_digits() -> None:
    from purpose_react.numbers import label_numbers
    from purpose_react.spans import directed_spans, request_quotes, request_spans
    from purpose_react.values import request_value_schema

    # "order" names a thing in "my order 40" and is a verb in "could you order 40?"
    assert 40.0 in label_numbers("My order 40 arrived broken.")
    assert 40.0 not in label_numbers("Five left in bin 7. Could you order 40?")
    assert 40.0 not in label_numbers("We need to order 40 before Friday.")
    assert 214.0 in label_numbers("Please walk the guest to room 214.")  # "to" before a place: still a label
    reorder = {
        "type": "object",
        "properties": {"part": {"type": "string"}, "quantity": {"type": "integer"}},
        "required": ["part", "quantity"],
    }
    got = request_value_schema(reorder, "Five NE555 left in bin 7. Could you order 40?")["properties"]
    assert 40 in got["quantity"]["enum"]
    # typographic quotes quote, and are no part of what they quote
    assert request_quotes("Rename the list to \u2018Winter Socks\u2019 please") == ["Winter Socks"]
    assert "Blue Hat" in request_spans("New counter for \u2018Blue Hat\u2019: 12 rows")
    # "St." inside a place's name does not end the place
    assert "St. Ives" in directed_spans("destination", "from Leeds to St. Ives, arriving by 9")
    # a card number written in groups is one identifier
    card = {
        "type": "object",
        "properties": {"card_number": {"type": "string"}, "amount": {"type": "number"}},
        "required": ["card_number", "amount"],
    }
    got = request_value_schema(card, "Top up card 1234 5678 9012 with 20.50")["properties"]
    assert "1234 5678 9012" in got["card_number"]["enum"]


def test_initials_yield_to_another_names_word_a_scale_said_in_words_and_plural_members() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.values import request_value_schema

    bike = {"inseam_cm": {"type": "number"}, "crank_mm": {"type": "integer", "default": 170}}
    # "cm" is ``inseam_cm``'s own word, not ``crank_mm``'s initials
    assert number_bindings(bike, "saddle height for an 84cm inseam", ["inseam_cm"]) == {"inseam_cm": 84}
    bed = {
        "grid_points": {"type": "integer", "minimum": 3, "maximum": 10},
        "bed_temp_c": {"type": "integer", "description": "bed temperature"},
    }
    assert number_bindings(bed, "Probe the bed on a five by five grid at 60 degrees", list(bed)) == {
        "grid_points": 5,
        "bed_temp_c": 60,
    }
    departures = {
        "type": "object",
        "properties": {
            "stop": {"type": "string"},
            "mode": {"type": "string", "enum": ["bus", "tram", "metro", "any"], "default": "any"},
        },
        "required": ["stop"],
    }
    got = request_value_schema(departures, "When do the next buses leave Elm Square?")["properties"]
    assert got["mode"]["enum"] == ["bus"]
    got = request_value_schema(departures, "Next departures from Elm Square?")["properties"]
    assert got["mode"]["enum"] == ["any"]


def test_a_degree_mark_is_no_distance_and_a_css_selector_has_a_shape() -> None:
    from purpose_react.numbers import number_bindings
    from purpose_react.spans import request_spans, shaped_spans

    proof = {
        "target_c": {"type": "number", "description": "proof temperature wanted, °C"},
        "room_c": {"type": "number", "description": "kitchen temperature, °C"},
    }
    # "27°C proof": the word after the degree mark is the number's; "19 degrees" is a ``_c``
    got = number_bindings(proof, "My flat sits at 19 degrees. I want a 27°C proof.", list(proof))
    assert got == {"target_c": 27, "room_c": 19}
    element = {"type": "string", "description": "CSS selector of the element"}
    spans = request_spans("Focus gets stuck on #search-box on /home, quite bad.")
    assert shaped_spans("element", element, spans) == ["#search-box"]


def test_a_number_signed_in_words_is_bound_signed() -> None:
    """ "minus forty degrees" binds -40 where the request's words point; 40 is not a value it gives."""
    from purpose_react.values import request_value_schema

    scale = {"type": "string", "enum": ["celsius", "fahrenheit", "kelvin"]}
    schema = {
        "type": "object",
        "properties": {"value": {"type": "number"}, "from_scale": scale, "to_scale": scale},
        "required": ["value", "from_scale", "to_scale"],
    }
    narrowed = request_value_schema(schema, "Convert minus forty degrees Celsius to Fahrenheit.")
    assert narrowed["properties"]["value"]["enum"] == [-40]
    narrowed = request_value_schema(schema, "It was 12 degrees below zero in Celsius: what is it in kelvin?")
    offered = narrowed["properties"]["value"]["enum"]
    assert -12 in offered and 12 not in offered


def test_an_address_or_identifier_holding_a_claimed_number_is_still_offered() -> None:
    """A count fixed to 10 does not take "10.0.0.1" from the host's offers: an IP address or a token with
    a letter before a digit ("Tr0ub4dor&3") holds no amount."""
    from purpose_react.values import request_value_schema

    schema = {
        "type": "object",
        "properties": {"host": {"type": "string"}, "count": {"type": "integer"}},
        "required": ["host"],
    }
    narrowed = request_value_schema(schema, "Ping 10.0.0.1 ten times.")
    assert narrowed["properties"]["count"]["enum"] == [10]
    assert "10.0.0.1" in narrowed["properties"]["host"]["enum"]
    schema = {
        "type": "object",
        "properties": {"password": {"type": "string"}, "tries": {"type": "integer"}},
        "required": ["password", "tries"],
    }
    narrowed = request_value_schema(schema, "Check the password Tr0ub4dor&3 with 3 tries.")
    assert "Tr0ub4dor&3" in narrowed["properties"]["password"]["enum"]


def test_a_free_text_parameter_asking_for_an_iso_code_is_offered_the_codes_the_request_names() -> None:
    """ "in euros" for a string described "ISO 4217" is ``EUR``; "into Japanese" for "ISO 639-1" ``ja``; a
    code written as itself counts too; a parameter asking for no code keeps the request's spans."""
    from purpose_react.values import request_value_schema

    def offered(prop: dict[str, str], request: str) -> list[str]:
        schema = {"type": "object", "properties": {"x": prop}, "required": ["x"]}
        return request_value_schema(schema, request)["properties"]["x"]["enum"]

    currency = {"type": "string", "description": "Currency to quote in, ISO 4217, default 'USD'."}
    assert offered(currency, "what's ETH trading at in euros right now") == ["EUR"]
    assert offered(currency, "Price 3 BTC in GBP, or else in yen") == ["GBP", "JPY"]
    language = {"type": "string", "description": "Target language, ISO 639-1 code."}
    assert offered(language, "Translate 'good night' into Japanese.") == ["ja"]
    assert "euros" in offered({"type": "string", "description": "A note."}, "note: paid in euros")


def test_a_time_zone_parameter_is_offered_the_iana_zones_of_the_cities_the_request_names() -> None:
    """ "3:30 pm in Lisbon" for ``from_tz`` is ``Europe/Lisbon`` (the real time zone database, no list of
    our own but for cities that keep another city's time); a zone written as itself counts; a parameter
    that asks for no zone keeps the request's spans."""
    from purpose_react.values import request_value_schema
    from purpose_react.zones import zones_said

    zone = {"type": "string", "description": "IANA time zone name"}
    asked = "If it's 3:30 pm in Lisbon, what time is it in Seoul?"
    assert zones_said("from_tz", {"type": "string"}, asked) == ["Europe/Lisbon", "Asia/Seoul"]
    assert zones_said("zone", zone, "standup at 9 in San Francisco, or UTC") == ["America/Los_Angeles", "UTC"]
    assert zones_said("zone", zone, "in New York") == ["America/New_York"]  # not also a York
    assert zones_said("zone", zone, "a holiday on Christmas in Kolkata") == ["Asia/Kolkata"]
    assert zones_said("city", {"type": "string"}, "in Lisbon") == []
    schema = {"type": "object", "properties": {"tz": zone, "time": {"type": "string"}}, "required": ["tz"]}
    narrowed = request_value_schema(schema, "What is 17:00 Europe/Oslo time?")["properties"]
    assert narrowed["tz"]["enum"] == ["Europe/Oslo"]


def test_a_date_format_shown_by_example_in_the_description_is_the_one_asked() -> None:
    """ "ISO 8601, e.g. '2025-01-31T09:00'" asks for a date and a time written so; the request's own
    "June 12, 2025 at 2:30 pm" is offered as 2025-06-12T14:30."""
    from purpose_react.dates import date_pattern, in_pattern

    described = {"description": "Local start as ISO 8601, e.g. '2025-01-31T09:00'."}
    assert date_pattern("start_time", described) == ("YYYY-MM-DDTHH:MM", True)
    assert date_pattern("due", {"description": "e.g. 2024-03-01"}) == ("YYYY-MM-DD", True)
    assert date_pattern("note", {"description": "Anything; version 2024-1"}) is None
    asked = in_pattern("YYYY-MM-DDTHH:MM", "Book it on June 12, 2025 at 2:30 pm, please.")
    assert asked == ["2025-06-12T14:30"]
