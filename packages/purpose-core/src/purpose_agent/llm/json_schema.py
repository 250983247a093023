"""The one JSON-schema validator in core: tool arguments and structured model replies are checked here.

Why our own: core may not depend on ``jsonschema``, and what agents validate is simple (objects of scalar,
enum and array properties; ``anyOf`` for "a call of one of these tools, or an answer"). It lives in the
``llm`` layer so both callers reach it through the plugin API: purpose-repair (replies of backends
that cannot constrain decoding, ``purpose_agent.plugin.validate``) and purpose-team's toolbox
(``purpose_team.tools.schema``: arguments a model passes to a tool).

Errors are sentences a small model can act on ("'expression' must be a string, got 12"), because they
are fed back to the model (as an observation, or as the reason a reply is asked for again). The only
difference between the two callers is the words: :data:`TOOL_ARGUMENTS` speaks of a tool's parameters,
:data:`REPLY` of the keys of a reply.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: Keywords :func:`validate` understands. Others are ignored here; tool schemas are held to a stricter
#: subset by ``purpose_team.tools.schema.check_schema``, so nothing a tool author wrote is ignored.
KEYWORDS = frozenset(
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
        "anyOf",
        "oneOf",
        "allOf",
        "default",
        "description",
        "title",
        "examples",
    }
)
TYPES = frozenset({"object", "string", "integer", "number", "boolean", "array", "null"})
MAX_ERRORS = 5
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Wording:
    """How errors name the value being checked and a key the schema does not allow."""

    root: str
    """The whole value, when an error is about it rather than one of its members."""
    unknown_key: str
    """Format with ``name`` (the key, quoted) and ``known`` (the allowed keys, comma-separated)."""


TOOL_ARGUMENTS = Wording(
    root="the arguments", unknown_key="{name} is not a parameter of this tool; parameters: {known}"
)
REPLY = Wording(root="the reply", unknown_key="{name} is not an allowed key; allowed keys: {known}")


def type_ok(value: Any, kind: str) -> bool:
    """Whether ``value`` is a JSON ``kind``; 2.0 is an integer, NaN and infinities are no number."""
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
    return kind not in TYPES  # a type name JSON schema does not define constrains nothing


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _looks_like_schema(value: Any) -> bool:
    """Small models often copy the schema instead of a value (``{"type": "string"}``)."""
    return isinstance(value, Mapping) and "type" in value and set(value) <= KEYWORDS


def validate(value: Any, schema: Any, path: str = "", *, wording: Wording = REPLY) -> list[str]:
    """Return the ways ``value`` breaks ``schema`` (empty when it conforms), at most :data:`MAX_ERRORS`.

    ``path`` names where ``value`` sits inside a larger value (``"nested.x"``, ``"items[2]"``); errors
    quote it. A schema that is not an object (or is empty) allows anything.
    """
    check = _Check(wording)
    check.value(value, schema, path, 0)
    return check.errors[:MAX_ERRORS]


class _Check:
    """One validation run: the wording and the errors found so far (capped, so a reply stays short)."""

    def __init__(self, wording: Wording) -> None:
        self.wording = wording
        self.errors: list[str] = []

    def where(self, path: str) -> str:
        return f"'{path}'" if path else self.wording.root

    def add(self, message: str) -> None:
        self.errors.append(message)

    def value(self, value: Any, schema: Any, path: str, depth: int) -> None:
        if len(self.errors) >= MAX_ERRORS or not isinstance(schema, Mapping) or not schema:
            return
        where = self.where(path)
        if depth > _MAX_DEPTH:
            self.add(f"{where} is nested too deeply")
            return
        if "const" in schema and value != schema["const"]:
            self.add(f"{where} must be {_show(schema['const'])}, got {_show(value)}")
            return
        if "enum" in schema and value not in schema["enum"]:
            choices = ", ".join(_show(c) for c in schema["enum"])
            self.add(f"{where} must be one of {choices}; got {_show(value)}")
            return
        kinds = schema.get("type")
        if kinds is not None:
            kinds_list = [kinds] if isinstance(kinds, str) else list(kinds)
            if not any(type_ok(value, k) for k in kinds_list):
                wanted = " or ".join(kinds_list)
                if _looks_like_schema(value) and "object" not in kinds_list:
                    sent = _show(value)
                    self.add(
                        f"{where} must be a {wanted} value; you sent its schema ({sent}), send the value"
                    )
                else:
                    self.add(f"{where} must be a {wanted}, got {_show(value)}")
                return
        if isinstance(value, str):
            self.string(value, schema, where)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            self.number(value, schema, where)
        elif isinstance(value, list | tuple):
            self.array(value, schema, path, depth)
        elif isinstance(value, Mapping):
            self.object(value, schema, path, depth)
        for sub in schema.get("allOf", ()):
            self.value(value, sub, path, depth + 1)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                self.alternatives(value, schema[key], key, path, depth)

    def alternatives(self, value: Any, options: Any, key: str, path: str, depth: int) -> None:
        """Pass when one option passes; otherwise report the option that came closest, with its reason.

        ``oneOf`` is checked as ``anyOf``: the schemas agents write make the options exclusive anyway
        (a ``const`` tool name each), and "matched two" would not tell a model what to change.
        """
        best: list[str] | None = None
        for option in options if isinstance(options, list) else []:
            trial = _Check(self.wording)
            trial.value(value, option, path, depth + 1)
            if not trial.errors:
                return
            if best is None or len(trial.errors) < len(best):
                best = trial.errors
        reason = f"; closest: {best[0]}" if best else ""
        self.add(f"{self.where(path)} matches none of the {key} alternatives{reason}")

    def string(self, value: str, schema: Mapping[str, Any], where: str) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            self.add(f"{where} must have at least {schema['minLength']} characters")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            self.add(f"{where} must have at most {schema['maxLength']} characters, got {len(value)}")
        pattern = schema.get("pattern")
        if pattern is not None and re.search(pattern, value) is None:
            self.add(f"{where} must match the pattern {pattern!r}")

    def number(self, value: float, schema: Mapping[str, Any], where: str) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            self.add(f"{where} must be at least {schema['minimum']}, got {value}")
        if "maximum" in schema and value > schema["maximum"]:
            self.add(f"{where} must be at most {schema['maximum']}, got {value}")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            self.add(f"{where} must be greater than {schema['exclusiveMinimum']}, got {value}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            self.add(f"{where} must be less than {schema['exclusiveMaximum']}, got {value}")

    def array(
        self, value: list[Any] | tuple[Any, ...], schema: Mapping[str, Any], path: str, depth: int
    ) -> None:
        where = self.where(path)
        if "minItems" in schema and len(value) < schema["minItems"]:
            self.add(f"{where} must have at least {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            self.add(f"{where} must have at most {schema['maxItems']} items, got {len(value)}")
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                self.value(item, items, f"{path}[{index}]", depth + 1)

    def object(self, value: Mapping[str, Any], schema: Mapping[str, Any], path: str, depth: int) -> None:
        where = self.where(path)
        properties: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                self.add(f"{where} is missing the required {_join(path, name)!r}")
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            child = _join(path, str(name))
            if name in properties:
                self.value(item, properties[name], child, depth + 1)
            elif extra is False:
                known = ", ".join(sorted(properties)) or "none"
                self.add(self.wording.unknown_key.format(name=repr(child), known=known))
            elif isinstance(extra, Mapping):
                self.value(item, extra, child, depth + 1)
