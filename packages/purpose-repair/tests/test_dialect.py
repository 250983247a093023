"""``standard_schema``: other formats' type names as JSON Schema's, at any depth, and nothing else changed."""

from __future__ import annotations

import copy

from purpose_agent.plugin import ToolSpec, validate
from purpose_repair import standard_schema, tool_call_schema

DIALECT = {
    "type": "dict",
    "properties": {
        "amount": {"type": "float", "description": "in dollars"},
        "count": {"type": "int"},
        "tags": {"type": "list", "items": {"type": "str"}},
        "point": {"type": "tuple", "items": {"type": "float"}},
        "options": {"type": "dict", "properties": {"fast": {"type": "bool"}}},
        "either": {"anyOf": [{"type": "Double"}, {"type": "long"}]},
        "note": {"type": ["str", "null"]},
        "anything": {"type": "any"},
    },
    "required": ["amount", "count"],
}


def test_every_aliased_type_is_rewritten_at_any_depth() -> None:
    before = copy.deepcopy(DIALECT)
    schema = standard_schema(DIALECT)
    assert DIALECT == before  # a copy: the tool's own schema is left as it was
    props = schema["properties"]
    assert schema["type"] == "object"
    assert [props[n]["type"] for n in ("amount", "count", "tags", "point", "options")] == [
        "number", "integer", "array", "array", "object",
    ]  # fmt: skip
    assert props["tags"]["items"] == {"type": "string"}
    assert props["options"]["properties"]["fast"] == {"type": "boolean"}
    assert props["either"]["anyOf"] == [{"type": "number"}, {"type": "integer"}]
    assert props["note"]["type"] == ["string", "null"]
    assert "type" not in props["anything"]  # any value
    assert props["amount"]["description"] == "in dollars" and schema["required"] == ["amount", "count"]
    # now the validator checks what it could not: a word for a float, a float for an int
    assert validate({"amount": "ten", "count": 2}, DIALECT) == []
    assert validate({"amount": "ten", "count": 2.5}, schema) != []
    assert validate({"amount": 10.5, "count": 2, "anything": [1]}, schema) == []


def test_a_standard_schema_comes_back_equal_and_tool_calls_use_it() -> None:
    plain = {"type": "object", "properties": {"x": {"type": "number"}}, "required": ["x"]}
    assert standard_schema(plain) == plain
    assert standard_schema(True) is True  # a boolean schema is left alone
    options = tool_call_schema([ToolSpec(name="pay", parameters=DIALECT)])["anyOf"]
    assert options[0]["properties"]["arguments"]["properties"]["amount"]["type"] == "number"
