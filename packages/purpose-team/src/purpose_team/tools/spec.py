"""Turning a tool object into a function-calling spec, and checking that it can be one.

A tool is any object with ``name``, ``description``, ``parameters`` (JSON schema, as pydantic writes it
or with Python type names: :func:`~purpose_team.tools.schema.normalize_schema`), ``timeout_s`` and
``run(**arguments)``; an optional ``functions`` lists the function names its input language accepts
(what grammar-constrained decoding may write into an argument, see purpose-react's ``purpose_react.compute``);
an optional ``stateful = True`` says the same call can answer differently (a game
move), so the runtime never answers it from its repeated-call cache. Problems are collected as sentences
instead of raised one at a time, so a plugin author sees everything wrong with a tool at once (and the
contract test can show them all).
"""

from __future__ import annotations

import math
import re
from typing import Any

from purpose_agent.plugin import ToolError, ToolSpec

from purpose_team.tools.schema import check_schema, normalize_schema

#: The function-name rule of the OpenAI-style APIs that most backends follow.
NAME_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")
MAX_DESCRIPTION = 1024
#: A function name a tool's input language accepts (``gcd``, ``log10``): what an expression can call.
FUNCTION_PATTERN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_tool(tool: Any) -> list[str]:
    """Everything that stops ``tool`` from being offered to a model, as sentences (empty when fine)."""
    return _problems(tool, normalize_schema(getattr(tool, "parameters", None)))


def _problems(tool: Any, parameters: Any) -> list[str]:
    """:func:`check_tool`'s sentences, for ``tool`` with its parameters already normalized."""
    problems: list[str] = []
    name = getattr(tool, "name", None)
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        problems.append(
            f"name {name!r} must start with a letter and use only letters, digits, '_' or '-' (64 at most)"
        )
    description = getattr(tool, "description", None)
    if not isinstance(description, str) or not description.strip():
        problems.append("description must be a non-empty string: the model chooses tools by it")
    elif len(description) > MAX_DESCRIPTION:
        problems.append(f"description is {len(description)} characters; keep it under {MAX_DESCRIPTION}")
    if not isinstance(parameters, dict) or parameters.get("type") != "object":
        problems.append('parameters must be a JSON schema object: {"type": "object", "properties": {...}}')
    else:
        problems.extend(check_schema(parameters))
    timeout = getattr(tool, "timeout_s", None)
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, int | float)
        or not (math.isfinite(timeout) and timeout > 0)
    ):
        problems.append(f"timeout_s must be a positive number of seconds, got {timeout!r}")
    if not callable(getattr(tool, "run", None)):
        problems.append("run(**arguments) -> ToolResult is missing")
    functions = getattr(tool, "functions", ())
    if not isinstance(functions, list | tuple) or not all(
        isinstance(f, str) and FUNCTION_PATTERN.match(f) for f in functions
    ):
        problems.append(f"functions must be a list of function names such as 'sqrt', got {functions!r}")
    return problems


def tool_spec(tool: Any) -> ToolSpec:
    """The spec a backend sends to the model; raises :class:`ToolError` for a tool that cannot be offered."""
    parameters = normalize_schema(getattr(tool, "parameters", None))  # once, for the check and the spec
    problems = _problems(tool, parameters)
    if problems:
        label = getattr(tool, "name", type(tool).__name__)
        raise ToolError(f"tool {label!r} cannot be offered to a model: " + "; ".join(problems))
    return ToolSpec(
        name=tool.name,
        description=tool.description.strip(),
        parameters=parameters,
        functions=tuple(getattr(tool, "functions", ())),
    )
