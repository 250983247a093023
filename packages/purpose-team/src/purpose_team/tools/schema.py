"""Tool parameter schemas: which JSON-schema subset a tool may declare, and checking arguments against it.

Core may not depend on ``jsonschema``, and tool schemas are simple: objects of scalar, enum and array
properties. Supporting a named subset, and rejecting schemas that go beyond it, keeps validation honest:
a keyword we silently ignored would let through arguments the tool author meant to forbid.

The validator itself is the kernel's one JSON-schema validator (the plugin API's ``validate``, shared
with the structured-output repair loop); here it speaks of the tool's parameters. Errors are sentences a
small model can act on ("'expression' must be a string, got 12"), because they are returned to the agent
as observations rather than raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from purpose_agent.plugin import JSON_SCHEMA_KEYWORDS as KEYWORDS
from purpose_agent.plugin import JSON_SCHEMA_TYPES as TYPES
from purpose_agent.plugin import TOOL_ARGUMENTS_WORDING as TOOL_ARGUMENTS
from purpose_agent.plugin import validate as validate_json

__all__ = ["SUPPORTED_KEYWORDS", "TYPES", "check_schema", "coerce", "validate"]

#: Keywords a tool schema may use; :func:`check_schema` reports any other. The combinators (anyOf, oneOf,
#: allOf) are left out: backends turn tool schemas into grammars and provider formats that may not have them.
SUPPORTED_KEYWORDS = KEYWORDS - {"anyOf", "oneOf", "allOf"}
_MAX_DEPTH = 32


def validate(value: Any, schema: Mapping[str, Any], path: str = "") -> list[str]:
    """Return the ways tool arguments ``value`` break ``schema`` (empty when they conform), at most 5."""
    # the plugin API's names are typed Any to mypy (PEP 562 lookups): say what comes back
    problems: list[str] = validate_json(value, schema, path, wording=TOOL_ARGUMENTS)
    return problems


def check_schema(schema: Any, path: str = "parameters") -> list[str]:
    """Report what makes ``schema`` unusable as a tool's parameter schema within the supported subset."""
    problems: list[str] = []
    _check_schema(schema, path, problems, 0)
    return problems


def _check_schema(schema: Any, path: str, problems: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        problems.append(f"{path}: nested too deeply")
        return
    if not isinstance(schema, Mapping):
        problems.append(f"{path}: a schema must be a JSON object, got {type(schema).__name__}")
        return
    unknown = sorted(set(schema) - SUPPORTED_KEYWORDS)
    if unknown:
        problems.append(
            f"{path}: unsupported keyword(s) {', '.join(unknown)}; supported: type, properties, "
            "required, additionalProperties, enum, const, items, bounds, lengths, pattern"
        )
    kinds = schema.get("type")
    if kinds is not None:
        kinds_list = [kinds] if isinstance(kinds, str) else kinds
        if not isinstance(kinds_list, list) or not all(k in TYPES for k in kinds_list):
            problems.append(f"{path}: type must be one of {', '.join(sorted(TYPES))} (or a list of them)")
    properties = schema.get("properties", {})
    if not isinstance(properties, Mapping):
        problems.append(f"{path}.properties: must be an object")
        properties = {}
    for name, sub in properties.items():
        _check_schema(sub, f"{path}.properties.{name}", problems, depth + 1)
    required = schema.get("required", [])
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        problems.append(f"{path}.required: must be a list of property names")
    else:
        missing = [r for r in required if r not in properties]
        if missing:
            problems.append(f"{path}.required names undeclared properties: {', '.join(missing)}")
    extra = schema.get("additionalProperties", True)
    if isinstance(extra, Mapping):
        _check_schema(extra, f"{path}.additionalProperties", problems, depth + 1)
    elif not isinstance(extra, bool):
        problems.append(f"{path}.additionalProperties: must be a boolean or a schema")
    if "items" in schema:
        _check_schema(schema["items"], f"{path}.items", problems, depth + 1)
    if "enum" in schema and (not isinstance(schema["enum"], list) or not schema["enum"]):
        problems.append(f"{path}.enum: must be a non-empty list")
    if "pattern" in schema:
        try:
            re.compile(schema["pattern"])
        except (re.error, TypeError) as exc:
            problems.append(f"{path}.pattern: not a valid regular expression ({exc})")
    for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if key in schema and (isinstance(schema[key], bool) or not isinstance(schema[key], int | float)):
            problems.append(f"{path}.{key}: must be a number")
    for key in ("minLength", "maxLength", "minItems", "maxItems"):
        if key in schema and (
            isinstance(schema[key], bool) or not isinstance(schema[key], int) or schema[key] < 0
        ):
            problems.append(f"{path}.{key}: must be a non-negative integer")


def coerce(arguments: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """Repair the scalar slips small models make: ``"12"`` for an integer, ``"true"`` for a boolean.

    Only unambiguous text is converted; anything else is left for :func:`validate` to report.
    """
    properties: Mapping[str, Any] = schema.get("properties", {})
    out = dict(arguments)
    for name, value in arguments.items():
        sub = properties.get(name)
        if not isinstance(sub, Mapping) or not isinstance(value, str):
            continue
        kinds = sub.get("type")
        kinds_list = [kinds] if isinstance(kinds, str) else list(kinds or [])
        if "string" in kinds_list:
            continue
        text = value.strip()
        if "integer" in kinds_list and re.fullmatch(r"[+-]?\d{1,18}", text):
            out[name] = int(text)
        elif "number" in kinds_list and re.fullmatch(
            r"[+-]?(\d{1,18}(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?", text
        ):
            out[name] = float(text)
        elif "boolean" in kinds_list and text.lower() in ("true", "false"):
            out[name] = text.lower() == "true"
    return out
