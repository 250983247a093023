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

__all__ = ["SUPPORTED_KEYWORDS", "TYPES", "check_schema", "coerce", "normalize_schema", "validate"]

#: Keywords a tool schema may use; :func:`check_schema` reports any other. The combinators (anyOf, oneOf,
#: allOf) are left out: backends turn tool schemas into grammars and provider formats that may not have them.
SUPPORTED_KEYWORDS = KEYWORDS - {"anyOf", "oneOf", "allOf"}
_MAX_DEPTH = 32


#: Type names tool schemas are written with besides JSON schema's own: Python's (``float``, ``dict``,
#: ``list``), other languages' (``double``, ``long``, ``map``), and OpenAPI-like catalogues'. ``any``
#: constrains nothing.
TYPE_ALIASES = {
    "float": "number",
    "double": "number",
    "decimal": "number",
    "real": "number",
    "int": "integer",
    "long": "integer",
    "str": "string",
    "bool": "boolean",
    "dict": "object",
    "map": "object",
    "mapping": "object",
    "list": "array",
    "tuple": "array",
    "set": "array",
    "none": "null",
    "any": "",
}
#: Keywords that only describe (JSON schema's annotations and metadata): dropped, since neither
#: validation nor decoding reads them. ``format`` is an annotation too, but it says what a string holds, so
#: it is kept in words, in the description the model reads.
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "deprecated", "readOnly", "writeOnly", "nullable"})
_REF_ROOTS = ("#/$defs/", "#/definitions/")


def normalize_schema(schema: Any) -> Any:
    """``schema`` in the JSON-schema subset tools declare, from the ways tool schemas are commonly written.

    Tool schemas come from pydantic (``Optional[x]`` is ``anyOf: [x, null]``, a nested model a ``$ref``
    into ``$defs``), from Python type names (``float``, ``dict``) and from older drafts (``required:
    true`` on a property, a boolean ``exclusiveMinimum``). Each is rewritten to the form it means, so the
    toolbox validates it, the backend's grammar constrains it and the values lessons read its types:
    local ``$ref`` pointers are inlined (a recursive one is left for :func:`check_schema` to report), a
    null branch of ``anyOf``/``oneOf`` is dropped from an optional property (leaving it out says the same)
    and kept as a ``"null"`` type on a required one, branches that differ only by type become a type list,
    a one-branch ``allOf`` is its branch, and ``format`` moves into the description. A schema already in
    the subset comes back equal; the input is never changed. What cannot be rewritten safely is left as it
    was, so :func:`check_schema` still names it.
    """
    if not isinstance(schema, Mapping):
        return schema
    defs: dict[str, Any] = {}
    for root in ("$defs", "definitions"):
        found = schema.get(root)
        if isinstance(found, Mapping):
            defs.update(found)
    out, _ = _normal(schema, defs, (), 0)
    if isinstance(out, dict):
        out.pop("$defs", None)
        out.pop("definitions", None)
        if "type" not in out and "properties" in out:
            out["type"] = "object"
    return out


def _normal(schema: Any, defs: Mapping[str, Any], seen: tuple[str, ...], depth: int) -> tuple[Any, bool]:
    """The rewritten schema and whether it allowed null through a dropped ``anyOf`` branch."""
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return schema, False
    out: dict[str, Any] = {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF_ROOTS) and not schema.keys() - {"$ref"} - _DESCRIBING:
        name = ref.split("/", 2)[2]
        target = defs.get(name)
        if isinstance(target, Mapping) and name not in seen:
            inlined, nullable = _normal(target, defs, (*seen, name), depth + 1)
            if isinstance(inlined, dict):
                out.update(inlined)
                out.update((k, schema[k]) for k in schema if k in _DESCRIBING)
                return out, nullable
    nullable = False
    nulls: set[str] = set()
    for key, value in schema.items():
        if key in _ANNOTATIONS or key in ("$defs", "definitions"):
            continue
        if key == "type":
            out[key] = _type_names(value)
        elif key == "properties" and isinstance(value, Mapping):
            out[key] = {}
            for name, sub in value.items():
                out[key][name], allows_null = _normal(sub, defs, seen, depth + 1)
                if allows_null:
                    nulls.add(name)
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            out[key], _ = _normal(value, defs, seen, depth + 1)
        elif key in ("anyOf", "oneOf", "allOf") and (plain := _branches(key, value, defs, seen, depth)):
            merged, allows_null = plain
            nullable = nullable or allows_null
            # in the combinator's place, so a schema written with it reads (and prompts) in its order
            out.update((k, v) for k, v in merged.items() if k not in schema)
        else:
            out[key] = value
    if out.get("type") == "":
        del out["type"]
    if "default" in out and out["default"] is None and not _takes_null(out):
        del out[
            "default"
        ]  # pydantic's default for an ``Optional`` field: no value, which leaving it out says
    _draft4_bounds(out)
    _required_flags(out, nulls)
    if isinstance(out.get("format"), str):
        fmt = out.pop("format")
        said = out.get("description")
        out["description"] = f"{said} (format: {fmt})" if isinstance(said, str) and said else f"format: {fmt}"
    return out, nullable


