"""The embedded llama.cpp backend: a local GGUF model in this process, no server, no network.

Small models only produce parseable output under constrained decoding, so a ``json_schema`` becomes a
llama.cpp grammar (:mod:`purpose_slm_llamacpp.json_grammar`), and tools become a grammar too (the model
may only name a tool that exists and fill its parameters, or answer in words). The prompt is measured
with the model's own chat template and tokenizer before generating, so a prompt that cannot fit ends in
:class:`ContextOverflowError` rather than in llama.cpp's bare ``ValueError``.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

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
    standard_schema,
    tool_call_schema,
    tools_instruction,
)

from purpose_slm_llamacpp.budget_schema import budget_schema
from purpose_slm_llamacpp.json_grammar import schema_grammar
from purpose_slm_llamacpp.model_file import is_embedded_name, resolve_model_path
from purpose_slm_llamacpp.shared_model import SharedModel, load_shared

DEFAULT_CONTEXT = 2048


def _fold_system(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """For templates without a system role: put the system text at the top of the first user turn."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [m for m in messages if m["role"] != "system"]
    if not system:
        return rest
    if rest and rest[0]["role"] == "user":
        return [{"role": "user", "content": f"{system}\n\n{rest[0]['content']}"}, *rest[1:]]
    return [{"role": "user", "content": system}, *rest]


