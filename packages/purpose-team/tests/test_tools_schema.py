"""The JSON-schema subset validator: what tool arguments are checked against."""

from __future__ import annotations

import pytest
from purpose_team.tools.schema import check_schema, coerce, validate

SCHEMA = {
    "type": "object",
    "properties": {
        "query": {"type": "string", "minLength": 1, "maxLength": 10, "pattern": "^[a-z]+$"},
        "k": {"type": "integer", "minimum": 1, "maximum": 5},
        "ratio": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
        "mode": {"enum": ["fast", "slow"]},
        "flags": {"type": "array", "items": {"type": "boolean"}, "minItems": 1, "maxItems": 2},
        "nested": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]},
        "maybe": {"type": ["string", "null"]},
    },
    "required": ["query"],
    "additionalProperties": False,
}


def test_valid_arguments_pass() -> None:
    args = {
        "query": "abc",
        "k": 3,
        "ratio": 0.5,
        "mode": "fast",
        "flags": [True],
        "nested": {"x": 1},
        "maybe": None,
    }
    assert validate(args, SCHEMA) == []
    assert validate({"query": "abc", "k": 2.0}, SCHEMA) == []  # 2.0 is an integer in JSON schema


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        ({}, "missing the required 'query'"),
        ({"query": 12}, "'query' must be a string, got 12"),
        ({"query": ""}, "at least 1 characters"),
        ({"query": "a" * 11}, "at most 10 characters"),
        ({"query": "ABC"}, "must match the pattern"),
        ({"query": "a", "k": 0}, "at least 1"),
        ({"query": "a", "k": 9}, "at most 5"),
        ({"query": "a", "k": True}, "must be a integer"),
        ({"query": "a", "k": 1.5}, "must be a integer"),
        ({"query": "a", "ratio": 1}, "less than 1"),
        ({"query": "a", "ratio": 0}, "greater than 0"),
        ({"query": "a", "ratio": float("nan")}, "must be a number"),
        ({"query": "a", "mode": "medium"}, "must be one of 'fast', 'slow'"),
        ({"query": "a", "flags": []}, "at least 1 items"),
        ({"query": "a", "flags": [1]}, "'flags[0]' must be a boolean"),
        ({"query": "a", "nested": {}}, "missing the required 'nested.x'"),
        ({"query": "a", "extra": 1}, "'extra' is not a parameter of this tool; parameters: flags, k"),
        ({"query": {"type": "string"}}, "you sent its schema"),
    ],
)
def test_errors_name_the_argument(args: dict[str, object], fragment: str) -> None:
    errors = validate(args, SCHEMA)
    assert errors and any(fragment in e for e in errors), errors


def test_error_count_is_bounded() -> None:
    schema = {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(20)}}
    assert len(validate({f"p{i}": i for i in range(20)}, schema)) == 5


def test_check_schema_reports_unsupported_and_malformed() -> None:
    assert check_schema(SCHEMA) == []
    problems = check_schema(
        {
            "type": "object",
            "properties": {"a": {"type": "strng", "oneOf": []}},
            "required": ["b"],
            "additionalProperties": "no",
        }
    )
    text = " | ".join(problems)
    assert "unsupported keyword(s) oneOf" in text
    assert "type must be one of" in text
    assert "undeclared properties: b" in text
    assert "additionalProperties: must be a boolean" in text
    assert check_schema({"type": "string", "pattern": "("})[0].startswith("parameters.pattern")
    assert check_schema("nope") == ["parameters: a schema must be a JSON object, got str"]


def test_coerce_repairs_only_unambiguous_scalars() -> None:
    out = coerce({"query": "12", "k": " 3 ", "ratio": "0.25", "flags": "true", "mode": "x"}, SCHEMA)
    assert out == {"query": "12", "k": 3, "ratio": 0.25, "flags": "true", "mode": "x"}
    schema = {"type": "object", "properties": {"on": {"type": "boolean"}, "n": {"type": "integer"}}}
    assert coerce({"on": "False", "n": "1e3"}, schema) == {"on": False, "n": "1e3"}


# -- schemas as tools are commonly written: pydantic, Python type names, older drafts -----------------


