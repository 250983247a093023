"""Structured output for backends that cannot constrain decoding: extract, repair, validate, retry.

Small models break JSON in a few predictable ways: prose or code fences around the object, trailing
commas, single quotes, Python literals, an object cut off by ``max_tokens``, and (the most common failure
of a 135M model) copying the schema itself (``{"type": "string"}``) instead of writing a value. This
module fixes what can be fixed mechanically, checks the result against the schema, and otherwise asks
again with the error fed back, a bounded number of times, before raising :class:`InvalidOutputError`.

Backends that *can* constrain decoding (a grammar, a server-side ``response_format``) still run their
output through :func:`complete_with_schema` with ``constrained=True``: the grammar guarantees the shape,
but a truncated or schema-copying answer must still not pass silently.

It left purpose-core (it was ``purpose_agent.llm.repair``): the kernel's runtime never calls it, the
ReAct strategy (purpose-react) and the backends (purpose-slm-*) do.

Validation is core's one JSON-schema validator (``purpose_agent.plugin.validate``, also behind tool
arguments): type, enum, const, properties, required, additionalProperties, items, bounds,
lengths, pattern, anyOf/oneOf/allOf; core stays free of a ``jsonschema`` dependency. ``validate`` is
re-exported here for the backends and tests that import it from this module.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Sequence
from typing import Any

from purpose_agent.plugin import JSON_SCHEMA_TYPES, Completion, InvalidOutputError, Message, Usage, validate

from purpose_repair.dialect import standard_schema

DEFAULT_ATTEMPTS = 3

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_UNQUOTED_KEY = re.compile(r"([{,]\s*)([A-Za-z_][A-Za-z0-9_\-]*)(\s*:)")
_PY_LITERALS = {"True": "true", "False": "false", "None": "null"}
_SCHEMA_WORDS = {"type", "properties", "required", "items", "enum", "$schema", "additionalProperties"}


# -- extraction and mechanical repair --------------------------------------------------------------


def _first_balanced(text: str) -> str | None:
    """The first ``{...}`` (or ``[...]``) span with balanced brackets, or an unclosed tail if cut off."""
    start = next((i for i, ch in enumerate(text) if ch in "{["), None)
    if start is None:
        return None
    stack: list[str] = []
    in_string = False
    quote = ""
    escaped = False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                in_string = False
            continue
        if ch in "\"'":
            in_string, quote = True, ch
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]":
            if not stack or stack[-1] != ch:
                return text[start:i]  # mismatched bracket: hand the prefix to the closer below
            stack.pop()
            if not stack:
                return text[start : i + 1]
    return text[start:]


def _close_truncated(candidate: str) -> str:
    """Close strings and brackets left open when generation stopped at ``max_tokens``."""
    stack: list[str] = []
    in_string = False
    escaped = False
    for ch in candidate:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append("}" if ch == "{" else "]")
        elif ch in "}]" and stack and stack[-1] == ch:
            stack.pop()
    out = candidate + ('"' if in_string else "")
    out = re.sub(r"[,:]\s*$", "", out.rstrip())
    return out + "".join(reversed(stack))


def _python_literals(text: str) -> str:
    return re.sub(r"\b(True|False|None)\b", lambda m: _PY_LITERALS[m.group(1)], text)


def _single_quotes(text: str) -> str:
    if '"' in text:
        return text
    return text.replace("'", '"')


def _repairs(candidate: str) -> list[str]:
    steps: list[Callable[[str], str]] = [
        lambda s: s,
        lambda s: _TRAILING_COMMA.sub(r"\1", s),
        _python_literals,
        _single_quotes,
        lambda s: _UNQUOTED_KEY.sub(r'\1"\2"\3', s),
        _close_truncated,
        lambda s: _TRAILING_COMMA.sub(r"\1", s),
    ]
    out: list[str] = []
    current = candidate
    for step in steps:
        current = step(current)
        out.append(current)
    return out


def extract_json(text: str) -> Any:
    """Return the first JSON value in ``text``, repairing common breakage; raise ``ValueError`` if none."""
    sources = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    last_error = "no JSON object found"
    for source in sources:
        candidate = _first_balanced(source)
        if candidate is None:
            continue
        for attempt in _repairs(candidate.strip()):
            try:
                return json.loads(attempt, strict=False)  # raw newlines inside strings are common
            except json.JSONDecodeError as exc:
                last_error = f"not valid JSON ({exc.msg} at character {exc.pos})"
    raise ValueError(last_error)


# -- validation ------------------------------------------------------------------------------------


def copies_schema(value: Any, schema: dict[str, Any]) -> bool:
    """True when ``value`` looks like the schema (or a piece of it) rather than data conforming to it.

    Small models often answer ``{"type": "object", "properties": ...}`` or fill a field with
    ``{"type": "string"}``. Keys that the schema itself declares are not counted.
    """
    if isinstance(value, dict):
        declared = set(schema.get("properties", {})) if isinstance(schema, dict) else set()
        words = (set(value) - declared) & _SCHEMA_WORDS
        if "type" in words and (len(words) >= 2 or value.get("type") in JSON_SCHEMA_TYPES):
            return True
        props = schema.get("properties", {}) if isinstance(schema, dict) else {}
        return any(copies_schema(v, props.get(k, {})) for k, v in value.items() if isinstance(v, dict))
    return False


def parse_and_validate(text: str, schema: dict[str, Any]) -> tuple[Any, list[str]]:
    """Extract and repair JSON from ``text``; return the value and the problems left (empty when valid)."""
    try:
        value = extract_json(text)
    except ValueError as exc:
        return None, [str(exc)]
    if copies_schema(value, schema):
        return value, ["the reply copied the JSON schema instead of filling in values"]
    return value, validate(value, schema)


# -- the retry loop --------------------------------------------------------------------------------


def schema_instruction(schema: dict[str, Any]) -> str:
    """The instruction for a backend that cannot constrain decoding; short, because contexts are small."""
    return (
        "Reply with only one JSON object, no prose, that matches this JSON schema: "
        f"{json.dumps(schema, separators=(',', ':'))}. Write actual values; do not repeat the schema."
    )


def with_instruction(messages: Sequence[Message], schema: dict[str, Any]) -> list[Message]:
    """Add the schema instruction to the system message (or as a new first system message)."""
    text = schema_instruction(schema)
    out = list(messages)
    if out and out[0].role == "system":
        out[0] = Message(role="system", content=f"{out[0].content}\n\n{text}")
    else:
        out.insert(0, Message(role="system", content=text))
    return out


def complete_with_schema(
    generate: Callable[[list[Message]], Completion],
    messages: Sequence[Message],
    schema: dict[str, Any],
    *,
    constrained: bool,
    attempts: int = DEFAULT_ATTEMPTS,
) -> Completion:
    """Call ``generate`` until its text is schema-valid JSON; the result's text is the normalized JSON.

    ``generate`` makes one raw model call for the given messages (with the backend's native constraint,
    if it has one). When ``constrained`` is false the schema is also written into the prompt. Each failed
    attempt is fed back as an assistant turn plus a user turn naming the errors; after ``attempts`` calls
    :class:`InvalidOutputError` says what was wrong with the last reply.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    start = time.perf_counter()
    convo = list(messages) if constrained else with_instruction(messages, schema)
    usage = Usage()
    problems: list[str] = []
    last_text = ""
    for _ in range(attempts):
        result = generate(convo)
        usage = Usage(
            prompt_tokens=usage.prompt_tokens + result.usage.prompt_tokens,
            completion_tokens=usage.completion_tokens + result.usage.completion_tokens,
        )
        last_text = result.text
        value, problems = parse_and_validate(result.text, schema)
        if not problems:
            return result.model_copy(
                update={
                    "text": json.dumps(value, ensure_ascii=False),
                    "usage": usage,
                    "seconds": time.perf_counter() - start,
                }
            )
        feedback = "; ".join(problems[:5])
        convo = [
            *convo,
            Message(role="assistant", content=result.text or "(empty reply)"),
            Message(
                role="user",
                content=f"That reply is not valid: {feedback}. Reply with only the corrected JSON object.",
            ),
        ]
    raise InvalidOutputError(
        f"the model did not produce JSON matching the schema after {attempts} attempt(s): "
        f"{'; '.join(problems[:5])}. Last reply: {last_text[:200]!r}. Use a backend with constrained "
        f"decoding (llama.cpp, Ollama, or an OpenAI-compatible server with response_format), a larger "
        f"model, or a simpler schema"
    )


