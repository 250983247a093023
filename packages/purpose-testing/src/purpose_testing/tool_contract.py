"""The conformance kit for tool plugins.

A third party proves a tool with one subclass::

    from purpose_agent.testing import ToolContract

    class TestFoo(ToolContract):
        tool = FooTool()

The contract checks what the runtime relies on: a usable name and description, a parameter schema inside
the subset core validates, that each example call (the tool's ``examples`` attribute, a list of valid
argument dicts) returns a :class:`ToolResult`, and that a wrong argument is refused as an observation
before the tool runs. Plain asserts only, so the kit imports nothing from pytest.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from purpose_agent.plugin import ToolBox, ToolResult, check_tool, tool_spec
from purpose_agent.plugin import validate_tool_arguments as validate

#: Values tried in turn for a wrong-type argument; the first that the property's schema rejects is used.
_WRONG_VALUES: tuple[Any, ...] = (12345, "not a number", True, ["a", "list"], {"an": "object"})


class _Spy:
    """Wraps the tool to learn whether a refused call reached ``run`` (it must not)."""

    def __init__(self, tool: Any) -> None:
        self._tool = tool
        self.calls = 0
        for attr in ("name", "description", "parameters", "timeout_s", "examples"):
            if hasattr(tool, attr):
                setattr(self, attr, getattr(tool, attr))

    def run(self, **arguments: Any) -> ToolResult:
        self.calls += 1
        result: ToolResult = self._tool.run(**arguments)
        return result


def bad_argument_calls(tool: Any) -> list[tuple[str, dict[str, Any]]]:
    """Calls that break the tool's schema: a wrong type, a missing required name, an unknown name."""
    parameters = tool.parameters
    properties: dict[str, Any] = parameters.get("properties", {})
    required: list[str] = list(parameters.get("required", []))
    examples = getattr(tool, "examples", None) or [{}]
    base = dict(examples[0])
    calls: list[tuple[str, dict[str, Any]]] = []
    for name, sub in properties.items():
        wrong = next((value for value in _WRONG_VALUES if validate(value, sub)), None)
        if wrong is not None:
            calls.append((f"{name} of the wrong type", {**base, name: wrong}))
    for name in required:
        calls.append((f"{name} missing", {k: v for k, v in base.items() if k != name}))
    if parameters.get("additionalProperties") is False:
        calls.append(("an unknown parameter", {**base, "__not_a_parameter__": 1}))
    return calls


class ToolContract:
    """Subclass with ``tool = YourTool()``; pytest collects the ``test_*`` methods."""

    tool: ClassVar[Any] = None

    def _tool(self) -> Any:
        assert self.tool is not None, "set the class attribute 'tool' to an instance of the tool under test"
        return self.tool

    def test_is_usable_tool(self) -> None:
        problems = check_tool(self._tool())
        assert not problems, "the tool cannot be offered to a model: " + "; ".join(problems)

    def test_spec_is_function_calling_json(self) -> None:
        spec = tool_spec(self._tool()).as_openai()
        assert spec["type"] == "function"
        assert spec["function"]["name"] == self._tool().name
        assert json.loads(json.dumps(spec)) == spec, "the spec must survive a JSON round trip unchanged"

    def test_has_valid_examples(self) -> None:
        tool = self._tool()
        examples = getattr(tool, "examples", None)
        assert isinstance(examples, list) and examples, (
            "give the tool an 'examples' attribute: a list of valid argument dicts (the contract runs them, "
            "and the toolbox shows the first to a model that called it wrongly)"
        )
        for example in examples:
            errors = validate(example, tool.parameters)
            assert not errors, f"example {example!r} breaks the tool's own schema: {'; '.join(errors)}"

    def test_examples_return_tool_results(self) -> None:
        tool = self._tool()
        box = ToolBox([tool])
        for example in getattr(tool, "examples", None) or []:
            result = box.call(tool.name, example)
            assert isinstance(result, ToolResult)
            assert result.status not in ("invalid_arguments", "timeout"), (
                f"the valid example {example!r} ended with {result.status}: {result.error}"
            )
            direct = tool.run(**example)
            assert isinstance(direct, ToolResult), f"run() returned {type(direct).__name__}, not a ToolResult"

    def test_bad_arguments_are_refused_as_observations(self) -> None:
        tool = self._tool()
        spy = _Spy(tool)
        box = ToolBox([spy])
        cases = bad_argument_calls(tool)
        cases.append(("arguments that are not JSON", "{not json"))  # type: ignore[arg-type]
        for label, arguments in cases:
            result = box.call(tool.name, arguments)
            assert result.status == "invalid_arguments", f"{label}: expected invalid_arguments, got {result}"
            assert result.error, f"{label}: the refusal must say what was wrong"
        assert spy.calls == 0, "a refused call reached run(); arguments must be validated first"

    def test_direct_bad_call_does_not_raise(self) -> None:
        """Called without the toolbox, a tool must still answer wrong input with a result, not a crash."""
        tool = self._tool()
        for label, arguments in bad_argument_calls(tool):
            wrong_type = "wrong type" in label
            try:
                result = tool.run(**arguments)
            except TypeError as exc:
                if not wrong_type:
                    continue  # a missing or unknown keyword is Python's own refusal before run() starts
                raise AssertionError(
                    f"{label}: run() must answer wrong input with a result, raised {exc!r}"
                ) from exc
            except Exception as exc:
                raise AssertionError(
                    f"{label}: run() must answer wrong input with a result, raised {exc!r}"
                ) from exc
            assert isinstance(result, ToolResult), f"{label}: run() returned {type(result).__name__}"
            if wrong_type:
                assert result.status != "ok", f"{label}: a wrong argument was accepted: {result.output[:100]}"
