"""Any OpenAI-compatible endpoint through the official ``openai`` client.

OpenAI itself, Hugging Face's router, vLLM, LM Studio and llama.cpp's server all speak the chat
completions API but differ at the edges: how (or whether) ``response_format`` takes a schema, and whether
tools are understood. Structured output therefore degrades in steps, and the step that worked is
remembered per backend: the standard ``json_schema`` response format, then llama.cpp's
``json_object`` + ``schema``, then the schema in the prompt with repair-and-retry
(purpose-repair's ``purpose_repair``). Retries with backoff on connection errors, 429 and 5xx are the
client's own (``max_retries``); every client exception is turned into a :class:`PurposeError` child that
says what to do.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from purpose_agent.plugin import (
    BackendError,
    BaseBackend,
    Capabilities,
    Completion,
    Message,
    StreamChunk,
    ToolCall,
    ToolSpec,
    Usage,
)
from purpose_repair import complete_with_schema, extract_json

from purpose_slm_openai.endpoints import Endpoint, resolve_endpoint
from purpose_slm_openai.errors import translate

log = logging.getLogger("purpose_agent")

#: Structured-output modes, tried in this order by ``json_mode="auto"``.
JSON_MODES = ("json_schema", "json_object", "prompt")


def _response_format(mode: str, schema: dict[str, Any]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "output", "schema": schema}}
    if mode == "json_object":
        return {"type": "json_object", "schema": schema}
    return None


def _looks_like_format_rejection(exc: BaseException) -> bool:
    """An error that blames the ``response_format`` shape, not the model, the key or the prompt size.

    Servers disagree on the status: OpenAI and vLLM say 400, FastAPI servers 422, and llama.cpp's
    server a 500 whose body names ``response_format``.
    """
    status = getattr(exc, "status_code", None)
    text = str(exc).lower()
    if "context" in text and "response_format" not in text:
        return False
    return status in (400, 422) or (status == 500 and "response_format" in text)


class OpenAIBackend(BaseBackend):
    """Chat completions against ``base_url``; thread-safe (the client is) and shareable."""

    name = "openai"

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        context_size: int = 8192,
        timeout: float = 60.0,
        max_retries: int = 2,
        json_mode: str = "auto",
        json_attempts: int = 3,
        tools_mode: str = "native",
        system_role: bool = True,
        system_suffix: str = "",
        sampling: dict[str, Any] | None = None,
        extra_body: dict[str, Any] | None = None,
    ) -> None:
        if json_mode not in ("auto", *JSON_MODES):
            raise BackendError(f"json_mode must be 'auto' or one of {JSON_MODES}, not {json_mode!r}")
        self.endpoint: Endpoint = resolve_endpoint(model, base_url=base_url, api_key=api_key)
        self.model = model
        self.context_size = context_size
        self.max_retries = max_retries
        self.timeout = timeout
        self.json_attempts = json_attempts
        self.tools_mode = tools_mode
        self.system_role = system_role
        self.system_suffix = system_suffix
        self.sampling = dict(sampling or {})
        self.extra_body = dict(extra_body or {})
        self._json_modes = list(JSON_MODES) if json_mode == "auto" else [json_mode]
        self.capabilities = Capabilities(
            json_schema=self._json_modes[0] != "prompt",
            tools=tools_mode == "native",
            streaming=True,
            seed=True,
        )
        self._client: Any = None
        self._aclient: Any = None
        # N episode threads reach a lazy client at once: without the lock each built its own (and its own
        # connection pool), ~0.1 s of GIL-bound work apiece before the first request left
        self._client_lock = threading.Lock()

    # -- clients (created lazily: importing openai costs ~0.3 s) -------------------------------------

    def _client_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "base_url": self.endpoint.base_url,
            "api_key": self.endpoint.api_key,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }
        if self.pool_size is not None:
            import httpx

            limits = httpx.Limits(max_connections=self.pool_size, max_keepalive_connections=self.pool_size)
            kwargs["http_client"] = httpx.Client(limits=limits, timeout=self.timeout)
        return kwargs

    pool_size: int | None = None
    """Connections kept to the server; None: the client's default (set by an executor's worker count)."""

    def set_concurrency(self, workers: int) -> None:
        """Size the connection pool for ``workers`` requests at once (the ``threads`` executor calls it)."""
        if workers != self.pool_size:
            self.pool_size = workers
            self._client = None  # rebuilt with the new pool on next use

    def __getstate__(self) -> dict[str, Any]:
        """Picklable for worker processes: clients and their lock are rebuilt on the other side."""
        state = dict(self.__dict__)
        state.update(_client=None, _aclient=None, _client_lock=None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._client_lock = threading.Lock()

    @property
    def client(self) -> Any:
        with self._client_lock:
            if self._client is None:
                import openai

                self._client = openai.OpenAI(**self._client_kwargs())
            return self._client

    @property
    def aclient(self) -> Any:
        with self._client_lock:
            if self._aclient is None:
                import openai

                self._aclient = openai.AsyncOpenAI(**self._client_kwargs())
            return self._aclient

    # -- request building ----------------------------------------------------------------------------

    def _messages(self, messages: Sequence[Message]) -> list[dict[str, Any]]:
        if self.system_suffix:  # e.g. Qwen3's "/no_think" soft switch
            if messages and messages[0].role == "system":
                first = Message(role="system", content=f"{messages[0].content}\n{self.system_suffix}")
                messages = [first, *messages[1:]]
            else:
                messages = [Message(role="system", content=self.system_suffix), *messages]
        out: list[dict[str, Any]] = []
        for m in messages:
            item: dict[str, Any] = {"role": m.role, "content": m.content}
            if m.role == "tool":
                if m.tool_call_id:
                    item["tool_call_id"] = m.tool_call_id
                else:  # a tool result without a call id is only valid as user text
                    item = {"role": "user", "content": m.content}
            if m.name and m.role != "tool":
                item["name"] = m.name
            out.append(item)
        if not self.system_role:
            system = "\n\n".join(i["content"] for i in out if i["role"] == "system")
            out = [i for i in out if i["role"] != "system"]
            if system and out and out[0]["role"] == "user":
                out[0] = {**out[0], "content": f"{system}\n\n{out[0]['content']}"}
            elif system:
                out.insert(0, {"role": "user", "content": system})
        return out

    def _params(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int | None = None,
        tools: Sequence[ToolSpec] | None = None,
        response_format: dict[str, Any] | None = None,
        **sampling: Any,
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "model": self.endpoint.model,
            "messages": self._messages(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
        }
        extra = {**self.sampling, **{k: v for k, v in sampling.items() if v is not None}}
        for key in ("top_p", "presence_penalty", "frequency_penalty"):
            if key in extra:
                params[key] = extra.pop(key)
        if stop:
            params["stop"] = list(stop)[:4]
        if seed is not None:
            params["seed"] = seed
        if tools and self.tools_mode == "native":
            params["tools"] = [t.as_openai() for t in tools]
        if response_format is not None:
            params["response_format"] = response_format
        body = {**self.extra_body, **extra}
        if body:
            params["extra_body"] = body
        return params

    def _completion(self, response: Any, start: float) -> Completion:
        choice = response.choices[0]
        message = choice.message
        calls: list[ToolCall] = []
        for call in message.tool_calls or ():
            try:
                arguments = extract_json(call.function.arguments or "{}")
            except ValueError:
                arguments = {"_raw": call.function.arguments}
            calls.append(
                ToolCall(
                    id=call.id or f"call_{uuid.uuid4().hex[:12]}",
                    name=call.function.name,
                    arguments=arguments if isinstance(arguments, dict) else {"value": arguments},
                )
            )
        usage = response.usage
        return Completion(
            text=message.content or "",
            tool_calls=calls,
            usage=Usage(
                prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
            ),
            finish_reason="tool_calls" if calls else (choice.finish_reason or "stop"),
            model=self.model,
            seconds=time.perf_counter() - start,
        )

    # -- protocol ------------------------------------------------------------------------------------

    def _raw_complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        start = time.perf_counter()
        params = self._params(messages, **options)
        try:
            response = self.client.chat.completions.create(**params)
        except Exception as exc:
            raise translate(exc, self) from exc
        return self._completion(response, start)

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        **options: Any,
    ) -> Completion:
        if json_schema is None:
            return self._raw_complete(messages, **options)
        return self._complete_json(messages, json_schema, **options)

    def _complete_json(
        self, messages: Sequence[Message], schema: dict[str, Any], **options: Any
    ) -> Completion:
        while True:
            mode = self._json_modes[0]
            fmt = _response_format(mode, schema)
            try:
                return complete_with_schema(
                    lambda convo, fmt=fmt: self._raw_complete(convo, response_format=fmt, **options),
                    messages,
                    schema,
                    constrained=fmt is not None,
                    attempts=self.json_attempts,
                )
            except BackendError as exc:
                cause = exc.__cause__
                if fmt is None or len(self._json_modes) == 1 or not _looks_like_format_rejection(cause):
                    raise
                log.info(
                    "%s rejected response_format %r (%s); trying the next mode", self.endpoint, mode, exc
                )
                self._json_modes.pop(0)
                self.capabilities = self.capabilities.model_copy(
                    update={"json_schema": self._json_modes[0] != "prompt"}
                )

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]:
        if options.get("json_schema") is not None:
            yield from super().stream(messages, **options)
            return
        params = self._params(messages, **options)
        prompt_text = "".join(m.content for m in messages)
        try:
            events = self.client.chat.completions.create(stream=True, **params)
            yield from self._chunks(events, prompt_text)
        except BackendError:
            raise
        except Exception as exc:
            raise translate(exc, self) from exc

    def _chunks(self, events: Any, prompt_text: str) -> Iterator[StreamChunk]:
        finish: str | None = None
        usage: Usage | None = None
        pieces = 0
        for event in events:
            if getattr(event, "usage", None):
                usage = Usage(
                    prompt_tokens=event.usage.prompt_tokens or 0,
                    completion_tokens=event.usage.completion_tokens or 0,
                )
            if not event.choices:
                continue
            choice = event.choices[0]
            finish = choice.finish_reason or finish
            text = choice.delta.content if choice.delta else None
            if text:
                pieces += 1
                yield StreamChunk(text=text)
        if usage is None:  # servers that do not report usage when streaming: one chunk is one token
            usage = Usage(prompt_tokens=self.count_tokens(prompt_text), completion_tokens=pieces)
        yield StreamChunk(finish_reason=finish or "stop", usage=usage)

    async def acomplete(self, messages: Sequence[Message], **options: Any) -> Completion:
        if options.get("json_schema") is not None:
            return await super().acomplete(messages, **options)
        start = time.perf_counter()
        params = self._params(messages, **options)
        try:
            response = await self.aclient.chat.completions.create(**params)
        except Exception as exc:
            raise translate(exc, self) from exc
        return self._completion(response, start)

    async def astream(self, messages: Sequence[Message], **options: Any) -> AsyncIterator[StreamChunk]:
        if options.get("json_schema") is not None:
            async for chunk in super().astream(messages, **options):
                yield chunk
            return
        params = self._params(messages, **options)
        finish: str | None = None
        pieces = 0
        try:
            events = await self.aclient.chat.completions.create(stream=True, **params)
            async for event in events:
                if not event.choices:
                    continue
                choice = event.choices[0]
                finish = choice.finish_reason or finish
                text = choice.delta.content if choice.delta else None
                if text:
                    pieces += 1
                    yield StreamChunk(text=text)
        except Exception as exc:
            raise translate(exc, self) from exc
        prompt_tokens = self.count_tokens("".join(m.content for m in messages))
        yield StreamChunk(
            finish_reason=finish or "stop", usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=pieces)
        )

    def count_tokens(self, text: str) -> int:
        # No tokenizer is shipped for remote models; about four characters a token, never zero for text.
        return (len(text) + 3) // 4 if text else 0

    def __repr__(self) -> str:
        return f"OpenAIBackend(model={self.model!r}, base_url={self.endpoint.base_url!r})"


__all__ = ["OpenAIBackend"]
