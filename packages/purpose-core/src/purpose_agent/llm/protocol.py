"""One protocol for every backend: messages in; text, tool calls and usage out; sync, async and streaming.

Small models need constrained decoding to produce parseable output, so ``json_schema`` is part of the
protocol rather than an afterthought; a backend that cannot constrain says so in its capabilities and
core falls back to repair-and-retry. ``count_tokens`` uses the backend's own tokenizer so that the prompt
compiler's budget matches what the model really sees.
"""

from __future__ import annotations

import abc
import asyncio
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["system", "user", "assistant", "tool"]


class Message(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: Role
    content: str
    name: str | None = None
    tool_call_id: str | None = None


class ToolCall(BaseModel):
    id: str
    name: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class ToolSpec(BaseModel):
    """A function a model may call, described by JSON schema (the OpenAI function shape)."""

    name: str
    description: str = ""
    parameters: dict[str, Any] = Field(default_factory=lambda: {"type": "object", "properties": {}})
    functions: tuple[str, ...] = ()
    """Names of the functions the tool's input language accepts (a calculator's ``gcd``, ``sqrt``). Never
    sent to the model, so a long list does not crowd a small model's prompt; grammar-constrained decoding
    reads it to know which function calls an argument may contain."""

    def as_openai(self) -> dict[str, Any]:
        return {
            "type": "function",
            "function": {"name": self.name, "description": self.description, "parameters": self.parameters},
        }


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Completion(BaseModel):
    text: str = ""
    tool_calls: list[ToolCall] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    finish_reason: str = "stop"
    model: str = ""
    seconds: float = 0.0

    # shadows pydantic's deprecated BaseModel.json() on purpose: here it parses the model's JSON output
    def json(self) -> Any:  # type: ignore[override]
        """Parse ``text`` as JSON (raises ``json.JSONDecodeError``)."""
        return json.loads(self.text)


class StreamChunk(BaseModel):
    text: str = ""
    finish_reason: str | None = None
    usage: Usage | None = None


class Capabilities(BaseModel):
    json_schema: bool = False
    """Output can be constrained to a JSON schema (grammar or server-side)."""
    tools: bool = False
    """The server understands native tool/function calls."""
    streaming: bool = True
    seed: bool = False


def as_messages(messages: str | Sequence[Message | dict[str, Any]]) -> list[Message]:
    """Accept a plain prompt, dicts or Message objects."""
    if isinstance(messages, str):
        return [Message(role="user", content=messages)]
    return [m if isinstance(m, Message) else Message.model_validate(m) for m in messages]


@runtime_checkable
class Backend(Protocol):
    name: str
    model: str
    context_size: int
    capabilities: Capabilities

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int | None = None,
        json_schema: dict[str, Any] | None = None,
        tools: Sequence[ToolSpec] | None = None,
    ) -> Completion: ...

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]: ...

    async def acomplete(self, messages: Sequence[Message], **options: Any) -> Completion: ...

    def astream(self, messages: Sequence[Message], **options: Any) -> AsyncIterator[StreamChunk]: ...

    def count_tokens(self, text: str) -> int: ...


class BaseBackend(abc.ABC):
    """Shared behaviour: async and streaming defaults built on ``complete``; subclasses override natively."""

    name: str = "base"
    model: str = ""
    context_size: int = 2048
    capabilities: Capabilities = Capabilities()

    @abc.abstractmethod
    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        """Generate one completion; the only method a backend must write."""

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]:
        result = self.complete(messages, **options)
        yield StreamChunk(text=result.text, finish_reason=result.finish_reason, usage=result.usage)

    async def acomplete(self, messages: Sequence[Message], **options: Any) -> Completion:
        return await asyncio.to_thread(self.complete, messages, **options)

    async def astream(self, messages: Sequence[Message], **options: Any) -> AsyncIterator[StreamChunk]:
        queue: asyncio.Queue[StreamChunk | BaseException | None] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def pump() -> None:
            try:
                for chunk in self.stream(messages, **options):
                    loop.call_soon_threadsafe(queue.put_nowait, chunk)
            except BaseException as exc:  # surfaced in the consumer
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        task = loop.run_in_executor(None, pump)
        while True:
            item = await queue.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
        await task

    def count_tokens(self, text: str) -> int:
        # A rough fallback (about 4 characters a token); real backends use their tokenizer.
        return max(1, len(text) // 4) if text else 0
