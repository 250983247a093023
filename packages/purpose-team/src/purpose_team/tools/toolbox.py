"""The toolbox the runtime calls tools through: specs, validation, timeouts, retrieval.

Every way a call can go wrong (unknown tool, arguments that are not JSON, arguments that break the
schema, a tool that raises, hangs or returns the wrong type) ends as a :class:`ToolResult` the agent can
read, never as an exception that ends the episode. A small model will call tools wrongly; the useful
response is a precise observation it can correct from.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any

from purpose_agent.plugin import ToolError, ToolResult, ToolSpec

from purpose_team.tools.function import as_tool
from purpose_team.tools.schema import coerce, normalize_schema, validate
from purpose_team.tools.select import select_tools
from purpose_team.tools.spec import check_tool, tool_spec

log = logging.getLogger("purpose_agent")

#: Extra seconds the toolbox waits past a tool's own ``timeout_s`` before giving up on it; tools that
#: enforce their own limit (the Python sandbox kills its process) report first and more precisely.
DEFAULT_GRACE_S = 1.0
MAX_ARGUMENT_CHARS = 100_000


class ToolBox:
    """A named set of tools with one safe way in: :meth:`call`."""

    def __init__(
        self, tools: Iterable[Any] = (), *, grace_s: float = DEFAULT_GRACE_S, coerce_arguments: bool = True
    ) -> None:
        self._tools: dict[str, Any] = {}
        self._schemas: dict[str, dict[str, Any]] = {}
        """Each tool's parameter schema in the supported subset (see ``normalize_schema``), which calls
        are coerced and validated against."""
        self.grace_s = grace_s
        self.coerce_arguments = coerce_arguments
        for tool in tools:
            self.add(tool)

    @classmethod
    def from_registry(cls, registry: Any, **options: Any) -> ToolBox:
        """Build from the tool registry that ``register_tools`` filled (``PluginManager.tools()``)."""
        return cls(registry.items(), **options)

    def add(self, tool: Any) -> Any:
        """Add a tool (a plain typed function becomes one: :func:`~purpose_team.tools.function.tool`); one
        that cannot be offered to a model is refused with every reason at once."""
        tool = as_tool(tool)
        problems = check_tool(tool)
        if problems:
            label = getattr(tool, "name", type(tool).__name__)
            raise ToolError(f"tool {label!r} is not usable: " + "; ".join(problems))
        if tool.name in self._tools:
            raise ToolError(f"a tool named {tool.name!r} is already in this toolbox; rename one of them")
        self._tools[tool.name] = tool
        self._schemas[tool.name] = normalize_schema(tool.parameters)
        return tool

    # -- looking up ---------------------------------------------------------------------------------

    def names(self) -> list[str]:
        return list(self._tools)

    def get(self, name: str) -> Any:
        try:
            return self._tools[name]
        except KeyError:
            raise ToolError(
                f"no tool named {name!r}; available: {', '.join(self._tools) or 'none'}"
            ) from None

    def is_stateful(self, name: str) -> bool:
        """Whether the same call can answer differently (``stateful = True`` on the tool): such calls
        are never answered from the runtime's repeated-call cache."""
        tool = self._tools.get(name)
        return bool(getattr(tool, "stateful", False)) if tool is not None else False

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __len__(self) -> int:
        return len(self._tools)

    def select(self, task: str, k: int = 3, always: Iterable[str] = ()) -> list[Any]:
        """The few tools relevant to ``task`` (see :func:`purpose_team.tools.select.select_tools`)."""
        return select_tools(task, list(self._tools.values()), k=k, always=always)

    def for_task(self, task: str, k: int = 3, always: Iterable[str] = ()) -> ToolBox:
        """A toolbox holding only the tools relevant to ``task``: what a small model's prompt should see."""
        return ToolBox(
            self.select(task, k=k, always=always),
            grace_s=self.grace_s,
            coerce_arguments=self.coerce_arguments,
        )

    def specs(
        self, task: str | None = None, k: int | None = None, always: Iterable[str] = ()
    ) -> list[ToolSpec]:
        """Specs to put in the prompt: all tools, or the ``k`` most relevant to ``task``."""
        tools = list(self._tools.values()) if task is None else self.select(task, k=k or 3, always=always)
        return [tool_spec(t) for t in tools]

    # -- calling ------------------------------------------------------------------------------------

    def call(self, name: str, arguments: Mapping[str, Any] | str | None = None) -> ToolResult:
        """Validate and run one call; whatever happens, the answer is a :class:`ToolResult`."""
        started = time.perf_counter()
        tool = self._tools.get(name) if isinstance(name, str) else None
        if tool is None:
            available = ", ".join(self._tools) or "none"
            return _invalid(f"there is no tool named {name!r}; available tools: {available}", started)
        schema = self._schemas[tool.name]
        parsed = _parse_arguments(arguments)
        if isinstance(parsed, str):
            return _invalid(f"{parsed}. Example of a valid call: {_example_text(tool, schema)}", started)
        if self.coerce_arguments:
            parsed = coerce(parsed, schema)
        if parsed in (tool.parameters, schema) or (parsed.get("type") == "object" and "properties" in parsed):
            return _invalid(
                f"you sent the parameter schema of {name!r} instead of arguments; send values, "
                f"for example {_example_text(tool, schema)}",
                started,
            )
        errors = validate(parsed, schema)
        if errors:
            return _invalid(
                "; ".join(errors) + f". Example of a valid call: {_example_text(tool, schema)}", started
            )
        return self._run(tool, parsed, started)

    def _run(self, tool: Any, arguments: dict[str, Any], started: float) -> ToolResult:
        outcome: dict[str, Any] = {}

        def target() -> None:
            try:
                outcome["result"] = tool.run(**arguments)
            except BaseException as exc:  # reported as an observation, never re-raised
                outcome["exception"] = exc

        limit = float(tool.timeout_s) + self.grace_s
        # A daemon thread per call: a tool stuck in C code cannot be killed from Python, and a pool
        # would let one stuck call starve the next. Tools that can hang enforce their own limits.
        worker = threading.Thread(target=target, name=f"tool-{tool.name}", daemon=True)
        worker.start()
        worker.join(limit)
        seconds = time.perf_counter() - started
        if worker.is_alive():
            log.warning("tool %r did not return within %.1f s; abandoned", tool.name, limit)
            return ToolResult(
                status="timeout",
                error=f"{tool.name} did not finish within {tool.timeout_s:g} s",
                seconds=seconds,
            )
        if "exception" in outcome:
            exc = outcome["exception"]
            log.warning("tool %r raised %s: %s", tool.name, type(exc).__name__, exc)
            return ToolResult(
                status="error", error=f"{tool.name} failed: {type(exc).__name__}: {exc}", seconds=seconds
            )
        result = outcome.get("result")
        if isinstance(result, str):
            result = ToolResult(output=result)
        if not isinstance(result, ToolResult):
            return ToolResult(
                status="error",
                error=f"{tool.name} returned {type(result).__name__} instead of a ToolResult (a tool bug)",
                seconds=seconds,
            )
        if not result.seconds:
            result = result.model_copy(update={"seconds": seconds})
        return result


