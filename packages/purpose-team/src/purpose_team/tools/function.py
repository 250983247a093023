"""A tool from a typed Python function: ``@pa.tool``, or a plain function handed to a team or a toolbox.

Writing a tool class by hand (name, description, a JSON schema, ``timeout_s``, ``run``) repeats what a
typed function already says. :func:`tool` reads it from the function instead: its name, the first
paragraph of its docstring as the description the model chooses tools by, each parameter's description
from the docstring's ``Args:`` section (or ``Annotated[..., Field(description=...)]``), and the
parameters' schema from their type hints through pydantic, rewritten to the subset the toolbox checks
(:func:`~purpose_team.tools.schema.normalize_schema`: ``Optional``, ``Literal``, nested models). A call is
validated by the same pydantic model before the function runs, so the function receives the types it
declared (a ``float`` for ``"2.5"``, a model instance for a nested object), and its return value is the
observation: text as it is, anything else as JSON.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any, get_type_hints

from purpose_agent.plugin import ToolError, ToolResult

from purpose_team.tools.schema import normalize_schema

DEFAULT_TIMEOUT_S = 30.0
_ARGS_HEADER = re.compile(r"^\s*(?:Args|Arguments|Parameters)\s*:\s*$")
_ARG_LINE = re.compile(r"^\s*(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


class PythonTool:
    """A typed function offered as a tool (see the module doc); calling it calls the function."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        import pydantic

        if not callable(fn):
            raise ToolError(f"a tool needs a function, got {type(fn).__name__}")
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "")
        doc = inspect.getdoc(fn) or ""
        summary, argument_docs = _read_docstring(doc)
        self.description = description or summary
        self.timeout_s = timeout_s
        try:
            signature = inspect.signature(fn)
            hints = get_type_hints(fn, include_extras=True)
        except (TypeError, ValueError, NameError) as exc:
            hint = (
                " (import the names its type hints use where the function is defined)"
                if isinstance(exc, NameError)
                else ""
            )
            raise ToolError(
                f"tool {self.name!r}: cannot read the function's signature ({exc}){hint}"
            ) from None
        fields: dict[str, Any] = {}
        for parameter in signature.parameters.values():
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                raise ToolError(
                    f"tool {self.name!r}: *{parameter.name} cannot be a tool parameter; name each argument"
                )
            if parameter.kind is parameter.POSITIONAL_ONLY:
                raise ToolError(
                    f"tool {self.name!r}: {parameter.name} is positional-only; a model names arguments"
                )
            annotation = hints.get(parameter.name, Any)
            default = ... if parameter.default is parameter.empty else parameter.default
            said = argument_docs.get(parameter.name)
            fields[parameter.name] = (
                annotation,
                pydantic.Field(default, description=said) if said else default,
            )
        try:
            self._model = pydantic.create_model(f"{self.name}_arguments", **fields)
            schema = self._model.model_json_schema()
        except (pydantic.PydanticUserError, pydantic.PydanticSchemaGenerationError, TypeError) as exc:
            raise ToolError(f"tool {self.name!r}: its type hints give no JSON schema ({exc})") from None
        schema.pop("title", None)
        for prop in (schema.get("properties") or {}).values():
            if isinstance(prop, dict) and prop.get("title", "").replace(" ", "_").lower() in fields:
                prop.pop("title")  # pydantic's title is the name again: words the model would read twice
        self.parameters: dict[str, Any] = normalize_schema(schema)
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn

    def run(self, **arguments: Any) -> ToolResult:
        import pydantic

        try:
            parsed = self._model.model_validate(arguments)
        except pydantic.ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in exc.errors()[:5]
            )
            return ToolResult(status="invalid_arguments", error=f"{self.name}: {problems}")
        values = {name: getattr(parsed, name) for name in type(parsed).model_fields}
        result = self.fn(**values)
        if isinstance(result, ToolResult):
            return result
        if isinstance(result, str):
            return ToolResult(output=result)
        if isinstance(result, pydantic.BaseModel):
            return ToolResult(
                output=result.model_dump_json(), data={"result": result.model_dump(mode="json")}
            )
        try:
            return ToolResult(output=json.dumps(result, ensure_ascii=False), data={"result": result})
        except (TypeError, ValueError):  # not JSON as it is: written with str() where it must be, no data
            pass
        try:
            text = json.dumps(result, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = str(result)
        return ToolResult(output=text)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<tool {self.name}: {self.description[:60]!r}>"


def tool(
    fn: Callable[..., Any] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> Any:
    """``@pa.tool`` or ``@pa.tool(name=..., timeout_s=...)``: the function as a :class:`PythonTool`."""
    if fn is None:
        return lambda f: PythonTool(f, name=name, description=description, timeout_s=timeout_s)
    return PythonTool(fn, name=name, description=description, timeout_s=timeout_s)


def as_tool(item: Any) -> Any:
    """``item`` itself when it is a tool object; a plain function as a :class:`PythonTool`."""
    if (
        callable(item)
        and not callable(getattr(item, "run", None))
        and (inspect.isfunction(item) or inspect.ismethod(item) or inspect.isbuiltin(item))
    ):
        return PythonTool(item)
    return item


def _read_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """The first paragraph, and each argument's text from an ``Args:`` section (Google style: entries
    ``name: text`` or ``name (type): text`` one indent in, continued on deeper lines; the section ends at
    a line indented less, such as ``Returns:``)."""
    lines = doc.splitlines()
    head: list[str] = []
    for line in lines:
        if not line.strip() or _ARGS_HEADER.match(line):
            break
        head.append(line.strip())
    found: dict[str, str] = {}
    start = next((i for i, line in enumerate(lines) if _ARGS_HEADER.match(line)), None)
    if start is None:
        return " ".join(head), found
    base: int | None = None
    current: str | None = None
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        base = indent if base is None else base
        if indent < base:
            break
        match = _ARG_LINE.match(line)
        if indent == base and match:
            current = match.group(1).lstrip("*")
            found[current] = match.group(2).strip()
        elif current is not None:
            found[current] = f"{found[current]} {line.strip()}".strip()
    return " ".join(head), found
