"""The compute lesson: answers that leave the work undone, the lesson a training pass proposes from them,
and how the strategy acts on it once promoted (a scripted model; the real one is in tests/ at the root)."""

from __future__ import annotations

import json
import re
from typing import Any

from purpose_agent.plugin import (
    BudgetsConfig,
    EpisodeResult,
    EpisodeStatus,
    Message,
    Procedure,
    Score,
    Step,
    StrategyContext,
    Task,
    ToolBox,
    ToolResult,
    check_tool,
    from_lesson_fields,
)
from purpose_agent.testing import ScriptedBackend
from purpose_optimizers.lessons import propose_lessons
from purpose_react.compute import (
    computing_tool,
    echoes_request,
    expression_pattern,
    expression_schema,
    foreign_numbers,
    function_names,
    needs_expression,
    request_expressions,
    uncomputed,
    uncomputed_expression,
)
from purpose_react.react import ReActStrategy


def test_an_uncomputed_expression_of_the_request_s_numbers() -> None:
    request = "Solve the following multiplication: 10 * 52. Give only the result."
    assert uncomputed_expression("10 * 52", request) == "10 * 52"
    assert uncomputed_expression("10*52.", request) == "10*52"
    assert uncomputed_expression("6 - 7 = 1", "What is 6 - 7 =") == "6 - 7"
    assert uncomputed_expression("5 + 0 - 0 =", "problem: 5 + 0 - 0 =") == "5 + 0 - 0"
    assert uncomputed_expression("-87 + ( -78 + -80 )", "Calculate -87 + ( -78 + -80 ).") is not None
    assert uncomputed_expression("gcd(69, 15)", "the GCD of 69, 15") == "gcd(69, 15)"
    # a result, a number the request never gave, a date, words: not an uncomputed expression
    assert uncomputed_expression("520", request) is None
    assert uncomputed_expression("12*7 + 2", "Calculate -7 + -2.") is None
    assert uncomputed_expression("2024-05-01", "Which day is 2024-05-01?") is None
    assert uncomputed_expression("10 * 52 is a lot", request) is None
    assert uncomputed_expression("2*i + 1", "Solve for i: 2*i + 1 = 3") is None


def test_an_echo_repeats_a_run_of_the_request_s_numbers_in_order() -> None:
    assert echoes_request("69, 15", "Find the GCD of these numbers: 69, 15. Give only the GCD.")
    assert echoes_request("[49.0, 13.0]", "Sort 49.0, 13.0 please")
    # sorted (reordered), a single number, a result, a sentence: answers, not echoes
    assert not echoes_request("-44.0, 13.0, 39.0, 49.0", "Sort: 49.0, 13.0, -44.0, 39.0")
    assert not echoes_request("48", "How many 1 bits are in 48?")
    assert not echoes_request("3", "Find the GCD of 69, 15")
    assert not echoes_request("69 and 15", "Find the GCD of 69, 15")


def test_the_computing_tool_and_the_expression_grammar() -> None:
    tools = [
        ("calculator", "Evaluate an arithmetic expression", "expression"),
        ("weather", "Forecast", "city"),
    ]
    assert computing_tool(tools) == ("calculator", "expression")
    assert computing_tool([("weather", "Forecast", "city")]) is None
    # a computing tool whose arguments are decoded under its schema is not a one-string calculator
    assert computing_tool([("calculator", "Evaluate arithmetic", None)]) is None
    assert function_names("e.g. 'sqrt(16)', 'gcd(12, 18)', '(3+4)/2'") == ["sqrt", "gcd"]
    # the request writes the expression out: that expression (an enum), brackets and all, not a date
    assert request_expressions("Calculate -87 + ( -78 + -80 ).") == ["-87 + ( -78 + -80 )"]
    assert request_expressions("On 2024-05-01, what is 66 + 75 - 51 =") == ["66 + 75 - 51"]
    assert request_expressions("Solve for i: 2*i + 1 = 3") == []
    assert expression_schema("x", "What is 2+3?")["properties"]["x"] == {"type": "string", "enum": ["2+3"]}
    # it does not: the request's numbers, joined by operators, or the function the request names
    grammar = re.compile(expression_pattern("Sort 6.5, 12 and 7", ["sqrt"]))
    for ok in ("12 - 6.5", "-7 * (12 + 6.5)", "sqrt(12) / 7"):
        assert grammar.fullmatch(ok), ok
    for bad in ("12*7 + 2", "127", "6.512", "log(12)", "12, 7"):  # digits do not run together
        assert not grammar.fullmatch(bad), bad
    gcd = re.compile(
        expression_pattern("The Greatest Common Divisor (GCD) of 69, 15", ["sqrt", "gcd", "lcm"])
    )
    assert gcd.fullmatch("gcd(69, 15)") and not gcd.fullmatch("69 * 15") and not gcd.fullmatch("lcm(69, 15)")
    assert foreign_numbers("12*7 + 2", "Calculate -7 + -2.") and not foreign_numbers("-7 + -2", "-7 + -2")
    assert needs_expression("2 * 7 + 7", "Calculate -7 + -2.")  # the request's numbers, not its expression
    assert not needs_expression("-7+-2", "Calculate -7 + -2.")
    assert uncomputed("12*7", "Calculate -7 + -2.") and uncomputed("69, 15", "GCD of 69, 15")
    assert not uncomputed("-9", "Calculate -7 + -2.")


