"""The toolbox: every failure of a call is a ToolResult, never an exception; specs and timeouts."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from purpose_agent.plugin import ToolError, ToolResult
from purpose_team.tools import ToolBox, check_tool, tool_spec


class Echo:
    name = "echo"
    description = "Repeat a text a number of times"
    timeout_s = 1.0
    parameters: dict[str, Any] = {
        "type": "object",
        "properties": {"text": {"type": "string"}, "times": {"type": "integer", "minimum": 1, "maximum": 3}},
        "required": ["text"],
        "additionalProperties": False,
    }
    examples = [{"text": "hi", "times": 2}]

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def run(self, **arguments: Any) -> ToolResult:
        self.calls.append(arguments)
        return ToolResult(output=arguments["text"] * arguments.get("times", 1))


class Misbehaving:
    description = "A tool that goes wrong in the way its name says"
    parameters: dict[str, Any] = {"type": "object", "properties": {}}

    def __init__(self, name: str, behaviour: str, timeout_s: float = 0.2) -> None:
        self.name = name
        self.behaviour = behaviour
        self.timeout_s = timeout_s
        self.release = threading.Event()

    def run(self, **_: Any) -> Any:
        if self.behaviour == "raise":
            raise RuntimeError("disk on fire")
        if self.behaviour == "hang":
            self.release.wait(10)
            return ToolResult(output="late")
        if self.behaviour == "str":
            return "plain text"
        if self.behaviour == "none":
            return None
        if self.behaviour == "exit":
            raise SystemExit(3)
        return ToolResult(output="fine")


@pytest.fixture
def box() -> ToolBox:
    return ToolBox([Echo(), *(Misbehaving(b, b) for b in ("raise", "hang", "str", "none", "exit"))])


def test_valid_call_runs(box: ToolBox) -> None:
    result = box.call("echo", {"text": "ab", "times": 2})
    assert result.status == "ok" and result.output == "abab" and result.seconds > 0


def test_json_text_arguments_and_coercion(box: ToolBox) -> None:
    assert box.call("echo", '{"text": "x", "times": "3"}').output == "xxx"
    assert box.call("echo", "  ").status == "invalid_arguments"  # {} lacks the required text


@pytest.mark.parametrize(
    ("name", "arguments", "fragment"),
    [
        ("nope", {}, "there is no tool named 'nope'; available tools: echo"),
        ("echo", "{bad json", "not valid JSON"),
        ("echo", "[1, 2]", "must be a JSON object"),
        ("echo", {"text": 5}, "'text' must be a string, got 5"),
        ("echo", {"text": "a", "times": 9}, "at most 3"),
        ("echo", {"text": "a", "color": "red"}, "'color' is not a parameter"),
        ("echo", {}, "missing the required 'text'"),
        ("echo", Echo.parameters, "you sent the parameter schema"),
        ("echo", {"text": {"type": "string"}}, "you sent its schema"),
    ],
)
def test_wrong_calls_are_observations(box: ToolBox, name: str, arguments: Any, fragment: str) -> None:
    result = box.call(name, arguments)
    assert result.status == "invalid_arguments"
    assert fragment in (result.error or ""), result.error
    assert "[invalid_arguments]" in result.as_observation()
    if name == "echo":
        assert "Example of a valid call" in (result.error or "") or "for example" in (result.error or "")
        assert box.get("echo").calls == []


def test_tool_failures_become_results(box: ToolBox) -> None:
    raised = box.call("raise", {})
    assert raised.status == "error" and "RuntimeError: disk on fire" in (raised.error or "")
    assert box.call("exit", {}).status == "error"
    assert box.call("str", {}).output == "plain text"
    none = box.call("none", {})
    assert none.status == "error" and "instead of a ToolResult" in (none.error or "")


def test_hanging_tool_times_out(box: ToolBox) -> None:
    box.grace_s = 0.1
    started = time.perf_counter()
    result = box.call("hang", {})
    elapsed = time.perf_counter() - started
    box.get("hang").release.set()
    assert result.status == "timeout"
    assert 0.25 <= elapsed < 1.5


def test_unusable_tools_are_refused_with_every_reason() -> None:
    class Broken:
        name = "9 bad name"
        description = ""
        parameters = {"type": "array"}
        timeout_s = -1

    problems = check_tool(Broken())
    assert len(problems) == 5
    with pytest.raises(ToolError, match="not usable"):
        ToolBox([Broken()])
    with pytest.raises(ToolError, match="already in this toolbox"):
        ToolBox([Echo(), Echo()])
    with pytest.raises(ToolError, match="cannot be offered"):
        tool_spec(Broken())


def test_spec_is_the_openai_function_shape() -> None:
    spec = tool_spec(Echo()).as_openai()
    assert spec == {
        "type": "function",
        "function": {"name": "echo", "description": Echo.description, "parameters": Echo.parameters},
    }


def test_from_registry() -> None:
    from purpose_agent.plugin import Registry

    registry: Registry[Any] = Registry("tool")
    registry.add(Echo())
    assert ToolBox.from_registry(registry).names() == ["echo"]


def test_a_tool_declared_with_a_pydantic_schema_is_offered_and_called_by_its_meaning() -> None:
    import pydantic

    class Args(pydantic.BaseModel):
        text: str
        times: int | None = None

    class Pydantic(Echo):
        name = "echo_model"
        parameters = Args.model_json_schema()
        examples: list[dict[str, Any]] = []

    tool = Pydantic()
    assert check_tool(tool) == []
    spec = tool_spec(tool)
    assert spec.parameters["properties"]["times"] == {"type": "integer", "title": "Times"}  # null: no value
    box = ToolBox([tool])
    assert box.call("echo_model", {"text": "ab", "times": None}).output == "ab"  # null: left out
    assert tool.calls == [{"text": "ab"}]
    wrong = box.call("echo_model", {"text": "ab", "times": "x"})
    assert wrong.status == "invalid_arguments" and "'times' must be a" in (wrong.error or "")
    assert '"text": "<string>"' in (wrong.error or "")  # the example is written from the normalized schema
