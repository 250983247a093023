"""Core's one JSON-schema validator, as both of its callers use it: tool arguments and model replies."""

from __future__ import annotations

import pytest
from purpose_agent.llm.json_schema import MAX_ERRORS, REPLY, TOOL_ARGUMENTS, validate
from purpose_team.tools import schema as tool_schema

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "pattern": "^[A-Z]"},
        "age": {"type": "integer", "minimum": 0},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
    },
    "required": ["name"],
    "additionalProperties": False,
}


def test_both_callers_share_one_engine_and_differ_only_in_words() -> None:
    bad = {"name": "ada", "age": 1.5, "tags": ["a", 2, "c"], "x": 1}
    as_tool = tool_schema.validate(bad, PERSON)
    as_reply = validate(bad, PERSON)  # what purpose-repair checks replies with (REPLY wording)
    assert len(as_tool) == len(as_reply) == 5
    assert (
        as_tool[:4]
        == as_reply[:4]
        == [
            "'name' must match the pattern '^[A-Z]'",
            "'age' must be a integer, got 1.5",
            "'tags' must have at most 2 items, got 3",
            "'tags[1]' must be a string, got 2",
        ]
    )
    assert as_tool[4] == "'x' is not a parameter of this tool; parameters: age, name, tags"
    assert as_reply[4] == "'x' is not an allowed key; allowed keys: age, name, tags"
    assert validate({}, PERSON, wording=TOOL_ARGUMENTS) == ["the arguments is missing the required 'name'"]
    assert validate({}, PERSON, wording=REPLY) == ["the reply is missing the required 'name'"]


def test_json_number_rules() -> None:
    assert validate(2.0, {"type": "integer"}) == []  # JSON schema: 2.0 is an integer
    assert validate(True, {"type": "integer"}) == ["the reply must be a integer, got True"]
    assert validate(float("nan"), {"type": "number"}) == ["the reply must be a number, got nan"]
    assert validate((1, 2), {"type": "array", "items": {"type": "integer"}}) == []


def test_combinators_report_the_closest_alternative() -> None:
    either = {"anyOf": [{"type": "string"}, {"type": "integer", "maximum": 3}]}
    assert validate("x", either) == [] and validate(3, either) == []
    assert validate(9, either) == [
        "the reply matches none of the anyOf alternatives; closest: the reply must be a string, got 9"
    ]
    both = {"allOf": [{"type": "string"}, {"minLength": 3}]}
    assert validate("ab", both) == ["the reply must have at least 3 characters"]
    assert validate(None, {"oneOf": []}) == ["the reply matches none of the oneOf alternatives"]


def test_schemas_that_constrain_nothing_and_limits() -> None:
    assert validate(object(), {}) == []
    assert validate(1, True) == []  # the JSON schema ``true`` allows anything
    assert validate(1, {"type": "decimal"}) == []  # not a JSON type: no constraint to check
    many = {"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(20)}}
    assert len(validate({f"p{i}": i for i in range(20)}, many)) == MAX_ERRORS
    deep: dict[str, object] = {"type": "array"}
    value: list[object] = []
    for _ in range(40):
        deep = {"type": "array", "items": deep}
        value = [value]
    assert any("nested too deeply" in e for e in validate(value, deep))


def test_a_copied_schema_is_named_as_such() -> None:
    errors = validate({"name": {"type": "string"}}, PERSON, wording=TOOL_ARGUMENTS)
    assert errors == [
        "'name' must be a string value; you sent its schema ({'type': 'string'}), send the value"
    ]


@pytest.mark.parametrize("keyword", ["anyOf", "oneOf", "allOf"])
def test_tool_schemas_still_refuse_combinators(keyword: str) -> None:
    problems = tool_schema.check_schema({"type": "object", keyword: [{"type": "object"}]})
    assert problems and f"unsupported keyword(s) {keyword}" in problems[0]
