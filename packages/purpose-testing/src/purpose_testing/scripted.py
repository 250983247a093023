"""A backend that answers from a script, for unit tests of logic that calls a model.

It is a real :class:`~purpose_agent.plugin.Backend` (it passes the backend contract), so tests exercise the
same code path as production; only the text is predetermined.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
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

Reply = str | Completion | Callable[[Sequence[Message]], "str | Completion"]


class ScriptedBackend(BaseBackend):
    """Answers with each scripted reply in turn (or a function of the messages).

    ``repeat=True`` cycles the script (a single function always repeats); otherwise running out raises
    :class:`BackendError` so a test notices an unexpected extra call. Every call is recorded in ``calls``.
    """

    name = "scripted"

    def __init__(
        self,
        replies: Iterable[Reply] | Reply = (),
        *,
        model: str = "scripted",
        repeat: bool = False,
        context_size: int = 4096,
        delay_s: float = 0.0,
        constrained: bool = True,
    ) -> None:
        if callable(replies) and not isinstance(replies, (str, Completion)):
            repeat = True  # a function of the messages is a policy: it answers every call
        if isinstance(replies, (str, Completion)) or callable(replies):
            replies = [replies]  # type: ignore[list-item]
        self.replies: list[Reply] = list(replies)  # type: ignore[arg-type]
        self.model = model
        self.repeat = repeat
        self.context_size = context_size
        self.delay_s = delay_s
        # constrained=False plays a backend that cannot constrain decoding, so callers' repair paths run
        self.capabilities = Capabilities(json_schema=constrained, tools=True, streaming=True, seed=True)
        self.calls: list[dict[str, Any]] = []
        self._index = 0
        self._lock = threading.Lock()

    def _next(self, messages: Sequence[Message]) -> Reply:
        with self._lock:
            if not self.replies:
                raise BackendError("ScriptedBackend has no replies; pass replies=[...]")
            if self._index >= len(self.replies):
                if not self.repeat:
                    raise BackendError(
                        f"ScriptedBackend ran out of replies after {len(self.replies)} call(s)"
                    )
                self._index = 0
            reply = self.replies[self._index]
            self._index += 1
            return reply

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
    ) -> Completion:
        start = time.perf_counter()
        self.calls.append(
            {"messages": list(messages), "max_tokens": max_tokens, "json_schema": json_schema, "tools": tools}
        )
        if self.delay_s:
            time.sleep(self.delay_s)
        reply = self._next(messages)
        if callable(reply):
            reply = reply(messages)
        if isinstance(reply, Completion):
            return reply
        text = str(reply)
        for s in stop or ():
            if s and s in text:
                text = text[: text.index(s)]
        tool_calls: list[ToolCall] = []
        if tools and text.startswith("CALL "):  # "CALL name {json}" scripts a native tool call
            name, _, args = text[5:].partition(" ")
            tool_calls.append(
                ToolCall(id=f"call_{len(self.calls)}", name=name, arguments=json.loads(args or "{}"))
            )
            text = ""
        prompt_tokens = sum(self.count_tokens(m.content) for m in messages)
        return Completion(
            text=text,
            tool_calls=tool_calls,
            usage=Usage(prompt_tokens=prompt_tokens, completion_tokens=self.count_tokens(text)),
            finish_reason="tool_calls" if tool_calls else "stop",
            model=self.model,
            seconds=time.perf_counter() - start,
        )

    def stream(self, messages: Sequence[Message], **options: Any) -> Iterator[StreamChunk]:
        result = self.complete(messages, **options)
        words = result.text.split(" ")
        for i, word in enumerate(words):
            yield StreamChunk(text=word if i == 0 else " " + word)
        yield StreamChunk(finish_reason=result.finish_reason, usage=result.usage)

    def count_tokens(self, text: str) -> int:
        return len(text.split())
