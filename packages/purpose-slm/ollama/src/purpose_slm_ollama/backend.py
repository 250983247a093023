"""Models served by a local Ollama (``qwen3:1.7b``) through the official ``ollama`` client.

Ollama constrains output to a JSON schema server-side (``format=``), so structured output is native;
the reply is still validated (a truncated answer must not pass). Ollama silently cuts a prompt that is
longer than ``num_ctx``, which would make a small model answer a question it never saw, so the prompt is
measured before sending and too long a prompt is refused with :class:`ContextOverflowError`. Connection
failures and 5xx (a model still loading) are retried with backoff through tenacity, a bounded number of
times.
"""

from __future__ import annotations

import itertools
import os
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, TypeVar

from purpose_agent.plugin import (
    BackendError,
    BaseBackend,
    Capabilities,
    Completion,
    ContextOverflowError,
    Message,
    StreamChunk,
    ToolCall,
    ToolSpec,
    Usage,
)
from purpose_repair import (
    complete_with_schema,
    extract_json,
    split_tool_reply,
    tool_call_schema,
    tools_instruction,
)

from purpose_slm_ollama.errors import is_transient, translate

DEFAULT_HOST = "http://127.0.0.1:11434"
T = TypeVar("T")


class OllamaBackend(BaseBackend):
    """Chat with a model pulled into Ollama; thread-safe (the HTTP client is) and shareable."""

    name = "ollama"

    def __init__(
        self,
        model: str,
        *,
        host: str | None = None,
        context_size: int = 4096,
        timeout: float = 120.0,
        retries: int = 3,
        backoff_s: float = 0.5,
        think: bool | None = None,
        system_role: bool = True,
        json_attempts: int = 2,
        sampling: dict[str, Any] | None = None,
        keep_alive: str | float | None = None,
        tools_mode: str = "native",
    ) -> None:
        self.model = model
        self.host = host or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST
        if "://" not in self.host:
            self.host = f"http://{self.host}"
        self.context_size = context_size
        self.timeout = timeout
        self.retries = max(1, retries)
        self.backoff_s = backoff_s
        self.think = think
        self.system_role = system_role
        self.json_attempts = json_attempts
        self.sampling = dict(sampling or {})
        self.keep_alive = keep_alive
        if tools_mode not in ("native", "grammar"):
            raise BackendError(f"tools_mode must be 'native' or 'grammar', not {tools_mode!r}")
        self.tools_mode = tools_mode
        self.capabilities = Capabilities(
            json_schema=True, tools=tools_mode == "native", streaming=True, seed=True
        )
        self._client: Any = None
        self._aclient: Any = None

    pool_size: int | None = None
    """Connections kept to the server; None: httpx's default (set by an executor's worker count)."""

    def set_concurrency(self, workers: int) -> None:
        """Size the connection pool for ``workers`` requests at once (the ``threads`` executor calls it)."""
        if workers != self.pool_size:
            self.pool_size = workers
            self._client = None  # rebuilt with the new pool on next use

    @property
    def client(self) -> Any:
        if self._client is None:
            import ollama

            extra: dict[str, Any] = {}
            if self.pool_size is not None:
                import httpx

                n = self.pool_size
                extra["limits"] = httpx.Limits(max_connections=n, max_keepalive_connections=n)
            self._client = ollama.Client(host=self.host, timeout=self.timeout, **extra)
        return self._client

    @property
    def aclient(self) -> Any:
        if self._aclient is None:
            import ollama

            self._aclient = ollama.AsyncClient(host=self.host, timeout=self.timeout)
        return self._aclient

    # -- retries -------------------------------------------------------------------------------------

    def _retrying(self) -> Any:
        import tenacity

        return tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.retries),
            wait=tenacity.wait_exponential(multiplier=self.backoff_s, max=8.0),
            retry=tenacity.retry_if_exception(is_transient),
            reraise=True,
        )

    def _call(self, fn: Callable[[], T]) -> T:
        try:
            return self._retrying()(fn)  # type: ignore[no-any-return]
        except Exception as exc:
            raise translate(exc, self, self.retries) from exc

    # -- request building ----------------------------------------------------------------------------

    def _messages(self, messages: Sequence[Message]) -> list[dict[str, Any]]:
        out = [{"role": m.role, "content": m.content} for m in messages]
        if self.system_role:
            return out
        system = "\n\n".join(m["content"] for m in out if m["role"] == "system")
        rest = [m for m in out if m["role"] != "system"]
        if system and rest and rest[0]["role"] == "user":
            rest[0] = {**rest[0], "content": f"{system}\n\n{rest[0]['content']}"}
        elif system:
            rest.insert(0, {"role": "user", "content": system})
        return rest

    def _check_fits(self, chat: list[dict[str, Any]]) -> int:
        estimate = sum(self.count_tokens(m["content"]) + 4 for m in chat)
        if estimate >= self.context_size:
            raise ContextOverflowError(
                f"the prompt is about {estimate} tokens but {self.model!r} runs with a context of "
                f"{self.context_size} (Ollama would silently cut it); shorten the history "
                f"(purpose_slm.compress_messages) or raise context_size"
            )
        return estimate

    def _request(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int | None = None,
        json_schema: dict[str, Any] | None = None,
        tools: Sequence[ToolSpec] | None = None,
        **sampling: Any,
    ) -> dict[str, Any]:
        chat = self._messages(messages)
        self._check_fits(chat)
        options: dict[str, Any] = {
            **self.sampling,
            **{k: v for k, v in sampling.items() if v is not None},
            "num_predict": max_tokens,
            "temperature": temperature,
            "num_ctx": self.context_size,
        }
        if stop:
            options["stop"] = list(stop)
        if seed is not None:
            options["seed"] = seed
        request: dict[str, Any] = {"model": self.model, "messages": chat, "options": options}
        if json_schema is not None:
            request["format"] = json_schema
        if tools:
            request["tools"] = [t.as_openai() for t in tools]
        if self.think is not None:
            request["think"] = self.think
        if self.keep_alive is not None:
            request["keep_alive"] = self.keep_alive
        return request

    def _completion(self, response: Any, start: float) -> Completion:
        message = response.message
        calls = [
            ToolCall(
                id=f"call_{uuid.uuid4().hex[:12]}",
                name=call.function.name,
                arguments=dict(call.function.arguments or {}),
            )
            for call in (message.tool_calls or ())
        ]
        return Completion(
            text=message.content or "",
            tool_calls=calls,
            usage=Usage(
                prompt_tokens=response.prompt_eval_count or 0, completion_tokens=response.eval_count or 0
            ),
            finish_reason="tool_calls" if calls else (response.done_reason or "stop"),
            model=self.model,
            seconds=time.perf_counter() - start,
        )

    # -- protocol ------------------------------------------------------------------------------------

    def _raw_complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        start = time.perf_counter()
        request = self._request(messages, **options)
        response = self._call(lambda: self.client.chat(stream=False, **request))
        return self._completion(response, start)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        tools: Sequence[ToolSpec] | None = None,
        **options: Any,
    ) -> Completion:
        if tools and self.tools_mode == "native":
            try:
                return self._raw_complete(messages, tools=tools, json_schema=json_schema, **options)
            except BackendError as exc:
                if "does not support tools" not in str(exc):
                    raise
                self.tools_mode = "grammar"  # remembered: this model has no tool template
                self.capabilities = self.capabilities.model_copy(update={"tools": False})
        if tools:
            return self._complete_with_tool_grammar(messages, list(tools), **options)
        if json_schema is None:
            return self._raw_complete(messages, **options)
        return complete_with_schema(
            lambda convo: self._raw_complete(convo, json_schema=json_schema, **options),
            messages,
            json_schema,
            constrained=True,
            attempts=self.json_attempts,
        )

    def _complete_with_tool_grammar(
        self, messages: Sequence[Message], tools: list[ToolSpec], **options: Any
    ) -> Completion:
        """For models without a tool template: a ``format=`` schema over the tool choices instead."""
        schema = tool_call_schema(tools)
        first = messages[0] if messages else None
        instruction = tools_instruction(tools)
        if first is not None and first.role == "system":
            convo = [Message(role="system", content=f"{first.content}\n\n{instruction}"), *messages[1:]]
        else:
            convo = [Message(role="system", content=instruction), *messages]
        result = complete_with_schema(
            lambda c: self._raw_complete(c, json_schema=schema, **options),
            convo,
            schema,
            constrained=True,
            attempts=self.json_attempts,
        )
        text, call = split_tool_reply(extract_json(result.text), tools)
        if call is None:
            return result.model_copy(update={"text": text})
        tool_call = ToolCall(id=f"call_{uuid.uuid4().hex[:12]}", **call)
        return result.model_copy(
            update={"text": "", "tool_calls": [tool_call], "finish_reason": "tool_calls"}
        )

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]:
        if options.get("json_schema") is not None or options.get("tools"):
            yield from super().stream(messages, **options)
            return
        request = self._request(messages, **options)

        def open_stream() -> tuple[Any, Iterator[Any]]:
            # The request is sent when the first part is read, so that is what is retried.
            parts = iter(self.client.chat(stream=True, **request))
            return next(parts, None), parts

        first, rest = self._call(open_stream)
        last: Any = None
        try:
            for part in itertools.chain([first] if first is not None else [], rest):
                last = part
                if part.message.content:
                    yield StreamChunk(text=part.message.content)
        except BackendError:
            raise
        except Exception as exc:
            raise translate(exc, self, 1) from exc
        yield self._final_chunk(last)

    def _final_chunk(self, last: Any) -> StreamChunk:
        if last is None:
            raise BackendError(f"Ollama at {self.host} closed the stream without a reply; try again")
        return StreamChunk(
            finish_reason=last.done_reason or "stop",
            usage=Usage(prompt_tokens=last.prompt_eval_count or 0, completion_tokens=last.eval_count or 0),
        )

    async def acomplete(self, messages: Sequence[Message], **options: Any) -> Completion:
        if options.get("json_schema") is not None or options.get("tools"):
            return await super().acomplete(messages, **options)
        start = time.perf_counter()
        request = self._request(messages, **options)
        try:
            response = await self.aclient.chat(stream=False, **request)
        except Exception as exc:
            raise translate(exc, self, 1) from exc
        return self._completion(response, start)

    async def astream(self, messages: Sequence[Message], **options: Any) -> AsyncIterator[StreamChunk]:
        if options.get("json_schema") is not None or options.get("tools"):
            async for chunk in super().astream(messages, **options):
                yield chunk
            return
        request = self._request(messages, **options)
        last: Any = None
        try:
            async for part in await self.aclient.chat(stream=True, **request):
                last = part
                if part.message.content:
                    yield StreamChunk(text=part.message.content)
        except Exception as exc:
            raise translate(exc, self, 1) from exc
        yield self._final_chunk(last)

    def installed_models(self) -> list[str]:
        """Names the server has pulled (``/api/tags``), for messages and ``purpose models``."""
        response = self._call(lambda: self.client.list())
        return [m.model for m in response.models]

    def count_tokens(self, text: str) -> int:
        # Ollama exposes no tokenizer; about 3.5 characters a token, rounded up, errs towards "too long".
        return (len(text) * 2 + 6) // 7 if text else 0

    def __repr__(self) -> str:
        return f"OllamaBackend(model={self.model!r}, host={self.host!r})"


__all__ = ["OllamaBackend"]
