"""JSON extraction, repair, validation and the bounded retry loop (purpose_repair, once purpose-core's)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from purpose_agent.plugin import InvalidOutputError, Message, ToolSpec
from purpose_agent.testing import ScriptedBackend
from purpose_repair import (
    complete_with_schema,
    copies_schema,
    extract_json,
    parse_and_validate,
    split_tool_reply,
    tool_call_schema,
    validate,
)

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer", "minimum": 0}},
    "required": ["name", "age"],
    "additionalProperties": False,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('Sure! Here it is: {"a": 1} Hope that helps.', {"a": 1}),
        ('```json\n{"a": [1, 2]}\n```', {"a": [1, 2]}),
        ('{"a": 1, "b": [1, 2,],}', {"a": 1, "b": [1, 2]}),
        ("{'a': 'x', 'b': True, 'c': None}", {"a": "x", "b": True, "c": None}),
        ('{a: 1, b_c: "two"}', {"a": 1, "b_c": "two"}),
        ('{"a": {"b": "cut off her', {"a": {"b": "cut off her"}}),
        ('{"a": [1, 2', {"a": [1, 2]}),
        ('{"text": "line one\nline two"}', {"text": "line one\nline two"}),
        ('{"q": "a } inside", "n": 2} trailing {"x": 1}', {"q": "a } inside", "n": 2}),
    ],
)
def test_extract_and_repair(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


def test_no_json_at_all() -> None:
    with pytest.raises(ValueError, match="no JSON"):
        extract_json("I cannot answer that.")


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_valid_json_round_trips_inside_prose(value: Any) -> None:
    if not isinstance(value, (dict, list)):
        value = {"v": value}
    assert extract_json(f"Answer: {json.dumps(value)} -- done") == value


def test_validate_reports_each_problem() -> None:
    assert validate({"name": "Ada", "age": 36}, SCHEMA) == []
    errors = validate({"name": 3, "age": -1, "extra": True}, SCHEMA)
    assert "'name' must be a string, got 3" in errors
    assert "'age' must be at least 0, got -1" in errors
    assert "'extra' is not an allowed key; allowed keys: age, name" in errors
    assert validate({"name": "x"}, SCHEMA) == ["the reply is missing the required 'age'"]
    assert validate(True, {"type": "integer"}) != []  # a bool is not an integer
    assert validate("b", {"enum": ["a"]}) != [] and validate(2, {"anyOf": [{"type": "string"}]}) != []


def test_schema_copy_is_detected() -> None:
    assert copies_schema({"type": "object", "properties": {"name": {"type": "string"}}}, SCHEMA)
    assert copies_schema({"name": {"type": "string"}, "age": 3}, SCHEMA)
    assert not copies_schema({"name": "Ada", "age": 3}, SCHEMA)
    # A schema that itself declares a "type" property is filled in, not copied.
    typed = {"type": "object", "properties": {"type": {"type": "string"}}}
    assert not copies_schema({"type": "string"}, typed)
    _, problems = parse_and_validate('{"type": "object", "properties": {}}', SCHEMA)
    assert problems == ["the reply copied the JSON schema instead of filling in values"]


def test_retry_feeds_the_error_back_and_succeeds() -> None:
    backend = ScriptedBackend(['{"type": "string"}', '{"name": "Ada", "age": 36}'])
    result = complete_with_schema(
        lambda convo: backend.complete(convo),
        [Message(role="user", content="A person")],
        SCHEMA,
        constrained=False,
    )
    assert json.loads(result.text) == {"name": "Ada", "age": 36}
    second = backend.calls[1]["messages"]
    assert (
        second[0].role == "system" and "JSON schema" in second[0].content
    )  # unconstrained: schema in prompt
    assert second[-2].content == '{"type": "string"}'
    assert "copied the JSON schema" in second[-1].content
    assert result.usage.completion_tokens == 2 + 4  # both attempts counted (scripted: one token a word)


def test_retries_are_bounded_then_invalid_output() -> None:
    backend = ScriptedBackend("no json here", repeat=True)
    with pytest.raises(InvalidOutputError, match="after 3 attempt"):
        complete_with_schema(
            lambda convo: backend.complete(convo),
            [Message(role="user", content="x")],
            SCHEMA,
            constrained=True,
        )
    assert len(backend.calls) == 3


def test_tool_call_schema_round_trip() -> None:
    spec = ToolSpec(name="add", parameters={"type": "object", "properties": {"a": {"type": "integer"}}})
    schema = tool_call_schema([spec])
    call = {"tool": "add", "arguments": {"a": 2}}
    assert validate(call, schema) == []
    assert validate({"answer": "four"}, schema) == []
    assert validate({"tool": "unknown", "arguments": {}}, schema) == [
        "the reply matches none of the anyOf alternatives; closest: 'tool' must be 'add', got 'unknown'"
    ]
    closest = "'arguments.a' must be a integer, got 'two'"
    assert validate({"tool": "add", "arguments": {"a": "two"}}, schema) == [
        f"the reply matches none of the anyOf alternatives; closest: {closest}"
    ]
    assert split_tool_reply(call, [spec]) == ("", {"name": "add", "arguments": {"a": 2}})
    assert split_tool_reply({"answer": "four"}, [spec]) == ("four", None)
