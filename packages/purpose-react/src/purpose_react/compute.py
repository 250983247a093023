"""Compute before answering: the general lesson for an answer that leaves the work undone.

A small model that knows *what* to compute often writes the computation as its final answer ("10 * 52",
"6 - 7 = 1") or repeats the request's own numbers ("69, 15" for their greatest common divisor), even with a
calculator offered. Compared across a training pass (``purpose_optimizers.lessons``, purpose-optimizers),
failures that end that way against successes that do not give the lesson "compute with the tool, then
answer with its result". Once replay has promoted it, the ReAct strategy acts on it in decoding:

- a final answer that is an uncomputed expression of the request's numbers goes to the offered computing
  tool as it is, and the tool's result becomes the answer;
- a final answer that only repeats a run of the request's numbers, in the request's order, asks the model
  for the expression, decoded under a grammar of the request's numbers, operators and the functions the
  tool names, and answers with the tool's result;
- a call the model makes to the computing tool is decoded again under that grammar when the request
  writes out an expression and the call is not it, or when the call holds a number the request never
  gave (a 135M model copies the tool description's example, ``12*7``, or mixes the request's numbers up:
  ``2 * 7 + 7`` for "Calculate -7 + -2.").

Where the request writes the expression out, the grammar is that expression (an enum, as the values
lesson narrows a string argument to the request's own text); where it does not (the GCD of two numbers),
it is the request's numbers, operator symbols and the functions the tool names or declares
(``ToolSpec.functions``).

If the tool refuses the expression, the model's own answer stands, so the lesson never turns an answer
into nothing. Everything here reads the answer's shape and the request's numbers, never a task's expected
answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

#: A number as written in an answer or a request (no sign: a minus is read as an operator).
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: What an uncomputed arithmetic expression is made of: numbers, operator symbols, brackets, spaces.
_ARITHMETIC_TEXT = re.compile(r"[\d\s.+\-*/\u00d7\u00f7^%()]+")
#: A binary operator between two operands ("3 - 4", "-7 + -2", "(3+4)*2").
_BINARY = re.compile(r"[\d)]\s*[-+*/\u00d7\u00f7^%]\s*[-(\d]")
#: A function applied to numbers only ("gcd(69, 15)").
_CALL = re.compile(r"[A-Za-z_]\w*\s*\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)*\s*\)")
#: What may follow an uncomputed expression in an answer: "=", "= 1", "= ?".
_TRAILER = re.compile(r"\s*=\s*(?:-?\d+(?:\.\d+)?|\?)?\s*$")
#: What may sit between the numbers of an echo: separators and brackets, nothing that computes.
_ECHO_SEPARATORS = re.compile(r"[\s,;'\"\[\]]*")
#: Most operators between operands, and most arguments of a function, the grammar lets the model write.
MAX_OPERATIONS = 6
MAX_ARGUMENTS = 8
#: Words that mark a tool as computing arithmetic (a calculator); see :func:`computing_tool`.
_ARITHMETIC = ("arithmetic", "calculator", "expression", "math")


def _numbers(text: str) -> list[str]:
    """The numbers in ``text`` in order, normalised (``7.0`` reads as ``7``)."""
    return [_normal(n) for n in _NUMBER.findall(text)]


def _normal(raw: str) -> str:
    value = float(raw)
    return str(int(value)) if value.is_integer() else repr(value)


def arithmetic_answer(answer: str) -> str | None:
    """The arithmetic expression an answer consists of (numbers joined by operator symbols, brackets
    allowed, or one function applied to numbers, optionally followed by ``=`` and a number), or None. A
    number written with a leading zero ("05", a date or a code) is not arithmetic."""
    text = answer.strip().rstrip(".").strip()
    text = _TRAILER.sub("", text).strip()
    if not text:
        return None
    if _CALL.fullmatch(text) is None:
        if _ARITHMETIC_TEXT.fullmatch(text) is None or _BINARY.search(text) is None:
            return None
    if re.search(r"(?<![\d.])0\d", text):
        return None
    return text


def uncomputed_expression(answer: str, request: str) -> str | None:
    """The expression ``answer`` leaves uncomputed when every number in it is one the request gives (so
    it can go to the tool as written), or None."""
    text = arithmetic_answer(answer)
    if text is None:
        return None
    numbers = _numbers(text)
    return text if numbers and set(numbers) <= set(_numbers(request)) else None


def uncomputed(answer: str, request: str) -> bool:
    """Whether the answer leaves the work undone: an arithmetic expression (of any numbers: "12*7" for
    "Calculate -7 + -2." too) or an echo of the request's numbers (:func:`echoes_request`)."""
    return arithmetic_answer(answer) is not None or echoes_request(answer, request)


