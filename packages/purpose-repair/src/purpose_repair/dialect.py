"""JSON Schema from the type names other tool formats write.

Tool catalogues and function-calling data sets often describe parameters with programming-language type
names (``"dict"``, ``"float"``, ``"int"``, ``"tuple"``, ``"any"``) where JSON Schema says ``object``,
``number``, ``integer`` and ``array``. llama-cpp-python's grammar builder stops on them with an
assertion, and the validator checks no type it does not know. :func:`standard_schema` rewrites those
names where a schema enters decoding: the llama.cpp backend's ``complete(json_schema=...)`` and
:func:`~purpose_repair.repair.tool_call_schema`. (A tool added to a toolbox must still declare JSON
Schema's names: purpose-team refuses other ones with a message naming them.)
"""

from __future__ import annotations

from typing import Any

#: Type names of other formats and the JSON Schema type each means (None: any value, no ``type``).
ALIASES: dict[str, str | None] = {
    "dict": "object", "map": "object", "float": "number", "double": "number", "decimal": "number",
    "int": "integer", "long": "integer", "str": "string", "bool": "boolean", "list": "array",
    "tuple": "array", "set": "array", "any": None,
}  # fmt: skip
_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_ONE = ("items", "additionalProperties", "not", "contains")
_MANY = ("anyOf", "oneOf", "allOf", "prefixItems")


def _type(name: Any) -> Any:
    return ALIASES.get(name.casefold(), name) if isinstance(name, str) else name


def standard_schema(schema: Any) -> Any:
    """A copy of ``schema`` with every aliased type name (:data:`ALIASES`) as JSON Schema's, at any
    depth; a schema that uses none comes back equal. ``"any"`` drops the ``type`` (any value)."""
    if not isinstance(schema, dict):
        return schema
    out = dict(schema)
    if "type" in out:
        kind = out["type"]
        mapped = [_type(k) for k in kind] if isinstance(kind, list) else _type(kind)
        if mapped is None or (isinstance(mapped, list) and None in mapped):
            del out["type"]
        else:
            out["type"] = mapped
    for key in _MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: standard_schema(sub) for name, sub in out[key].items()}
    for key in _ONE:
        if isinstance(out.get(key), dict):
            out[key] = standard_schema(out[key])
    for key in _MANY:
        if isinstance(out.get(key), list):
            out[key] = [standard_schema(sub) for sub in out[key]]
    return out
