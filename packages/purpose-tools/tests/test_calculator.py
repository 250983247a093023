"""The calculator: accepted spellings, bounds, and properties over generated input."""

from __future__ import annotations

import builtins
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from purpose_tools.calculator import FUNCTIONS, CalculatorTool, normalize

CALC = CalculatorTool()
#: CPU seconds one call may use. CPU time of this process, not wall time: the bound is on the work an
#: expression can cause, which load on a shared machine does not change (latency is for benchmarks).
TIME_BOUND_S = 0.5


def calc(expression: str) -> tuple[str, str]:
    result = CALC.run(expression=expression)
    return result.status, result.output


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("12*7", "84"),
        ("12 x 7", "84"),
        ("12X7", "84"),
        ("12 \u00d7 7", "84"),
        ("12\u00b77", "84"),
        ("2^10", "1024"),
        ("sqrt(16)", "4"),
        ("10 \u00f7 4", "2.5"),
        ("\u22123 + 5", "2"),
        ("1,000,000 + 1", "1000001"),
        ("(3+4)/2", "3.5"),
        ("12*7=", "84"),
        ("12*7?", "84"),
        ("{10 - 4}", "6"),
        ("{2 + 3} * 2", "10"),
        ("0.1 + 0.2", "0.3"),
        ("log(100, 10)", "2"),
        ("ln(e)", "1"),
        ("factorial(20)", "2432902008176640000"),
        ("max(3, 9, 4)", "9"),
        ("7 // 2", "3"),
        ("7 % 3", "1"),
        ("2 ** -1", "0.5"),
        ("3 > 2", "true"),
        ("1 < 2 < 3", "true"),
        ("round(pi, 3)", "3.142"),
        ("comb(5, 2) + perm(5, 2)", "30"),
        ("gcd(12, 18)", "6"),
    ],
)
def test_evaluates_common_spellings(expression: str, expected: str) -> None:
    assert calc(expression) == ("ok", expected)


@pytest.mark.parametrize(
    ("expression", "status"),
    [
        ("9**9**9**9", "limit"),
        ("9^9^9^9", "limit"),
        ("10**100000", "limit"),
        ("factorial(100000)", "limit"),
        ("factorial(1e6)", "limit"),
        ("perm(10**6, 10**5)", "limit"),
        ("comb(10**9, 5)", "limit"),
        ("(10**3000) * (10**3000)", "limit"),
        ("lcm(10**2000+1, 10**2000+3, 10**2000+7)", "limit"),
        ("2.0 ** 5000", "limit"),
        ("10**4000 / 3", "limit"),
        ("(" * 60 + "1" + ")" * 60, "limit"),
        ("-" * 300 + "1", "limit"),
        ("1+" * 300 + "1", "limit"),
        ("1" * 600, "limit"),
        ("1/0", "error"),
        ("sqrt(-1)", "error"),
        ("(-8) ** (1/3)", "refused"),
        ("__import__('os').system('true')", "refused"),
        ("open('/etc/passwd').read()", "refused"),
        ("(1).__class__", "refused"),
        ("[x for x in range(10)]", "refused"),
        ("lambda: 1", "refused"),
        ("'a' * 10", "refused"),
        ("x + 1", "refused"),
        ("sqrt(x=4)", "refused"),
        ("1 << 100", "refused"),
        ("True + 1", "refused"),
        ("1j * 2", "refused"),
        ("what is twelve times seven", "error"),
        ("", "invalid_arguments"),
    ],
)
def test_refuses_or_bounds(expression: str, status: str) -> None:
    started = time.process_time()
    if expression == "":
        from purpose_agent.plugin import ToolBox

        result = ToolBox([CALC]).call("calculator", {"expression": ""})
    else:
        result = CALC.run(expression=expression)
    assert result.status == status, result
    assert result.error
    assert time.process_time() - started < TIME_BOUND_S


