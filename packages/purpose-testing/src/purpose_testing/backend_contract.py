"""The backend conformance kit: what every model backend must do, as pytest tests.

A backend author proves a backend with one subclass, either with an instance::

    class TestMyBackend(BackendContract):
        backend = MyBackend(model="...")

or, when building it needs other fixtures (a server on loopback), with a fixture named ``backend``::

    class TestMyServerBackend(BackendContract):
        @pytest.fixture
        def backend(self, my_server):
            return MyBackend(base_url=my_server.url)

The tests hold for a real model as well as a scripted one: they never assume what the model says, only
how the backend behaves (greedy decoding is repeatable, a stop sequence ends the text, streaming yields
the same text as a plain call, a schema-constrained answer validates). Generation is kept short
(``max_tokens``) so a contract run against an embedded model takes seconds.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from purpose_agent.plugin import Backend, Capabilities, Completion, Message, StreamChunk, ToolSpec, validate

PROMPT = [Message(role="user", content="Write one short sentence about the sea.")]

JSON_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
    "required": ["city", "population"],
}
JSON_PROMPT = [
    Message(role="user", content="Give the name of a large city and its population as JSON."),
]

CALCULATOR = ToolSpec(
    name="calculator",
    description="Evaluate an arithmetic expression.",
    parameters={
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    },
)
TOOL_PROMPT = [Message(role="user", content="What is 12 * 7? Use the calculator.")]

FINISH_REASONS = {"stop", "length", "tool_calls", "content_filter"}


class BackendContract:
    """Subclass and give ``backend`` (an attribute or a fixture); every test below must pass."""

    #: Tokens per generation in these tests: enough to see behaviour, short enough to be fast.
    max_tokens: int = 24

    #: Whether two greedy calls with the same prompt must give the same text. True for an embedded
    #: model; a server that reuses its KV cache between requests (llama.cpp's server does, and it
    #: cannot be told not to) evaluates the prompt in different batches, which changes greedy output.
    #: Set False only for such a server: the tests then check shapes instead of equal texts.
    repeatable_greedy: bool = True

    def assert_same_text(self, got: str, expected: str) -> None:
        if self.repeatable_greedy:
            assert got == expected
        else:
            assert got.strip() and expected.strip()

    @pytest.fixture
    def contract_backend(self, request: pytest.FixtureRequest) -> Backend:
        value = getattr(type(self), "backend", None)
        if isinstance(value, Backend):
            return value
        return request.getfixturevalue("backend")  # type: ignore[no-any-return]

    def _complete(self, backend: Backend, messages: list[Message] = PROMPT, **options: Any) -> Completion:
        options.setdefault("max_tokens", self.max_tokens)
        options.setdefault("temperature", 0.0)
        return backend.complete(messages, **options)

    # -- shape ---------------------------------------------------------------------------------------

    def test_implements_protocol(self, contract_backend: Backend) -> None:
        assert isinstance(contract_backend, Backend)
        assert isinstance(contract_backend.capabilities, Capabilities)
        assert isinstance(contract_backend.name, str) and contract_backend.name
        assert isinstance(contract_backend.model, str) and contract_backend.model
        assert contract_backend.context_size > 0

    def test_completion(self, contract_backend: Backend) -> None:
        result = self._complete(contract_backend)
        assert isinstance(result, Completion)
        assert result.text.strip(), "a plain prompt must produce some text"
        assert result.finish_reason in FINISH_REASONS
        assert result.seconds >= 0

    def test_usage(self, contract_backend: Backend) -> None:
        result = self._complete(contract_backend)
        assert result.usage.prompt_tokens > 0
        assert 0 < result.usage.completion_tokens <= self.max_tokens
        assert result.usage.total_tokens == result.usage.prompt_tokens + result.usage.completion_tokens

    def test_plain_string_prompt_and_dicts(self, contract_backend: Backend) -> None:
        from purpose_agent.plugin import as_messages

        result = contract_backend.complete(
            as_messages([{"role": "user", "content": "Say hi."}]), max_tokens=self.max_tokens
        )
        assert result.text.strip()

    # -- sampling controls ---------------------------------------------------------------------------

    def test_greedy_is_repeatable(self, contract_backend: Backend) -> None:
        first = self._complete(contract_backend, seed=7)
        second = self._complete(contract_backend, seed=7)
        self.assert_same_text(second.text, first.text)

    def test_seed_and_temperature_accepted(self, contract_backend: Backend) -> None:
        result = self._complete(contract_backend, temperature=0.8, seed=1234)
        assert result.text.strip()
        if contract_backend.capabilities.seed:
            again = self._complete(contract_backend, temperature=0.8, seed=1234)
            self.assert_same_text(again.text, result.text)

    def test_stop_sequence_ends_text(self, contract_backend: Backend) -> None:
        full = self._complete(contract_backend).text
        words = full.split()
        if len(words) < 2:
            pytest.skip(f"the backend answered too briefly to place a stop sequence: {full!r}")
        stop = words[1]
        cut = self._complete(contract_backend, stop=[stop]).text
        assert stop not in cut
        if self.repeatable_greedy:
            assert full.startswith(cut.rstrip()), f"{cut!r} is not a prefix of {full!r}"
            assert len(cut) < len(full)

    # -- streaming -----------------------------------------------------------------------------------

    def test_stream_matches_complete(self, contract_backend: Backend) -> None:
        expected = self._complete(contract_backend).text
        chunks = list(contract_backend.stream(PROMPT, max_tokens=self.max_tokens, temperature=0.0))
        assert chunks and all(isinstance(c, StreamChunk) for c in chunks)
        self.assert_same_text("".join(c.text for c in chunks), expected)
        assert chunks[-1].finish_reason in FINISH_REASONS
        assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0

    def test_async_complete_and_stream(self, contract_backend: Backend) -> None:
        expected = self._complete(contract_backend).text

        async def run() -> tuple[Completion, list[StreamChunk]]:
            result = await contract_backend.acomplete(PROMPT, max_tokens=self.max_tokens, temperature=0.0)
            chunks = [
                c async for c in contract_backend.astream(PROMPT, max_tokens=self.max_tokens, temperature=0.0)
            ]
            return result, chunks

        result, chunks = asyncio.run(run())
        self.assert_same_text(result.text, expected)
        self.assert_same_text("".join(c.text for c in chunks), expected)
        assert chunks[-1].finish_reason in FINISH_REASONS

    def test_thread_safe(self, contract_backend: Backend) -> None:
        expected = self._complete(contract_backend).text
        results: list[str] = []
        errors: list[BaseException] = []

        def call() -> None:
            try:
                results.append(self._complete(contract_backend).text)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
        assert len(results) == 3
        for text in results:
            self.assert_same_text(text, expected)

    # -- tokens --------------------------------------------------------------------------------------

    def test_count_tokens(self, contract_backend: Backend) -> None:
        assert contract_backend.count_tokens("") == 0
        short = contract_backend.count_tokens("hello world")
        long = contract_backend.count_tokens("hello world " * 20)
        assert isinstance(short, int) and short > 0
        assert long > short

    # -- structured output and tools -----------------------------------------------------------------

    def test_json_schema_output_is_valid(self, contract_backend: Backend) -> None:
        result = contract_backend.complete(
            JSON_PROMPT, max_tokens=64, temperature=0.0, json_schema=JSON_SCHEMA
        )
        value = result.json()
        assert validate(value, JSON_SCHEMA) == []

    def test_tool_specs_accepted(self, contract_backend: Backend) -> None:
        result = contract_backend.complete(TOOL_PROMPT, max_tokens=48, temperature=0.0, tools=[CALCULATOR])
        assert isinstance(result, Completion)
        assert result.text.strip() or result.tool_calls
        for call in result.tool_calls:
            assert call.name == CALCULATOR.name
            assert isinstance(call.arguments, dict)
            assert call.id
        if result.tool_calls:
            assert result.finish_reason == "tool_calls"
