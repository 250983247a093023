"""The OpenAI-compatible backend against the real loopback llama_cpp.server, plus scripted HTTP servers
for the answers a small model will not give on demand (invalid JSON every time, a native tool call)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from purpose_agent.plugin import (
    AuthenticationError,
    BackendUnavailableError,
    ContextOverflowError,
    InvalidOutputError,
    Message,
    PurposeError,
    ToolSpec,
    validate,
)
from purpose_slm_openai import OpenAIBackend
from purpose_slm_openai.endpoints import HF_ROUTER_URL, OPENAI_URL, resolve_endpoint
from slm_openai_server import LoopbackServer, free_port

ITEM = {
    "type": "object",
    "properties": {"item": {"type": "string"}, "count": {"type": "integer"}},
    "required": ["item", "count"],
}


# -- against the real server -----------------------------------------------------------------------


def test_integration_real_completion(backend: OpenAIBackend) -> None:
    result = backend.complete([Message(role="user", content="Name a fruit.")], max_tokens=12)
    assert result.text.strip()
    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0


def test_integration_schema_output_falls_back_to_llamacpp_format(llama_server: LoopbackServer) -> None:
    fresh = OpenAIBackend(
        "smollm2", base_url=llama_server.base_url, api_key=llama_server.api_key, max_retries=0
    )
    result = fresh.complete(
        [Message(role="user", content="A shopping list item and how many, as JSON.")],
        max_tokens=48,
        json_schema=ITEM,
    )
    assert validate(json.loads(result.text), ITEM) == []
    # llama.cpp's server rejects the standard json_schema format; the backend remembers what worked.
    assert fresh._json_modes[0] == "json_object"
    assert fresh.capabilities.json_schema


def test_wrong_api_key(llama_server: LoopbackServer) -> None:
    wrong = OpenAIBackend("smollm2", base_url=llama_server.base_url, api_key="wrong-key", max_retries=0)
    with pytest.raises(AuthenticationError, match="refused the API key") as info:
        wrong.complete([Message(role="user", content="Hi")], max_tokens=4)
    assert "api_key" in str(info.value)
    with pytest.raises(AuthenticationError):
        list(wrong.stream([Message(role="user", content="Hi")], max_tokens=4))


def test_prompt_larger_than_context(backend: OpenAIBackend) -> None:
    huge = "lorem ipsum dolor sit amet " * 1000
    with pytest.raises(ContextOverflowError, match="does not fit"):
        backend.complete([Message(role="user", content=huge)], max_tokens=4)


def test_unreachable_server_after_bounded_retries() -> None:
    port = free_port()  # nothing listens there
    dead = OpenAIBackend("smollm2", base_url=f"http://127.0.0.1:{port}/v1", max_retries=1, timeout=5)
    with pytest.raises(BackendUnavailableError, match=r"cannot reach.*after 2 tries") as info:
        dead.complete([Message(role="user", content="Hi")], max_tokens=4)
    assert isinstance(info.value, PurposeError)


# -- endpoint and key resolution -------------------------------------------------------------------


def test_openai_model_uses_openai_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    endpoint = resolve_endpoint("gpt-4o")
    assert (endpoint.base_url, endpoint.api_key, endpoint.key_source) == (
        OPENAI_URL,
        "sk-test",
        "OPENAI_API_KEY",
    )


def test_hf_repo_id_uses_router_and_hf_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setenv("HF_TOKEN", "hf_test")
    endpoint = resolve_endpoint("Qwen/Qwen3-32B")
    assert (endpoint.base_url, endpoint.api_key, endpoint.model) == (
        HF_ROUTER_URL,
        "hf_test",
        "Qwen/Qwen3-32B",
    )


def test_missing_key_for_remote_server_is_reported_up_front(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "PURPOSE_AGENT_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(AuthenticationError, match="set OPENAI_API_KEY"):
        OpenAIBackend("gpt-4o")


def test_local_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("PURPOSE_AGENT_API_KEY", raising=False)
    assert resolve_endpoint("any", base_url="http://localhost:8080/v1").api_key == "not-needed"


# -- scripted servers ------------------------------------------------------------------------------


class _Scripted(ThreadingHTTPServer):
    reply: dict[str, Any]
    requests: list[dict[str, Any]]


class _Handler(BaseHTTPRequestHandler):
    server: _Scripted

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append(body)
        payload = json.dumps(self.server.reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


def _chat(message: dict[str, Any], finish: str = "stop") -> dict[str, Any]:
    return {
        "id": "x",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
    }


@pytest.fixture
def scripted_server() -> Iterator[_Scripted]:
    server = _Scripted(("127.0.0.1", 0), _Handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_invalid_json_every_time_ends_in_invalid_output_after_bounded_retries(
    scripted_server: _Scripted,
) -> None:
    scripted_server.reply = _chat(
        {"content": 'Sure! {"type": "object", "properties": {"item": {"type": "string"}}}'}
    )
    url = f"http://127.0.0.1:{scripted_server.server_port}/v1"
    b = OpenAIBackend("m", base_url=url, json_mode="prompt", json_attempts=3, max_retries=0)
    with pytest.raises(InvalidOutputError, match=r"after 3 attempt.*copied the JSON schema"):
        b.complete([Message(role="user", content="An item as JSON.")], json_schema=ITEM)
    assert len(scripted_server.requests) == 3
    # The schema went into the prompt, and each retry carried the error back to the model.
    assert '"required":["item","count"]' in scripted_server.requests[0]["messages"][0]["content"]
    assert "not valid" in scripted_server.requests[2]["messages"][-1]["content"]


def test_broken_json_is_repaired_without_a_retry(scripted_server: _Scripted) -> None:
    scripted_server.reply = _chat({"content": "```json\n{'item': 'eggs', 'count': 12,}\n```"})
    url = f"http://127.0.0.1:{scripted_server.server_port}/v1"
    b = OpenAIBackend("m", base_url=url, json_mode="prompt", max_retries=0)
    result = b.complete([Message(role="user", content="An item as JSON.")], json_schema=ITEM)
    assert json.loads(result.text) == {"item": "eggs", "count": 12}
    assert len(scripted_server.requests) == 1


def test_native_tool_calls_are_parsed(scripted_server: _Scripted) -> None:
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "calculator", "arguments": '{"expression": "12*7"}'},
    }
    scripted_server.reply = _chat({"content": None, "tool_calls": [call]}, finish="tool_calls")
    url = f"http://127.0.0.1:{scripted_server.server_port}/v1"
    b = OpenAIBackend("m", base_url=url, max_retries=0)
    spec = ToolSpec(
        name="calculator", parameters={"type": "object", "properties": {"expression": {"type": "string"}}}
    )
    result = b.complete([Message(role="user", content="12*7?")], tools=[spec])
    assert result.finish_reason == "tool_calls"
    assert [(c.id, c.name, c.arguments) for c in result.tool_calls] == [
        ("call_1", "calculator", {"expression": "12*7"})
    ]
    assert scripted_server.requests[0]["tools"][0]["function"]["name"] == "calculator"
