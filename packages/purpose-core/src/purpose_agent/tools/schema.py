"""A small JSON-schema validator for the subset that tool parameters use.

Core may not depend on ``jsonschema``, and tool schemas are simple: objects of scalar, enum and array
properties. Supporting a named subset, and rejecting schemas that go beyond it, keeps validation honest:
a keyword we silently ignored would let through arguments the tool author meant to forbid.

Errors are sentences a small model can act on ("'expression' must be a string, got 12"), because they are
returned to the agent as observations rather than raised.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

#: Keywords :func:`validate` understands; :func:`check_schema` reports any other keyword in a tool schema.
SUPPORTED_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "enum",
        "const",
        "items",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "default",
        "description",
        "title",
        "examples",
    }
)
TYPES = frozenset({"object", "string", "integer", "number", "boolean", "array", "null"})
_MAX_ERRORS = 5
_MAX_DEPTH = 32


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "object":
        return isinstance(value, Mapping)
    if kind == "array":
        return isinstance(value, list | tuple)
    if kind == "null":
        return value is None
    return False


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _where(path: str) -> str:
    return f"'{path}'" if path else "the arguments"


def _looks_like_schema(value: Any) -> bool:
    """Small models often copy the parameter schema instead of a value (``{"type": "string"}``)."""
    return isinstance(value, Mapping) and "type" in value and set(value) <= SUPPORTED_KEYWORDS


def validate(value: Any, schema: Mapping[str, Any], path: str = "") -> list[str]:
    """Return the ways ``value`` breaks ``schema`` (empty when it conforms), at most a handful."""
    errors: list[str] = []
    _validate(value, schema, path, errors, 0)
    return errors[:_MAX_ERRORS]


def _validate(value: Any, schema: Mapping[str, Any], path: str, errors: list[str], depth: int) -> None:
    if len(errors) >= _MAX_ERRORS:
        return
    if depth > _MAX_DEPTH:
        errors.append(f"{_where(path)} is nested too deeply")
        return
    where = _where(path)
    if "const" in schema and value != schema["const"]:
        errors.append(f"{where} must be {_show(schema['const'])}, got {_show(value)}")
        return
    if "enum" in schema and value not in schema["enum"]:
        choices = ", ".join(_show(c) for c in schema["enum"])
        errors.append(f"{where} must be one of {choices}; got {_show(value)}")
        return
    kinds = schema.get("type")
    if kinds is not None:
        kinds_list = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_type_ok(value, k) for k in kinds_list):
            wanted = " or ".join(kinds_list)
            if _looks_like_schema(value) and "object" not in kinds_list:
                errors.append(
                    f"{where} must be a {wanted} value; you sent its schema ({_show(value)}), send the value"
                )
            else:
                errors.append(f"{where} must be a {wanted}, got {_show(value)}")
            return
    if isinstance(value, str):
        _check_string(value, schema, where, errors)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(value, schema, where, errors)
    elif isinstance(value, list | tuple):
        _check_array(value, schema, path, errors, depth)
    elif isinstance(value, Mapping):
        _check_object(value, schema, path, errors, depth)


def _check_string(value: str, schema: Mapping[str, Any], where: str, errors: list[str]) -> None:
    if "minLength" in schema and len(value) < schema["minLength"]:
        errors.append(f"{where} must have at least {schema['minLength']} characters")
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        errors.append(f"{where} must have at most {schema['maxLength']} characters, got {len(value)}")
    pattern = schema.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        errors.append(f"{where} must match the pattern {pattern!r}")


def _check_number(value: float, schema: Mapping[str, Any], where: str, errors: list[str]) -> None:
    if "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{where} must be at least {schema['minimum']}, got {value}")
    if "maximum" in schema and value > schema["maximum"]:
        errors.append(f"{where} must be at most {schema['maximum']}, got {value}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        errors.append(f"{where} must be greater than {schema['exclusiveMinimum']}, got {value}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        errors.append(f"{where} must be less than {schema['exclusiveMaximum']}, got {value}")


def _check_array(
    value: list[Any] | tuple[Any, ...], schema: Mapping[str, Any], path: str, errors: list[str], depth: int
) -> None:
    where = _where(path)
    if "minItems" in schema and len(value) < schema["minItems"]:
        errors.append(f"{where} must have at least {schema['minItems']} items")
    if "maxItems" in schema and len(value) > schema["maxItems"]:
        errors.append(f"{where} must have at most {schema['maxItems']} items, got {len(value)}")
    items = schema.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            _validate(item, items, f"{path}[{index}]", errors, depth + 1)


def _check_object(
    value: Mapping[str, Any], schema: Mapping[str, Any], path: str, errors: list[str], depth: int
) -> None:
    where = _where(path)
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            errors.append(f"{where} is missing the required {_join(path, name)!r}")
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        child = _join(path, str(name))
        if name in properties:
            _validate(item, properties[name], child, errors, depth + 1)
        elif extra is False:
            known = ", ".join(sorted(properties)) or "none"
            errors.append(f"{child!r} is not a parameter of this tool; parameters: {known}")
        elif isinstance(extra, Mapping):
            _validate(item, extra, child, errors, depth + 1)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


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
