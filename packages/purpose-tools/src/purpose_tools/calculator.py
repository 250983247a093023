"""A calculator that evaluates arithmetic by walking the ``ast``, never by ``eval``.

Small models are bad at arithmetic and good at writing an expression, so this tool is their most useful
one; it is also text from a model flowing into an evaluator, so it must not run code and must not hang.
Only numbers, arithmetic, comparisons, a named set of math functions and constants are allowed. Every
operation that can grow a number (powers, products, factorials, shifts do not exist here) is checked
*before* it is computed, so ``9**9**9**9`` is refused in microseconds instead of exhausting memory.

Accepted spellings, because small models write them: ``x``, ``X``, the multiplication sign (U+00D7) and
the middle dot (U+00B7) between numbers for multiplication, the division sign (U+00F7) for division, ``^``
for power, the Unicode minus (U+2212), ``ln`` for the natural log, thousands separators like
``1,000,000`` when the expression has no function call, a trailing ``=`` or ``?``, and braces used as
brackets (``{10 - 4}``: a small model copies them from the JSON of a procedure it was shown; a set is never
a calculation, so nothing is lost). Hexadecimal
literals are therefore not accepted (``0x10`` reads as ``0 x 10``).
"""

from __future__ import annotations

import ast
import math
import operator
import re
import time
from collections.abc import Callable
from typing import Any

from purpose_agent.plugin import ToolResult

Number = int | float


class _Refused(Exception):
    """The expression uses something outside the calculator's language."""


class _Limit(Exception):
    """Evaluating the expression would exceed a size bound."""


_BIN_OPS: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], bool]] = {
    ast.Eq: operator.eq,
    ast.NotEq: operator.ne,
    ast.Lt: operator.lt,
    ast.LtE: operator.le,
    ast.Gt: operator.gt,
    ast.GtE: operator.ge,
}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e, "tau": math.tau}


def _log(x: Number, base: Number | None = None) -> float:
    return math.log(x) if base is None else math.log(x, base)


def _round(x: Number, digits: int | None = None) -> Number:
    if digits is not None and (not isinstance(digits, int) or abs(digits) > 100):
        raise _Limit("round() takes at most 100 digits")
    return round(x) if digits is None else round(x, digits)


#: Function name -> (implementation, minimum arguments, maximum arguments or None for any number).
FUNCTIONS: dict[str, tuple[Callable[..., Any], int, int | None]] = {
    "abs": (abs, 1, 1),
    "round": (_round, 1, 2),
    "min": (min, 1, None),
    "max": (max, 1, None),
    "sqrt": (math.sqrt, 1, 1),
    "cbrt": (lambda x: math.copysign(abs(x) ** (1.0 / 3.0), x), 1, 1),
    "exp": (math.exp, 1, 1),
    "log": (_log, 1, 2),
    "ln": (math.log, 1, 1),
    "log10": (math.log10, 1, 1),
    "log2": (math.log2, 1, 1),
    "sin": (math.sin, 1, 1),
    "cos": (math.cos, 1, 1),
    "tan": (math.tan, 1, 1),
    "asin": (math.asin, 1, 1),
    "acos": (math.acos, 1, 1),
    "atan": (math.atan, 1, 1),
    "atan2": (math.atan2, 2, 2),
    "sinh": (math.sinh, 1, 1),
    "cosh": (math.cosh, 1, 1),
    "tanh": (math.tanh, 1, 1),
    "degrees": (math.degrees, 1, 1),
    "radians": (math.radians, 1, 1),
    "hypot": (math.hypot, 1, None),
    "floor": (math.floor, 1, 1),
    "ceil": (math.ceil, 1, 1),
    "trunc": (math.trunc, 1, 1),
    "factorial": (math.factorial, 1, 1),
    "gcd": (math.gcd, 1, None),
    "lcm": (math.lcm, 1, None),
    "comb": (math.comb, 2, 2),
    "perm": (math.perm, 1, 2),
    "pow": (operator.pow, 2, 2),
}

_TIMES = re.compile("(?<=[\\d.)])\\s*[xX\u00d7\u00b7]\\s*(?=[\\d.(])")
_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
_CALL = re.compile(r"[A-Za-z_]\w*\s*\(")


def normalize(expression: str) -> str:
    """Rewrite the spellings small models use into Python's arithmetic syntax."""
    text = expression.strip()
    text = text.replace("\u2212", "-").replace("\u00f7", "/").replace("^", "**").replace("\u00d7", "*")
    text = text.rstrip("=?").strip().replace("{", "(").replace("}", ")")
    text = _TIMES.sub("*", text)
    if not _CALL.search(text):
        text = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text)
    return text


