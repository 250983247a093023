"""The ToolContract kit: a good tool passes every check, a sloppy one fails with a useful message."""

from __future__ import annotations

from typing import Any

import pytest
from purpose_agent.plugin import ToolResult
from purpose_agent.testing import ToolContract


class WordCount:
    name = "word_count"
    description = "Count the words in a text"
    timeout_s = 1.0
    parameters: dict[str, Any] = {
        "type": "object",
        "properties": {"text": {"type": "string", "maxLength": 10000}},
        "required": ["text"],
        "additionalProperties": False,
    }
    examples = [{"text": "one two three"}]

    def run(self, **arguments: Any) -> ToolResult:
        text = arguments.get("text")
        if not isinstance(text, str):
            return ToolResult(status="invalid_arguments", error="text must be a string")
        return ToolResult(output=str(len(text.split())))


class TestWordCountContract(ToolContract):
    tool = WordCount()


class NoExamples(WordCount):
    examples: list[dict[str, Any]] = []


class AcceptsAnything(WordCount):
    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(arguments))


class Crashes(WordCount):
    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(len(arguments["text"].split())))


class BadExample(WordCount):
    examples = [{"txt": "typo"}]


@pytest.mark.parametrize(
    ("tool", "check", "message"),
    [
        (NoExamples(), "test_has_valid_examples", "give the tool an 'examples' attribute"),
        (BadExample(), "test_has_valid_examples", "breaks the tool's own schema"),
        (AcceptsAnything(), "test_direct_bad_call_does_not_raise", "a wrong argument was accepted"),
        (Crashes(), "test_direct_bad_call_does_not_raise", "must answer wrong input with a result"),
    ],
)
def test_contract_catches_sloppy_tools(tool: Any, check: str, message: str) -> None:
    contract = type("Case", (ToolContract,), {"tool": tool})()
    with pytest.raises(AssertionError, match=message):
        getattr(contract, check)()


def test_contract_without_a_tool_says_what_to_do() -> None:
    with pytest.raises(AssertionError, match="set the class attribute 'tool'"):
        ToolContract().test_is_usable_tool()