def _invalid(message: str, started: float) -> ToolResult:
    return ToolResult(status="invalid_arguments", error=message, seconds=time.perf_counter() - started)


def _parse_arguments(arguments: Mapping[str, Any] | str | None) -> dict[str, Any] | str:
    """Arguments as a dict, or a sentence saying why they are not one (models often send JSON text)."""
    if arguments is None:
        return {}
    if isinstance(arguments, str):
        if len(arguments) > MAX_ARGUMENT_CHARS:
            return f"the arguments are {len(arguments)} characters long; the limit is {MAX_ARGUMENT_CHARS}"
        text = arguments.strip() or "{}"
        try:
            arguments = json.loads(text)
        except json.JSONDecodeError as exc:
            return f"the arguments are not valid JSON ({exc.msg} at position {exc.pos}); send a JSON object"
    if not isinstance(arguments, Mapping):
        return f"the arguments must be a JSON object of named values, got {type(arguments).__name__}"
    if not all(isinstance(key, str) for key in arguments):
        return "argument names must be strings"
    return dict(arguments)


def _example_text(tool: Any, schema: Mapping[str, Any]) -> str:
    examples = getattr(tool, "examples", None) or []
    if examples:
        return json.dumps(examples[0], ensure_ascii=False)[:200]
    properties = schema.get("properties", {})
    required = schema.get("required", list(properties))
    sample = {name: f"<{properties.get(name, {}).get('type', 'value')}>" for name in required}
    return json.dumps(sample)
