"""Prompt compression for small context windows: fit history and tool specs into a token budget.

A 2048-token model cannot take a long conversation or verbose tool schemas. Old turns are replaced by
a short summary (extractive by default, or written by a model through ``summarize``), the summary is
shortened before anything recent is touched, and as a last resort the longest remaining turn is cut in
the middle. The system message and the latest user turn are always kept. Tool specs lose what a model
does not need to call them (titles, examples, parameter prose beyond a first sentence). Every result
reports the token counts before and after, counted with the backend's own tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from purpose_agent.plugin import Message, ToolSpec

CountTokens = Callable[[str], int]
#: Tokens a chat template adds around each message (role markers, separators).
PER_MESSAGE_OVERHEAD = 4
SUMMARY_HEADER = "Summary of the earlier conversation:"
_SENTENCE = re.compile(r"(.+?[.!?])(\s|$)", re.DOTALL)
_DROP_KEYS = {"title", "examples", "example", "$schema", "$comment", "default"}


@dataclass(frozen=True)
class Compressed:
    messages: list[Message]
    tokens_before: int
    tokens_after: int
    dropped_turns: int
    fits: bool

    def report(self) -> str:
        saved = self.tokens_before - self.tokens_after
        return (
            f"{self.tokens_before} -> {self.tokens_after} tokens ({saved} saved, "
            f"{self.dropped_turns} turn(s) summarised){'' if self.fits else '; still over budget'}"
        )


def _counter(counter: Any) -> CountTokens:
    """Accept a backend (its ``count_tokens``) or a plain function."""
    return counter.count_tokens if hasattr(counter, "count_tokens") else counter  # type: ignore[no-any-return]


def count_messages(messages: Sequence[Message], counter: Any) -> int:
    count = _counter(counter)
    return sum(count(m.content) + PER_MESSAGE_OVERHEAD for m in messages)


def first_sentence(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    match = _SENTENCE.match(text)
    sentence = match.group(1) if match else text
    return sentence if len(sentence) <= limit else sentence[: limit - 3].rstrip() + "..."


def extractive_summary(turns: Sequence[Message]) -> str:
    """One line per turn: who spoke and their first sentence."""
    return "\n".join(f"- {m.role}: {first_sentence(m.content)}" for m in turns if m.content.strip())


def _cut_middle(text: str, keep_tokens: int, count: CountTokens) -> str:
    if count(text) <= keep_tokens:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest head+tail (in characters) that fits keep_tokens
        mid = (lo + hi + 1) // 2
        half = mid // 2
        candidate = f"{text[:half]} [...] {text[len(text) - half :]}"
        if count(candidate) <= keep_tokens:
            lo = mid
        else:
            hi = mid - 1
    half = lo // 2
    return f"{text[:half]} [...] {text[len(text) - half :]}" if half else "[...]"


def compress_messages(
    messages: Sequence[Message],
    budget: int,
    counter: Any,
    *,
    keep_last: int = 2,
    summarize: Callable[[Sequence[Message]], str] | None = None,
) -> Compressed:
    """Return messages that fit ``budget`` tokens (when possible), with counts before and after."""
    count = _counter(counter)
    original = list(messages)
    before = count_messages(original, count)
    if before <= budget:
        return Compressed(original, before, before, 0, True)
    system = [m for m in original[:1] if m.role == "system"]
    body = original[len(system) :]
    keep = max(1, keep_last)
    old, recent = body[:-keep], body[-keep:]
    summary_lines = (summarize(old) if summarize else extractive_summary(old)).splitlines() if old else []

    def assemble(lines: list[str], tail: list[Message]) -> list[Message]:
        summary = [Message(role="system", content="\n".join([SUMMARY_HEADER, *lines]))] if lines else []
        if system and summary:
            merged = Message(role="system", content=f"{system[0].content}\n\n{summary[0].content}")
            return [merged, *tail]
        return [*system, *summary, *tail]

    result = assemble(summary_lines, recent)
    while count_messages(result, count) > budget and summary_lines:
        summary_lines = summary_lines[1:]  # the oldest summary line goes first
        result = assemble(summary_lines, recent)
    while count_messages(result, count) > budget and len(recent) > 1:
        recent = recent[1:]  # then older recent turns, never the last one
        result = assemble(summary_lines, recent)
    over = count_messages(result, count) - budget
    if over > 0:  # last resort: cut the middle of the longest message
        longest = max(range(len(result)), key=lambda i: count(result[i].content))
        target = max(0, count(result[longest].content) - over)
        message = result[longest]
        result[longest] = Message(
            role=message.role, content=_cut_middle(message.content, target, count), name=message.name
        )
    after = count_messages(result, count)
    dropped = len(original) - len(system) - len(recent)
    return Compressed(result, before, after, dropped, after <= budget)


def _compact_schema(schema: Any) -> Any:
    if isinstance(schema, dict):
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _DROP_KEYS:
                continue
            if key == "description" and isinstance(value, str):
                out[key] = first_sentence(value, limit=60)
            elif key == "properties" and isinstance(value, dict):
                out[key] = {name: _compact_schema(sub) for name, sub in value.items()}
            else:
                out[key] = _compact_schema(value)
        return out
    if isinstance(schema, list):
        return [_compact_schema(v) for v in schema]
    return schema


@dataclass(frozen=True)
class CompactTools:
    tools: list[ToolSpec]
    tokens_before: int
    tokens_after: int


def tool_tokens(tools: Sequence[ToolSpec], counter: Any) -> int:
    import json

    count = _counter(counter)
    return sum(count(json.dumps(t.as_openai(), separators=(",", ":"))) for t in tools)


def compact_tool_specs(tools: Sequence[ToolSpec], counter: Any) -> CompactTools:
    """Shorter tool specs with the same names and parameter structure (what a call needs)."""
    compact = [
        ToolSpec(
            name=t.name,
            description=first_sentence(t.description, limit=100),
            parameters=_compact_schema(t.parameters),
            functions=t.functions,
        )
        for t in tools
    ]
    return CompactTools(compact, tool_tokens(tools, counter), tool_tokens(compact, counter))
