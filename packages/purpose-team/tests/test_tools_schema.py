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