def test_normalize_is_documented_and_hex_is_not_special() -> None:
    assert normalize("3 x 4") == "3*4"
    assert normalize("2^3^2") == "2**3**2"
    assert calc("0x10") == ("ok", "0")  # 'x' between numbers is multiplication
    assert normalize("max(1,000, 2)") == "max(1,000, 2)"  # commas in calls are argument separators


def test_wrong_argument_type_is_an_observation() -> None:
    result = CALC.run(expression=12)
    assert result.status == "invalid_arguments"


# -- properties -------------------------------------------------------------------------------------

_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(str),
    st.sampled_from(["9", "99", "999999", "0", "1", "2", "0.5", "1e308", "1e-308", "pi", "e"]),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False).map(repr),
)
_ops = st.sampled_from(["+", "-", "*", "/", "//", "%", "**", "^", " x ", "==", "<", ">="])
_names = sorted(FUNCTIONS)


def _combine(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(children, _ops, children).map(lambda t: f"{t[0]}{t[1]}{t[2]}"),
        children.map(lambda c: f"({c})"),
        children.map(lambda c: f"-{c}"),
        st.tuples(st.sampled_from(_names), st.lists(children, min_size=1, max_size=3)).map(
            lambda t: f"{t[0]}({', '.join(t[1])})"
        ),
    )


expressions = st.recursive(_numbers, _combine, max_leaves=40)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions)
def test_generated_expressions_return_or_refuse_within_bound(expression: str) -> None:
    started = time.process_time()
    result = CALC.run(expression=expression)
    elapsed = time.process_time() - started
    assert result.status in ("ok", "error", "limit", "refused"), result
    assert elapsed < TIME_BOUND_S, (expression, elapsed)
    if result.ok:
        assert len(result.output) <= CALC.max_digits + 2


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=2, max_value=10**6),
    st.integers(min_value=2, max_value=10**6),
    st.integers(min_value=2, max_value=99),
)
def test_power_towers_and_factorials_are_bounded(a: int, b: int, c: int) -> None:
    for expression in (
        f"{a}**{b}**{c}",
        f"factorial({a})",
        f"factorial(factorial({c}))",
        f"{a}^{b}^{c}^{c}",
        "(" * min(c, 200) + str(a) + ")" * min(c, 200),
    ):
        started = time.process_time()
        result = CALC.run(expression=expression)
        assert result.status in ("ok", "limit", "error"), (expression, result)
        assert time.process_time() - started < TIME_BOUND_S, expression


_python_bits = st.sampled_from(
    [
        "__import__('os')",
        "open('CANARY','w')",
        "exec('1')",
        "eval('1')",
        "().__class__",
        "globals()",
        "lambda: 0",
        "[1]",
        "{1: 2}",
        "'s'",
        "x",
        "y.z",
        "a[0]",
        "f(*a)",
        "print(1)",
        "compile('1','','eval')",
        "(yield)",
        "await x",
        "1 if 1 else 2",
        "(a := 1)",
        "sqrt",
        "abs",
        "1",
        "2",
        "(",
        ")",
        ",",
        ".",
        "*",
        "**",
        "+",
        "__builtins__",
        "breakpoint()",
        "input()",
        "getattr(1, 'real')",
    ]
)
_python_like = st.lists(_python_bits, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), _python_like))
def test_never_executes_code(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    """Arbitrary text is never run: eval/exec are trapped, and a payload that would write a file cannot."""
    workdir = tmp_path_factory.getbasetemp()
    canary = Path("CANARY")
    original_eval, original_exec = builtins.eval, builtins.exec

    def trap(*_: object, **__: object) -> None:
        raise AssertionError("the calculator called eval/exec")

    builtins.eval, builtins.exec = trap, trap  # type: ignore[assignment]
    try:
        started = time.process_time()
        result = CALC.run(expression=text)
        assert time.process_time() - started < TIME_BOUND_S
    finally:
        builtins.eval, builtins.exec = original_eval, original_exec
    assert result.status in ("ok", "error", "limit", "refused", "invalid_arguments")
    assert not canary.exists() and not (workdir / "CANARY").exists()
    if result.ok:
        float(result.output.replace("true", "1").replace("false", "0").replace("infinity", "inf"))
