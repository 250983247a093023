"""The Ollama backend through the official client against the loopback fake Ollama server."""

from __future__ import annotations

import json
import socket

import pytest
from purpose_agent.plugin import (
    BackendUnavailableError,
    ContextOverflowError,
    InvalidOutputError,
    Message,
    ModelNotFoundError,
    validate,
)
from purpose_slm_ollama import OllamaBackend
from slm_fake_ollama import BROKEN, LOADING, FakeOllama

ANSWER = {
    "type": "object",
    "properties": {"answer": {"type": "string"}, "confidence": {"type": "number"}},
    "required": ["answer", "confidence"],
}


def test_format_schema_gives_valid_json_and_reaches_the_server(
    backend: OllamaBackend, ollama_server: FakeOllama
) -> None:
    result = backend.complete(
        [Message(role="user", content="What colour is the sky? Answer as JSON.")],
        max_tokens=40,
        json_schema=ANSWER,
    )
    assert validate(json.loads(result.text), ANSWER) == []
    sent = ollama_server.requests[-1]
    assert sent["format"] == ANSWER
    assert sent["think"] is False  # qwen3's thinking switched off, as the preset asks
    assert sent["options"]["num_ctx"] == 2048 and sent["options"]["num_predict"] == 40


def test_streaming_is_ndjson_token_by_token(backend: OllamaBackend) -> None:
    chunks = list(backend.stream([Message(role="user", content="Count to five.")], max_tokens=12))
    assert len([c for c in chunks if c.text]) > 3
    assert chunks[-1].finish_reason in ("stop", "length")
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_installed_models_lists_tags(backend: OllamaBackend) -> None:
    assert "qwen3:1.7b" in backend.installed_models()


def test_model_not_pulled(ollama_server: FakeOllama) -> None:
    missing = OllamaBackend("llama3.2:1b", host=ollama_server.host)
    with pytest.raises(ModelNotFoundError, match=r"ollama pull llama3\.2:1b"):
        missing.complete([Message(role="user", content="Hi")], max_tokens=4)


def test_no_server_running_after_bounded_retries() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens here
    dead = OllamaBackend("qwen3:1.7b", host=f"127.0.0.1:{port}", retries=2, backoff_s=0.01)
    with pytest.raises(
        BackendUnavailableError, match=r"no Ollama server .* \(2 tries\); start it with `ollama serve`"
    ):
        dead.complete([Message(role="user", content="Hi")], max_tokens=4)
    with pytest.raises(BackendUnavailableError):
        list(dead.stream([Message(role="user", content="Hi")], max_tokens=4))


def test_model_loading_503_is_retried(ollama_server: FakeOllama) -> None:
    ollama_server.fail_first = 2
    loading = OllamaBackend(LOADING, host=ollama_server.host, retries=3, backoff_s=0.01)
    result = loading.complete([Message(role="user", content="Hi")], max_tokens=4)
    assert result.text
    assert len([r for r in ollama_server.requests if r["model"] == LOADING]) == 3


def test_invalid_json_ends_in_invalid_output_after_bounded_retries(ollama_server: FakeOllama) -> None:
    broken = OllamaBackend(BROKEN, host=ollama_server.host, json_attempts=2)
    before = len([r for r in ollama_server.requests if r["model"] == BROKEN])
    with pytest.raises(InvalidOutputError, match="after 2 attempt"):
        broken.complete([Message(role="user", content="JSON please")], json_schema=ANSWER)
    assert len([r for r in ollama_server.requests if r["model"] == BROKEN]) - before == 2


def test_prompt_larger_than_context_is_refused_before_sending(ollama_server: FakeOllama) -> None:
    small = OllamaBackend("qwen3:1.7b", host=ollama_server.host, context_size=512)
    before = len(ollama_server.requests)
    with pytest.raises(ContextOverflowError, match="silently cut"):
        small.complete([Message(role="user", content="word " * 2000)], max_tokens=4)
    assert len(ollama_server.requests) == before


def test_model_without_tool_template_falls_back_to_a_tool_grammar(ollama_server: FakeOllama) -> None:
    from purpose_agent.testing import CALCULATOR

    gemma = OllamaBackend("gemma3:1b", host=ollama_server.host)
    messages = [
        Message(role="system", content="Use the calculator for arithmetic."),
        Message(role="user", content="What is 12 * 7?"),
    ]
    result = gemma.complete(messages, max_tokens=48, tools=[CALCULATOR])
    assert gemma.tools_mode == "grammar" and not gemma.capabilities.tools
    sent = [r for r in ollama_server.requests if r["model"] == "gemma3:1b"]
    assert sent[0].get("tools") and not sent[-1].get("tools")
    assert sent[-1]["format"]["anyOf"][0]["properties"]["tool"] == {"const": "calculator"}
    if result.tool_calls:
        assert result.tool_calls[0].name == "calculator" and result.finish_reason == "tool_calls"
    else:
        assert result.text.strip()
