"""``fncall-shapes``: ``fncall-fresh``'s functions declared the ways tool schemas are commonly written.

Tool catalogues rarely look like the flat JSON schemas of the other function-calling suites. Schemas
come from pydantic (``Model.model_json_schema()``: a nested model under ``$defs`` behind a ``$ref``,
``Optional`` fields as ``anyOf`` with a null branch, ``title`` on everything), are written with Python's
type names (``float``, ``int``, ``dict``), and APIs take some arguments inside an object (a location, an
options object). This suite asks ``fncall-fresh``'s 200 requests of its 100 functions, each function
declared in one of three shapes (chosen by a hash of its name, so a third of the functions each):

- ``python``: Python's type names, and each optional parameter as pydantic's ``Optional`` (``anyOf`` of
  its type and null);
- ``options``: the optional parameters inside one optional ``options`` object (a function without any:
  its last two required parameters inside a required ``details`` object);
- ``pydantic``: as ``options``, with the object a model of its own under ``$defs``, ``title`` on every
  property, and ``Optional`` fields.

The expected calls are the same calls, with the nested parameters inside their object. It measures
whether learning survives schemas written another way, on requests whose values were already read
(``fncall-fresh`` is development data since 6 December): a check of shapes, not of transfer.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

SHAPES = ("python", "options", "pydantic")
PYTHON_NAMES = {"number": "float", "integer": "int", "string": "str", "boolean": "bool", "array": "list"}


def shape_of(name: str) -> str:
    """The shape a function is declared in: one of :data:`SHAPES`, a third each, fixed by its name."""
    return SHAPES[int(hashlib.sha256(name.encode()).hexdigest(), 16) % len(SHAPES)]


def _python_types(prop: dict[str, Any], optional: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in prop.items():
        if key == "type" and optional:
            out["anyOf"] = [{"type": PYTHON_NAMES.get(value, value)}, {"type": "null"}]
        elif key == "type":
            out[key] = PYTHON_NAMES.get(value, value)
        elif key == "items" and isinstance(value, dict):
            out[key] = _python_types(value, False)
        else:
            out[key] = value
    return out


def _titled(name: str, prop: dict[str, Any], optional: bool) -> dict[str, Any]:
    """``prop`` as pydantic writes a field: a title, and an optional field's type with null."""
    out: dict[str, Any] = {"title": name.replace("_", " ").title()}
    for key, value in prop.items():
        if key == "type" and optional:
            out["anyOf"] = [{"type": value}, {"type": "null"}]
        else:
            out[key] = value
    return out


def nested_names(function: dict[str, Any]) -> tuple[str, list[str], bool]:
    """The object the ``options`` and ``pydantic`` shapes put parameters in, those parameters, and whether
    the object is required."""
    params = function["parameters"]
    required = params.get("required", [])
    optional = [n for n in params["properties"] if n not in required]
    if optional:
        return "options", optional, False
    return "details", list(required[-2:]), True


def reshaped_function(function: dict[str, Any]) -> dict[str, Any]:
    """``function`` declared in its shape (see the module doc); the flat original is not changed."""
    params = function["parameters"]
    props: dict[str, Any] = params["properties"]
    required: list[str] = list(params.get("required", []))
    shape = shape_of(function["name"])
    if shape == "python":
        new_props = {n: _python_types(p, n not in required) for n, p in props.items()}
        return {**function, "parameters": {**params, "type": "dict", "properties": new_props}}
    holder, inside, holder_required = nested_names(function)
    inner_required = [n for n in required if n in inside]
    outer: dict[str, Any] = {}
    for name, prop in props.items():
        if name in inside:
            if holder not in outer:
                outer[holder] = None  # its place: where its first member stood
            continue
        outer[name] = prop if shape == "options" else _titled(name, prop, False)
    inner_props = {
        n: props[n] if shape == "options" else _titled(n, props[n], n not in required) for n in inside
    }
    inner: dict[str, Any] = {"type": "object", "properties": inner_props}
    if inner_required:
        inner["required"] = inner_required
    if "additionalProperties" in params:
        inner["additionalProperties"] = params["additionalProperties"]
    out_required = [n for n in required if n not in inside] + ([holder] if holder_required else [])
    if shape == "options":
        inner["description"] = "further settings" if holder == "options" else "the details"
        outer[holder] = inner
        new_params = {**params, "properties": outer, "required": out_required}
    else:
        model = holder.title()
        inner["title"] = model
        outer[holder] = {"$ref": f"#/$defs/{model}"}
        new_params = {"$defs": {model: inner}, **params, "properties": outer, "required": out_required}
        new_params["title"] = function["name"].replace("_", " ").title().replace(" ", "")
    return {**function, "parameters": new_params}


def reshaped_arguments(function: dict[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """An expected call of the flat ``function`` as a call of its reshaped declaration."""
    if shape_of(function["name"]) == "python":
        return dict(arguments)
    holder, inside, _ = nested_names(function)
    out = {n: v for n, v in arguments.items() if n not in inside}
    nested = {n: arguments[n] for n in inside if n in arguments}
    if nested:
        out[holder] = nested
    return out


def reshaped(data: dict[str, Any]) -> dict[str, Any]:
    """A function-calling suite's data with every function reshaped and every expected call with it."""
    by_name = {fn["name"]: fn for fn in data["functions"]}
    functions = [reshaped_function(fn) for fn in data["functions"]]
    requests = [
        {**r, "arguments": reshaped_arguments(by_name[r["function"]], r["arguments"])}
        for r in data["requests"]
    ]
    return json.loads(json.dumps({"version": data["version"], "functions": functions, "requests": requests}))