class LlamaCppBackend(BaseBackend):
    """A GGUF model run by llama-cpp-python; shared per process and safe to call from several threads."""

    name = "llamacpp"

    def __init__(
        self,
        model: str = "smollm2",
        *,
        context_size: int = DEFAULT_CONTEXT,
        n_ctx: int | None = None,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        system_role: bool = True,
        json_attempts: int = 2,
        sampling: dict[str, Any] | None = None,
        repeatable: bool = True,
        default_system: str | None = None,
    ) -> None:
        self.path = resolve_model_path(model)
        self.model = "smollm2" if is_embedded_name(model) else model
        self._shared: SharedModel = load_shared(
            self.path, n_ctx=n_ctx or context_size, n_threads=n_threads, n_gpu_layers=n_gpu_layers
        )
        self.context_size = self._shared.n_ctx
        self.system_role = system_role
        self.json_attempts = json_attempts
        self.sampling = dict(sampling or {})
        self.repeatable = repeatable
        self.default_system = default_system
        self.capabilities = Capabilities(json_schema=True, tools=False, streaming=True, seed=True)

    # -- request building ----------------------------------------------------------------------------

    def _messages(self, messages: Sequence[Message]) -> list[dict[str, str]]:
        out = [{"role": m.role if m.role != "tool" else "user", "content": m.content} for m in messages]
        if self.default_system and not any(m["role"] == "system" for m in out):
            # Some templates (SmolLM2's) insert their own persona when no system turn is sent.
            out.insert(0, {"role": "system", "content": self.default_system})
        return out if self.system_role else _fold_system(out)

    def _check_fits(self, chat: list[dict[str, str]]) -> int:
        prompt_tokens = self._shared.prompt_tokens(chat)
        if prompt_tokens >= self.context_size:
            raise ContextOverflowError(
                f"the prompt is {prompt_tokens} tokens but {self.model!r} was loaded with a context of "
                f"{self.context_size}; shorten the history (purpose_slm.compress_messages), lower the "
                f"prompt budget, or load the model with a larger context_size"
            )
        return prompt_tokens

    def _request(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int | None = None,
        json_schema: dict[str, Any] | None = None,
        top_p: float | None = None,
        top_k: int | None = None,
        repeat_penalty: float | None = None,
    ) -> tuple[list[dict[str, str]], dict[str, Any], int]:
        chat = self._messages(messages)
        prompt_tokens = self._check_fits(chat)
        kwargs: dict[str, Any] = {**self.sampling, "max_tokens": max_tokens, "temperature": temperature}
        for key, value in (("top_p", top_p), ("top_k", top_k), ("repeat_penalty", repeat_penalty)):
            if value is not None:
                kwargs[key] = value
        if stop:
            kwargs["stop"] = list(stop)
        if seed is not None:
            kwargs["seed"] = seed
        if json_schema is not None:
            # the grammar llama-cpp-python builds for response_format, with quotes and backslashes in
            # constants escaped (its own converter leaves the backslash: see json_grammar)
            kwargs["grammar"] = schema_grammar(budget_schema(json_schema, max_tokens))
        return chat, kwargs, prompt_tokens

    def _fresh_context(self) -> None:
        """Forget the KV cache so the prompt is evaluated in full, as on the first call.

        llama.cpp reuses the longest cached prefix, and evaluating a prompt in one batch or token by
        token gives slightly different logits, so greedy output would depend on the previous call.
        Repeatable output matters more here (seeded evaluations, replay tests) than the few
        milliseconds a small prompt takes to evaluate; ``repeatable=False`` keeps the cache.
        """
        if self.repeatable:
            self._shared.llama.reset()

    def _call(self, chat: list[dict[str, str]], kwargs: dict[str, Any]) -> dict[str, Any]:
        with self._shared.lock:
            self._fresh_context()
            try:
                return self._shared.llama.create_chat_completion(messages=chat, **kwargs)  # type: ignore[no-any-return]
            except ValueError as exc:
                if "exceed context window" in str(exc):
                    raise ContextOverflowError(
                        f"{exc}; shorten the prompt or load the model with a larger context_size"
                    ) from exc
                raise BackendError(f"llama.cpp rejected the request: {exc}") from exc

    # -- protocol ------------------------------------------------------------------------------------

    def _raw_complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        start = time.perf_counter()
        chat, kwargs, _ = self._request(messages, **options)
        response = self._call(chat, kwargs)
        choice = response["choices"][0]
        usage = response.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            usage=Usage(
                prompt_tokens=int(usage.get("prompt_tokens", 0)),
                completion_tokens=int(usage.get("completion_tokens", 0)),
            ),
            finish_reason=choice.get("finish_reason") or "stop",
            model=self.model,
            seconds=time.perf_counter() - start,
        )

    def complete(
        self,
        messages: Sequence[Message],
        *,
        json_schema: dict[str, Any] | None = None,
        tools: Sequence[ToolSpec] | None = None,
        **options: Any,
    ) -> Completion:
        if json_schema is not None:  # "float", "dict": JSON Schema's names, or llama.cpp's converter asserts
            json_schema = standard_schema(json_schema)
        if tools:
            return self._complete_with_tools(messages, list(tools), json_schema=json_schema, **options)
        if json_schema is not None:
            return complete_with_schema(
                lambda convo: self._raw_complete(convo, json_schema=json_schema, **options),
                messages,
                json_schema,
                constrained=True,
                attempts=self.json_attempts,
            )
        return self._raw_complete(messages, **options)

    def _complete_with_tools(
        self,
        messages: Sequence[Message],
        tools: list[ToolSpec],
        *,
        json_schema: dict[str, Any] | None,
        **options: Any,
    ) -> Completion:
        """No native tool calls in llama.cpp's generic chat path: a grammar over the tool choices instead."""
        schema = tool_call_schema(tools)
        if json_schema is not None:  # the plain answer must then follow the caller's schema
            schema["anyOf"][-1] = json_schema
        instruction = Message(role="system", content=tools_instruction(tools))
        convo = (
            [instruction, *messages]
            if not messages or messages[0].role != "system"
            else [
                Message(role="system", content=f"{messages[0].content}\n\n{instruction.content}"),
                *messages[1:],
            ]
        )
        result = complete_with_schema(
            lambda c: self._raw_complete(c, json_schema=schema, **options),
            convo,
            schema,
            constrained=True,
            attempts=self.json_attempts,
        )
        value = extract_json(result.text)
        if json_schema is not None and not (isinstance(value, dict) and "tool" in value):
            return result
        text, call = split_tool_reply(value, tools)
        if call is None:
            return result.model_copy(update={"text": text})
        tool_call = ToolCall(id=f"call_{uuid.uuid4().hex[:12]}", **call)
        return result.model_copy(
            update={"text": "", "tool_calls": [tool_call], "finish_reason": "tool_calls"}
        )

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]:
        if options.get("json_schema") is not None or options.get("tools"):
            # Validation needs the whole answer; stream it as one chunk once it is known to be valid.
            yield from super().stream(messages, **options)
            return
        chat, kwargs, prompt_tokens = self._request(messages, **options)
        kwargs["stream"] = True
        pieces: list[str] = []
        finish: str | None = None
        with self._shared.lock:
            self._fresh_context()
            try:
                for event in self._shared.llama.create_chat_completion(messages=chat, **kwargs):
                    choice = event["choices"][0]
                    text = choice["delta"].get("content") or ""
                    finish = choice.get("finish_reason") or finish
                    if text:
                        pieces.append(text)
                        yield StreamChunk(text=text)
            except ValueError as exc:
                raise BackendError(f"llama.cpp rejected the request: {exc}") from exc
        completion_tokens = len(self._shared.tokenize("".join(pieces))) if pieces else 0
        yield StreamChunk(
            finish_reason=finish or "stop",
            usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens),
        )

    def count_tokens(self, text: str) -> int:
        return len(self._shared.tokenize(text)) if text else 0

    def __repr__(self) -> str:
        return f"LlamaCppBackend(model={self.model!r}, path={str(self.path)!r}, n_ctx={self.context_size})"


def create_backend(model: str = "smollm2", **settings: Any) -> LlamaCppBackend:
    """The factory registered through ``register_backends``."""
    return LlamaCppBackend(model, **settings)


__all__ = ["LlamaCppBackend", "create_backend"]