def _episode(task: str, answer: str, success: bool, steps: list[Step] | None = None) -> tuple[Task, Any]:
    score = Score(value=1.0 if success else 0.0, confidence=1.0, reasoning="", evaluator="checker")
    final = Step(index=len(steps or []), action="final_answer", arguments={"answer": answer})
    result = EpisodeResult(
        answer=answer, steps=[*(steps or []), final], status=EpisodeStatus.COMPLETED, score=score
    )
    return Task(input=task, id=task), result


def test_failures_that_leave_the_work_undone_propose_the_compute_lesson() -> None:
    pairs = [
        _episode("Solve the following multiplication: 10 * 52.", "10 * 52", False),
        _episode("Find the GCD of these numbers: 69, 15.", "69, 15", False),
        _episode("State the final answer: 6 - 7 =", "6 - 7 = 1", False),
        _episode("Spell this word backward: ratten", "ratten", False),
        _episode(
            "What is 3 * 4?",
            "12",
            True,
            [
                Step(
                    index=0,
                    action="calculator",
                    arguments={"expression": "3 * 4"},
                    observation="12",
                    tool_status="ok",
                )
            ],
        ),
    ]
    cards = propose_lessons(*zip(*pairs, strict=True))
    (card,) = [c for c in cards if c.provenance.evidence["pattern"] == "uncomputed"]
    assert card.provenance.evidence["failures_with_pattern"] == 3
    assert card.provenance.evidence["successes_with_pattern"] == 0
    assert from_lesson_fields(card.fields) == Procedure(pattern="", steps=[], lesson="compute_first")
    # answers that are results (right or wrong) propose nothing of the kind
    wrong = [_episode(f"What is {a} * 3?", str(a * 4), False) for a in (2, 5, 7)]
    assert not [c for c in propose_lessons(*zip(*wrong, strict=True)) if "uncomputed" in str(c.provenance)]


class Calculator:
    name = "calculator"
    description = "Evaluate an arithmetic expression, e.g. '12*7', 'gcd(12, 18)'."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 1.0

    def __init__(self) -> None:
        self.seen: list[str] = []

    def run(self, **arguments: Any) -> ToolResult:
        import math

        expression = arguments["expression"]
        self.seen.append(expression)
        if expression in ("69, 15", "69 % 0"):
            return ToolResult(status="refused", error="Tuple is not allowed")
        value = eval(expression, {"__builtins__": {}}, {"gcd": math.gcd})  # a test's own fixed inputs
        return ToolResult(output=str(value))


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def _run(task: str, replies: list[str], lessons: bool) -> tuple[Any, ScriptedBackend, Calculator, list]:
    backend = ScriptedBackend(replies)
    calculator = Calculator()
    events: list[tuple[str, dict]] = []
    procedures = (
        [("lesson-compute", Procedure(pattern="", steps=[], lesson="compute_first"))] if lessons else []
    )
    ctx = StrategyContext(
        task=Task(input=task),
        backend=backend,
        tools=ToolBox([calculator]),
        messages=[Message(role="system", content="You are a test agent.")],
        budgets=BudgetsConfig(max_steps=4),
        trace=lambda kind, **data: events.append((kind, data)),
        procedures=procedures,
    )
    return ReActStrategy().run(ctx), backend, calculator, events


def test_the_promoted_lesson_computes_an_uncomputed_answer_with_the_tool() -> None:
    task = "Solve the following multiplication: 10 * 52."
    out, backend, calculator, events = _run(task, [act("final_answer", "10 * 52")], lessons=True)
    assert out.status is EpisodeStatus.COMPLETED and out.answer == "520"
    assert calculator.seen == ["10 * 52"] and len(backend.calls) == 1  # no model call to compute it
    assert [s.action for s in out.steps] == ["calculator", "final_answer"] and out.used_procedures == [
        "lesson-compute"
    ]
    assert any(
        d.get("lesson") == "compute_first" and d.get("replaced_answer") == "10 * 52" for _, d in events
    )
    # without the lesson the same model answers the expression
    out, _, calculator, _ = _run(task, [act("final_answer", "10 * 52")], lessons=False)
    assert out.answer == "10 * 52" and calculator.seen == []