_DESCRIBING = frozenset({"description", "title", "default", "examples"})


def _takes_null(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    return kinds is None or kinds == "null" or (isinstance(kinds, list) and "null" in kinds)


def _type_names(value: Any) -> Any:
    if isinstance(value, str):
        return _type_name(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        names = [_type_name(v) for v in value]
        return "" if "" in names else list(dict.fromkeys(names))
    return value


def _type_name(name: str) -> str:
    if name in TYPES:
        return name
    lower = name.lower()
    return lower if lower in TYPES else TYPE_ALIASES.get(lower, name)


def _branches(
    key: str, raw: Any, defs: Mapping[str, Any], seen: tuple[str, ...], depth: int
) -> tuple[dict[str, Any], bool] | None:
    """``anyOf``/``oneOf``/``allOf`` as plain keywords where that says the same, and whether a null branch
    was dropped (None: left as written)."""
    if not isinstance(raw, list) or not raw:
        return None
    branches = [_normal(b, defs, seen, depth + 1)[0] for b in raw]
    if not all(isinstance(b, dict) for b in branches):
        return None
    if key == "allOf":
        return (branches[0], False) if len(branches) == 1 else None
    kept = [b for b in branches if b != {"type": "null"}]
    nullable = len(kept) < len(branches)
    if len(kept) == 1:
        return kept[0], nullable
    if kept and all(set(b) <= {"type"} | _DESCRIBING and isinstance(b.get("type"), str) for b in kept):
        return {"type": list(dict.fromkeys(b["type"] for b in kept))}, nullable
    return None


def _draft4_bounds(out: dict[str, Any]) -> None:
    """Draft 4's ``exclusiveMinimum: true`` beside ``minimum`` is today's ``exclusiveMinimum: <number>``."""
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = out.get(exclusive)
        if isinstance(flag, bool):
            if flag and bound in out:
                out[exclusive] = out.pop(bound)
            else:
                del out[exclusive]


def _required_flags(out: dict[str, Any], nulls: set[str]) -> None:
    """Draft 3's ``required: true`` on a property joins its object's ``required`` list; a property that
    allowed null through a dropped branch keeps ``null`` among its types when it is required."""
    properties = out.get("properties")
    if not isinstance(properties, dict):
        return
    required = out.get("required")
    names: list[str] = list(required) if isinstance(required, list) else []
    flagged = False
    for name, sub in properties.items():
        if isinstance(sub, dict) and isinstance(sub.get("required"), bool):
            flag = sub.pop("required")
            flagged = True
            if flag and name not in names:
                names.append(name)
    for name in names:
        sub = properties.get(name)
        if isinstance(sub, dict) and name in nulls:
            kinds = sub.get("type")
            if isinstance(kinds, str):
                sub["type"] = [kinds, "null"]
            elif isinstance(kinds, list) and "null" not in kinds:
                sub["type"] = [*kinds, "null"]
    if flagged or not isinstance(required, list):
        if names or flagged:
            out["required"] = names


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
    """Repair the scalar slips small models make: ``"12"`` for an integer, ``"true"`` for a boolean, a
    ``null`` for an optional parameter that takes no null (the parameter left out, which is what the model
    meant; pydantic's ``Optional`` fields arrive here without their null branch, see
    :func:`normalize_schema`).

    Only unambiguous text is converted; anything else is left for :func:`validate` to report.
    """
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = schema.get("required", ())
    out = dict(arguments)
    for name, value in arguments.items():
        sub = properties.get(name)
        if value is None and isinstance(sub, Mapping) and name not in required:
            kinds = sub.get("type")
            if kinds is not None and "null" not in ([kinds] if isinstance(kinds, str) else kinds):
                del out[name]
            continue
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
