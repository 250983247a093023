"""Compute before answering: the general lesson for an answer that leaves the work undone.

A small model that knows *what* to compute often writes the computation as its final answer ("10 * 52",
"6 - 7 = 1") or repeats the request's own numbers ("69, 15" for their greatest common divisor), even with a
calculator offered. Compared across a training pass (:mod:`purpose_agent.learning.lessons`), failures that
end that way against successes that do not give the lesson "compute with the tool, then answer with its
result". Once replay has promoted it, the ReAct strategy acts on it in decoding:

- a final answer that is an uncomputed expression of the request's numbers goes to the offered computing
  tool as it is, and the tool's result becomes the answer;
- a final answer that only repeats a run of the request's numbers, in the request's order, asks the model
  for the expression, decoded under a grammar of the request's numbers, operators and the functions the
  tool names, and answers with the tool's result;
- a call the model makes to the computing tool whose expression holds a number the request never gave (a
  135M model copies the tool description's example, ``12*7``) is decoded again under that grammar.

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
#: Longest expression the grammar lets the model write, in pieces (a number, a name, a symbol).
MAX_PIECES = 24
#: Words that mark a tool as computing arithmetic (a calculator); see :func:`computing_tool`.
_ARITHMETIC = ("arithmetic", "calculator", "expression", "math")


def _numbers(text: str) -> list[str]:
    """The numbers in ``text`` in order, normalised (``7.0`` reads as ``7``)."""
    return [_normal(n) for n in _NUMBER.findall(text)]


def _normal(raw: str) -> str:
    value = float(raw)
    return str(int(value)) if value.is_integer() else repr(value)


def uncomputed_expression(answer: str, request: str) -> str | None:
    """The expression ``answer`` leaves uncomputed, or None.

    The answer is an arithmetic expression (numbers joined by operator symbols, brackets allowed, or one
    function applied to numbers) whose every number the request gives, optionally followed by ``=`` and
    a number. A number written with a leading zero ("05", a date or a code) is not arithmetic."""
    text = answer.strip().rstrip(".").strip()
    text = _TRAILER.sub("", text).strip()
    if not text:
        return None
    if _CALL.fullmatch(text) is None:
        if _ARITHMETIC_TEXT.fullmatch(text) is None or _BINARY.search(text) is None:
            return None
    if re.search(r"(?<![\d.])0\d", text):
        return None
    given = set(_numbers(request))
    numbers = _numbers(text)
    if not numbers or not set(numbers) <= given:
        return None
    return text


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


def expression_pattern(request: str, names: Sequence[str] = ()) -> str:
    """A JSON-schema ``pattern`` for an expression built from the request's numbers, operator symbols,
    brackets, commas and the given function names only (llama.cpp turns it into a grammar)."""
    numbers = sorted(set(_NUMBER.findall(request)), key=len, reverse=True)
    pieces = [re.escape(n) for n in numbers] + [re.escape(n) for n in names]
    pieces.append(r"[-+*/^%(), ]")
    return "^(" + "|".join(pieces) + "){1," + str(MAX_PIECES) + "}$"


def expression_schema(parameter: str, request: str, names: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {parameter: {"type": "string", "pattern": expression_pattern(request, names)}},
        "required": [parameter],
    }