def echoes_request(answer: str, request: str) -> bool:
    """Whether ``answer`` only repeats two or more of the request's numbers, in the request's order and
    next to each other there ("69, 15" for "the GCD of 69, 15"): the values, not a result. A sorted or
    otherwise reordered list is an answer and does not count."""
    text = answer.strip().rstrip(".").strip()
    numbers = _numbers(text)
    if len(numbers) < 2 or _ECHO_SEPARATORS.fullmatch(_NUMBER.sub("", text).replace("-", "")) is None:
        return False
    given = _numbers(request)
    width = len(numbers)
    return any(given[i : i + width] == numbers for i in range(len(given) - width + 1))


def foreign_numbers(expression: str, request: str) -> bool:
    """Whether ``expression`` holds a number the request never gave."""
    return not set(_numbers(expression)) <= set(_numbers(request))


def is_computing_tool(name: str, description: str) -> bool:
    """A tool that evaluates arithmetic (by its name or description): a calculator."""
    text = f"{name} {description}".casefold()
    return any(word in text for word in _ARITHMETIC)


def computing_tool(tools: Iterable[tuple[str, str, str | None]]) -> tuple[str, str] | None:
    """``(name, parameter)`` of the one offered computing tool that takes one free string, or None.

    ``tools`` are ``(name, description, primary parameter or None)``; with two computing tools the lesson
    cannot say which, so it does nothing."""
    found = [(n, p) for n, d, p in tools if p is not None and is_computing_tool(n, d)]
    return found[0] if len(found) == 1 else None


def function_names(description: str) -> list[str]:
    """The functions a tool's description names as ``name(...)`` (``sqrt(16)``, ``gcd(a, b)``)."""
    return list(dict.fromkeys(re.findall(r"\b([a-z_][a-z0-9_]*)\(", description.casefold())))


def request_expressions(request: str) -> list[str]:
    """The arithmetic expressions the request writes out ("66 + 75 - 51", "-87 + ( -78 + -80 )"): each
    longest run of numbers, operator symbols and balanced brackets with an operator between two operands,
    no number with a leading zero (a date such as 2024-05-01 is not arithmetic)."""
    out = []
    for run in _ARITHMETIC_TEXT.findall(request):
        text = run.strip().rstrip(".").strip()
        if text.count("(") != text.count(")") or _BINARY.search(text) is None:
            continue
        if re.search(r"(?<![\d.])0\d", text):
            continue
        out.append(text)
    return list(dict.fromkeys(out))


def same_expression(a: str, b: str) -> bool:
    """The same expression, spacing aside."""
    return re.sub(r"\s+", "", a) == re.sub(r"\s+", "", b)


def expression_pattern(request: str, names: Sequence[str] = ()) -> str:
    """A JSON-schema ``pattern`` for an expression of the request's numbers (llama.cpp turns it into a
    grammar): operands joined by operator symbols, an operand being a number the request gives, a bracket
    of them, or a function the tool names applied to them. Numbers cannot run together, so the request's
    digits cannot spell a number it never gave ("1", "2" and "7" are not "12*7"). When the request names
    one of the tool's functions ("the Greatest Common Divisor (GCD)" and ``gcd``), the expression is that
    function applied to the request's numbers: the function that matches the request, as the tool lesson
    picks the tool that matches it. A decimal point is written ``[.]``, which the converter keeps
    literal."""
    found = sorted(set(_NUMBER.findall(request)), key=len, reverse=True)
    number = "-?(" + "|".join(n.replace(".", "[.]") for n in found) + ")"
    args = number + "(, ?" + number + "){0," + str(MAX_ARGUMENTS - 1) + "}"
    words = set(re.findall(r"[a-z0-9_]+", request.casefold()))
    asked = [n for n in names if n in words]
    if asked:
        return "^(" + "|".join(asked) + ")\\(" + args + "\\)$"
    op = " ?[-+*/%^] ?"
    operand = [number, "\\(" + number + "(" + op + number + "){1,3}\\)"]
    if names:
        operand.append("(" + "|".join(names) + ")\\(" + args + "\\)")
    term = "(" + "|".join(operand) + ")"
    return "^" + term + "(" + op + term + "){0," + str(MAX_OPERATIONS) + "}$"


def expression_schema(parameter: str, request: str, names: Sequence[str] = ()) -> dict[str, Any]:
    """The computing tool's argument as the lesson decodes it: one of the expressions the request writes
    out when it writes any (the values the request gives, as the request combines them), else an
    expression under :func:`expression_pattern`."""
    written = request_expressions(request)
    value: dict[str, Any] = {"type": "string"}
    if written:
        value["enum"] = written
    else:
        value["pattern"] = expression_pattern(request, names)
    return {"type": "object", "properties": {parameter: value}, "required": [parameter]}


def needs_expression(expression: str, request: str) -> bool:
    """Whether the model's own expression for the computing tool is decoded again: the request writes an
    expression out and this is none of them, or it holds a number the request never gave."""
    written = request_expressions(request)
    if written:
        return not any(same_expression(expression, w) for w in written)
    return foreign_numbers(expression, request)