def test_an_echo_gets_its_expression_decoded_under_the_request_s_grammar() -> None:
    task = "Find the Greatest Common Divisor (GCD) of these numbers: 69, 15."
    replies = [act("final_answer", "69, 15"), json.dumps({"expression": "gcd(69, 15)"})]
    out, backend, calculator, _ = _run(task, replies, lessons=True)
    assert out.answer == "3" and calculator.seen == ["gcd(69, 15)"]
    pattern = backend.calls[1]["json_schema"]["properties"]["expression"]["pattern"]
    assert pattern == expression_pattern(task, ["gcd"]) and re.fullmatch(pattern, "gcd(69, 15)")
    assert task in backend.calls[1]["messages"][-1].content


class DeclaringCalculator(Calculator):
    """A calculator whose description names no function: it declares them apart (``functions``)."""

    description = "Evaluate an arithmetic expression, e.g. '12*7'."
    functions = ("sqrt", "gcd", "lcm")


def test_functions_a_tool_declares_reach_the_grammar_but_not_the_model() -> None:
    task = "Find the Greatest Common Divisor (GCD) of these numbers: 69, 15."
    backend = ScriptedBackend([act("final_answer", "69, 15"), json.dumps({"expression": "gcd(69, 15)"})])
    calculator = DeclaringCalculator()
    ctx = StrategyContext(
        task=Task(input=task),
        backend=backend,
        tools=ToolBox([calculator]),
        messages=[Message(role="system", content="You are a test agent.")],
        budgets=BudgetsConfig(max_steps=4),
        trace=lambda kind, **data: None,
        procedures=[("lesson-compute", Procedure(pattern="", steps=[], lesson="compute_first"))],
    )
    out = ReActStrategy().run(ctx)
    assert out.answer == "3" and calculator.seen == ["gcd(69, 15)"]
    pattern = backend.calls[1]["json_schema"]["properties"]["expression"]["pattern"]
    assert pattern == expression_pattern(task, ["sqrt", "gcd", "lcm"])
    spec = ToolBox([calculator]).specs()[0]
    assert spec.functions == ("sqrt", "gcd", "lcm") and "functions" not in json.dumps(spec.as_openai())
    # a malformed declaration is a problem the tool's author sees, not a silent empty list
    broken = DeclaringCalculator()
    broken.__dict__["functions"] = ("gcd(", 3)
    assert any("functions must be" in p for p in check_tool(broken))


def test_a_refused_expression_keeps_the_model_s_answer_and_results_are_left_alone() -> None:
    task = "Find the GCD of these numbers: 69, 15."
    out, _, calculator, _ = _run(
        task, [act("final_answer", "69, 15"), json.dumps({"expression": "69 % 0"})], True
    )
    assert out.answer == "69, 15" and calculator.seen == ["69 % 0"]  # the tool refused: nothing is lost
    # a bare number computes nothing: it is not sent, and the model's answer stands
    out, _, calculator, _ = _run(
        task, [act("final_answer", "69, 15"), json.dumps({"expression": "15"})], True
    )
    assert out.answer == "69, 15" and calculator.seen == [] and out.used_procedures == []  # it did nothing
    out, backend, calculator, _ = _run("What is 6 * 7?", [act("final_answer", "42")], lessons=True)
    assert out.answer == "42" and calculator.seen == [] and len(backend.calls) == 1


def test_a_call_that_is_not_the_request_s_expression_is_decoded_again() -> None:
    task = "Calculate -7 + -2."
    replies = [
        act("calculator", "2 * 7 + 7"),
        json.dumps({"expression": "-7 + -2"}),
        act("final_answer", "12*7"),  # the model garbles the answer after the right call
    ]
    out, backend, calculator, _ = _run(task, replies, lessons=True)
    assert backend.calls[1]["json_schema"]["properties"]["expression"]["enum"] == ["-7 + -2"]
    # the call's result is the answer: the expression the model wrote instead is not computed again
    assert calculator.seen == ["-7 + -2"] and out.answer == "-9"
    assert [s.action for s in out.steps] == ["calculator", "final_answer"]
    assert out.used_procedures == ["lesson-compute"]