# -- tool calls through a schema -------------------------------------------------------------------

TOOL_KEY = "tool"
ARGUMENTS_KEY = "arguments"
ANSWER_KEY = "answer"


def tool_call_schema(tools: Sequence[Any]) -> dict[str, Any]:
    """A schema whose instances are either one call of one of ``tools`` or a plain answer.

    Backends without native tool calls constrain decoding to it, so a small model can only name a tool
    that exists and must fill that tool's parameters, or answer in words. ``tools`` are
    :class:`~purpose_agent.llm.protocol.ToolSpec` objects; their parameters' type names as JSON Schema's
    (:func:`~purpose_repair.dialect.standard_schema`).
    """
    options: list[dict[str, Any]] = [
        {
            "type": "object",
            "properties": {TOOL_KEY: {"const": spec.name}, ARGUMENTS_KEY: standard_schema(spec.parameters)},
            "required": [TOOL_KEY, ARGUMENTS_KEY],
            "additionalProperties": False,
        }
        for spec in tools
    ]
    options.append(
        {
            "type": "object",
            "properties": {ANSWER_KEY: {"type": "string"}},
            "required": [ANSWER_KEY],
            "additionalProperties": False,
        }
    )
    return {"anyOf": options}


def tools_instruction(tools: Sequence[Any]) -> str:
    """A compact description of ``tools`` for the prompt of a backend without native tool calls."""
    lines = [
        f'To call a tool reply {{"{TOOL_KEY}": name, "{ARGUMENTS_KEY}": {{...}}}}; '
        f'to answer directly reply {{"{ANSWER_KEY}": text}}. Tools:'
    ]
    for spec in tools:
        params = ", ".join(
            f"{key}: {prop.get('type', 'any')}" for key, prop in spec.parameters.get("properties", {}).items()
        )
        lines.append(f"- {spec.name}({params}): {spec.description}".rstrip(": "))
    return "\n".join(lines)


def split_tool_reply(value: Any, tools: Sequence[Any]) -> tuple[str, dict[str, Any] | None]:
    """Turn a reply that follows :func:`tool_call_schema` into (answer text, tool call or None)."""
    names = {spec.name for spec in tools}
    if isinstance(value, dict) and value.get(TOOL_KEY) in names:
        arguments = value.get(ARGUMENTS_KEY)
        return "", {"name": value[TOOL_KEY], "arguments": arguments if isinstance(arguments, dict) else {}}
    if isinstance(value, dict) and isinstance(value.get(ANSWER_KEY), str):
        return value[ANSWER_KEY], None
    return json.dumps(value, ensure_ascii=False), None