class CalculatorTool:
    """Evaluate an arithmetic expression with bounded cost."""

    name = "calculator"
    description = (
        "Evaluate an arithmetic expression exactly, e.g. '12*7', '2^10', 'sqrt(16)', '(3+4)/2', "
        "'factorial(10)', 'log(100, 10)'. Supports + - * / // % ** (or ^), comparisons, pi, e and "
        "common math functions. Use it for any calculation instead of computing in your head."
    )
    keywords = (
        "math",
        "arithmetic",
        "calculate",
        "compute",
        "multiply",
        "add",
        "sum",
        "subtract",
        "divide",
        "times",
        "plus",
        "minus",
        "number",
        "percent",
        "square",
        "root",
        "power",
    )
    #: Every function an expression may call, declared apart from the description: a 135M model given
    #: a longer description stopped calling the tool for plain products, while grammar-constrained
    #: decoding needs the whole list (a GCD request becomes ``gcd(69, 15)``).
    functions = tuple(FUNCTIONS)
    examples: list[dict[str, Any]] = [
        {"expression": "12*7"},
        {"expression": "2^10 + sqrt(16)"},
        {"expression": "factorial(20) / 3"},
    ]

    def __init__(
        self,
        *,
        max_length: int = 500,
        max_depth: int = 40,
        max_nodes: int = 400,
        max_digits: int = 4000,
        max_factorial: int = 1000,
        timeout_s: float = 2.0,
    ) -> None:
        self.max_length = max_length
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.max_digits = max_digits
        self.max_bits = int(max_digits * math.log2(10)) + 1
        self.max_factorial = max_factorial
        self.timeout_s = timeout_s
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "expression": {
                    "type": "string",
                    "description": "The arithmetic expression, e.g. '12*7' or 'sqrt(2)*3'",
                    "minLength": 1,
                    "maxLength": max_length,
                }
            },
            "required": ["expression"],
            "additionalProperties": False,
        }

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        expression = arguments.get("expression")
        if set(arguments) != {"expression"} or not isinstance(expression, str):
            return ToolResult(status="invalid_arguments", error="pass one string argument 'expression'")
        try:
            value, text = self.evaluate(expression)
        except _Refused as exc:
            return _result("refused", str(exc), started)
        except _Limit as exc:
            return _result("limit", f"{exc}; simplify the expression or split it into steps", started)
        except SyntaxError as exc:
            return _result(
                "error", f"not an arithmetic expression ({exc.msg}); write it like '12*7'", started
            )
        except (ZeroDivisionError, ValueError, OverflowError, ArithmeticError, TypeError) as exc:
            status = "limit" if isinstance(exc, OverflowError) else "error"
            return _result(status, f"math error: {exc}", started)
        output = format_number(value)
        return ToolResult(
            output=output, data={"expression": text, "value": value}, seconds=time.perf_counter() - started
        )

    # -- evaluation ---------------------------------------------------------------------------------

    def evaluate(self, expression: str) -> tuple[Any, str]:
        """Return the value and the normalized text; raises the module's refusal and limit exceptions."""
        if len(expression) > self.max_length:
            raise _Limit(f"the expression is {len(expression)} characters; the limit is {self.max_length}")
        if "\x00" in expression:
            raise _Refused("the expression contains a null byte")
        text = normalize(expression)
        if not text:
            raise _Refused("the expression is empty; write one like '12*7'")
        self._check_brackets(text)
        tree = ast.parse(text, mode="eval")
        self._check_shape(tree)
        return self._eval(tree.body), text

    def _check_brackets(self, text: str) -> None:
        depth = 0
        for char in text:
            if char in "([{":
                depth += 1
                if depth > self.max_depth:
                    raise _Limit(f"brackets are nested more than {self.max_depth} deep")
            elif char in ")]}":
                depth -= 1

    def _check_shape(self, tree: ast.AST) -> None:
        """Bound nodes and depth without recursion, before evaluating anything."""
        stack: list[tuple[ast.AST, int]] = [(tree, 0)]
        nodes = 0
        while stack:
            node, depth = stack.pop()
            nodes += 1
            if nodes > self.max_nodes:
                raise _Limit(f"the expression has more than {self.max_nodes} parts")
            if depth > self.max_depth:
                raise _Limit(f"the expression is nested more than {self.max_depth} deep")
            stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))

    def _eval(self, node: ast.AST) -> Any:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, int | float):
                raise _Refused(f"only numbers are allowed, not {type(node.value).__name__} {node.value!r}")
            return self._checked(node.value)
        if isinstance(node, ast.Name):
            if node.id in CONSTANTS:
                return CONSTANTS[node.id]
            raise _Refused(f"unknown name {node.id!r}; constants: {', '.join(CONSTANTS)}")
        if isinstance(node, ast.UnaryOp):
            operand = self._eval(node.operand)
            if isinstance(node.op, ast.USub):
                return -operand
            if isinstance(node.op, ast.UAdd):
                return +operand
            if isinstance(node.op, ast.Not):
                return not operand
            raise _Refused("bitwise operators are not allowed")
        if isinstance(node, ast.BinOp):
            op = _BIN_OPS.get(type(node.op))
            if op is None:
                raise _Refused(f"operator {type(node.op).__name__} is not allowed; use + - * / // % **")
            return self._binary(type(node.op), self._eval(node.left), self._eval(node.right))
        if isinstance(node, ast.Compare):
            left = self._eval(node.left)
            for cmp, right_node in zip(node.ops, node.comparators, strict=True):
                check = _COMPARE.get(type(cmp))
                if check is None:
                    raise _Refused("only == != < <= > >= comparisons are allowed")
                right = self._eval(right_node)
                if not check(left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.BoolOp):
            values = [self._eval(v) for v in node.values]
            return all(values) if isinstance(node.op, ast.And) else any(values)
        if isinstance(node, ast.Call):
            return self._call(node)
        raise _Refused(f"{type(node).__name__} is not allowed in a calculation; use numbers and operators")

    def _call(self, node: ast.Call) -> Any:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            label = node.func.id if isinstance(node.func, ast.Name) else type(node.func).__name__
            raise _Refused(f"unknown function {label!r}; functions: {', '.join(FUNCTIONS)}")
        if node.keywords:
            raise _Refused("functions take positional arguments only, e.g. log(8, 2)")
        func, least, most = FUNCTIONS[node.func.id]
        if len(node.args) < least or (most is not None and len(node.args) > most):
            wanted = f"{least}" if least == most else f"{least} to {most or 'any number of'}"
            raise _Refused(f"{node.func.id}() takes {wanted} arguments, got {len(node.args)}")
        if any(isinstance(a, ast.Starred) for a in node.args):
            raise _Refused("argument unpacking is not allowed")
        args = [self._eval(a) for a in node.args]
        name = node.func.id
        if name == "pow":
            return self._binary(ast.Pow, *args)
        if name in _INTEGER_FUNCTIONS:
            args = [_as_integer(name, a) for a in args]
            self._check_integer_call(name, args)
        return self._checked(func(*args))

    def _check_integer_call(self, name: str, args: list[int]) -> None:
        """Bound the integer functions whose results grow fastest, before computing them."""
        if name == "factorial" and args[0] > self.max_factorial:
            raise _Limit(f"factorial is limited to {self.max_factorial}!")
        if name == "comb" and args[0] > 10 * self.max_factorial:
            raise _Limit(f"comb(n, k) is limited to n <= {10 * self.max_factorial}")
        if name == "perm":
            n = args[0]
            k = args[1] if len(args) > 1 else n
            if n > 10 * self.max_factorial or (k > 0 and min(k, n) * math.log2(max(n, 2)) > self.max_bits):
                raise _Limit(f"the permutation count would have more than {self.max_digits} digits")
        if name == "lcm" and sum(_bits(a) for a in args) > self.max_bits:
            raise _Limit(f"the least common multiple could have more than {self.max_digits} digits")

    def _binary(self, op: type[ast.operator], left: Any, right: Any) -> Any:
        if op is ast.Pow:
            self._check_power(left, right)
        elif op is ast.Mult and isinstance(left, int) and isinstance(right, int):
            if _bits(left) + _bits(right) > self.max_bits + 1:
                raise _Limit(f"the product would have more than {self.max_digits} digits")
        result = _BIN_OPS[op](left, right)
        if isinstance(result, complex):
            raise _Refused("the result is not a real number (a fractional power of a negative number)")
        return self._checked(result)

    def _check_power(self, base: Any, exponent: Any) -> None:
        if isinstance(base, bool) or isinstance(exponent, bool):
            base, exponent = int(base), int(exponent)
        if isinstance(base, int) and isinstance(exponent, int):
            if abs(base) > 1 and abs(exponent) * math.log2(abs(base)) > self.max_bits:
                raise _Limit(f"the power would have more than {self.max_digits} digits")
            return
        magnitude = abs(float(base)) if _bits(base) < 1000 else math.inf
        if magnitude > 1 and abs(float(exponent)) * math.log2(magnitude) > 1024:
            raise _Limit("the power is too large for a floating-point result")

    def _checked(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and _bits(value) > self.max_bits:
            raise _Limit(f"the result would have more than {self.max_digits} digits")
        if isinstance(value, float) and math.isnan(value):
            raise ValueError("the result is not a number")
        return value


_INTEGER_FUNCTIONS = frozenset({"factorial", "comb", "perm", "gcd", "lcm"})


def _as_integer(name: str, value: Any) -> int:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, int):
        return int(value)
    raise ValueError(f"{name}() needs whole numbers, got {format_number(value)}")


def _bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def _result(status: str, message: str, started: float) -> ToolResult:
    return ToolResult(status=status, error=message, seconds=time.perf_counter() - started)  # type: ignore[arg-type]


def format_number(value: Any) -> str:
    """Plain text a small model can copy: ``4`` for ``sqrt(16)``, ``0.3`` for ``0.1+0.2``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isinf(value):
            return "infinity" if value > 0 else "-infinity"
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return f"{value:.15g}"
    return str(value)