def test_a_pydantic_models_schema_becomes_the_subset_and_validates_as_it_means() -> None:
    from typing import Literal

    import pydantic
    from purpose_team.tools.schema import normalize_schema

    class Place(pydantic.BaseModel):
        city: str
        country: str = "FR"

    class Booking(pydantic.BaseModel):
        nights: int
        budget: float | None = None
        room: Literal["single", "double"] | None = None
        guest_id: int | str
        note: str | None
        place: Place

    raw = Booking.model_json_schema()
    assert check_schema(raw)  # as pydantic writes it: $defs, $ref, anyOf are outside the subset
    schema = normalize_schema(raw)
    assert check_schema(schema) == []
    props = schema["properties"]
    assert "$defs" not in schema
    assert props["place"]["properties"]["city"] == {"title": "City", "type": "string"}
    assert props["budget"]["type"] == "number" and props["room"]["enum"] == ["single", "double"]
    assert props["guest_id"]["type"] == ["integer", "string"]
    assert props["note"]["type"] == ["string", "null"]  # required, and null allowed: kept
    good = {"nights": 2, "guest_id": "g-1", "note": None, "place": {"city": "Lyon"}}
    assert validate(good, schema) == []
    wrong_room = validate({**good, "room": "suite"}, schema)
    assert wrong_room == ["'room' must be one of 'single', 'double'; got 'suite'"]
    assert validate({**good, "place": {}}, schema) == ["'place' is missing the required 'place.city'"]
    assert raw == Booking.model_json_schema()  # the input is left as it was


def test_python_type_names_and_older_drafts_mean_json_schema_types() -> None:
    from purpose_team.tools.schema import normalize_schema

    written = {
        "type": "dict",
        "properties": {
            "price": {"type": "float", "required": True, "exclusiveMinimum": True, "minimum": 0},
            "count": {"type": "Integer", "format": "int32", "description": "how many"},
            "tags": {"type": "tuple", "items": {"type": "str"}},
            "extra": {"type": "any"},
            "when": {"type": "string", "format": "date"},
            "flag": {"type": ["bool", "None"]},
        },
    }
    schema = normalize_schema(written)
    assert schema == {
        "type": "object",
        "properties": {
            "price": {"type": "number", "exclusiveMinimum": 0},
            "count": {"type": "integer", "description": "how many (format: int32)"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "extra": {},
            "when": {"type": "string", "description": "format: date"},
            "flag": {"type": ["boolean", "null"]},
        },
        "required": ["price"],
    }
    assert check_schema(schema) == []
    assert validate({"price": 0}, schema) == ["'price' must be greater than 0, got 0"]


def test_what_cannot_be_rewritten_is_left_for_check_schema_to_name() -> None:
    from purpose_team.tools.schema import normalize_schema

    recursive = {
        "type": "object",
        "properties": {"tree": {"$ref": "#/$defs/Node"}},
        "$defs": {"Node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/Node"}}}},
    }
    problems = check_schema(normalize_schema(recursive))
    assert any("$ref" in p for p in problems)
    mixed = {"type": "object", "properties": {"x": {"anyOf": [{"type": "string"}, {"type": "object"}]}}}
    assert normalize_schema(mixed) == {"type": "object", "properties": {"x": {"type": ["string", "object"]}}}
    shaped = {"anyOf": [{"type": "string", "minLength": 2}, {"type": "integer", "minimum": 1}]}
    kept = normalize_schema({"type": "object", "properties": {"x": shaped}})
    assert kept["properties"]["x"] == shaped and any("anyOf" in p for p in check_schema(kept))
    assert any("type must be one of" in p for p in check_schema(normalize_schema({"type": "frobnicate"})))


@pytest.mark.parametrize("schema", [SCHEMA, {"type": "object"}, {"type": "object", "properties": {}}])
def test_a_schema_already_in_the_subset_comes_back_equal_in_the_same_order(schema: dict) -> None:
    import json

    from purpose_team.tools.schema import normalize_schema

    assert json.dumps(normalize_schema(schema)) == json.dumps(schema)


def test_a_null_for_an_optional_parameter_is_the_parameter_left_out() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": ["string", "null"]}}}
    assert coerce({"a": None, "b": None}, schema) == {"b": None}
    required = {**schema, "required": ["a"]}
    assert coerce({"a": None}, required) == {"a": None}  # required: left for validate to report
    (problem,) = validate(coerce({"a": None}, required), required)
    assert problem.startswith("'a' must be a") and "integer, got None" in problem
