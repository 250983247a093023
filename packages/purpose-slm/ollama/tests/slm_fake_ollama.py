"""A loopback HTTP server that speaks the Ollama REST API and answers with the embedded SmolLM2 model.

No Ollama server can be installed here, so the official ``ollama`` client is tested against this:
``GET /api/tags``, ``GET /api/version``, ``POST /api/chat`` with ``stream`` (NDJSON), ``format`` (a JSON
schema or ``"json"``), ``tools``, ``options`` (num_predict, temperature, seed, stop, num_ctx) and
``think``. A model name that is not served gets Ollama's 404 "not found, try pulling it first". Two
scripted models stand for what the real model will not do on demand: ``broken:latest`` always answers
invalid JSON, and ``loading:latest`` fails with 503 for its first ``fail_first`` requests.
``gemma3:1b`` is served but, like the real model, has no tool template: a request with tools gets 400.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from purpose_agent.plugin import Message, PurposeError, ToolSpec

#: Names answered by the embedded model.
SERVED = ("qwen3:1.7b", "smollm2:135m", "gemma3:1b")
NO_TOOLS = "gemma3:1b"
BROKEN = "broken:latest"
LOADING = "loading:latest"


def _now() -> str:
    return datetime.now(UTC).isoformat()


class FakeOllama(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, backend: Any) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.backend = backend
        self.requests: list[dict[str, Any]] = []
        self.fail_first = 0
        self._lock = threading.Lock()

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"

    def record(self, body: dict[str, Any]) -> int:
        with self._lock:
            self.requests.append(body)
            return len([r for r in self.requests if r.get("model") == body.get("model")])


class _Handler(BaseHTTPRequestHandler):
    server: FakeOllama
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path == "/api/tags":
            models = [{"name": n, "model": n, "modified_at": _now(), "size": 98362432} for n in SERVED]
            self._send(200, {"models": models})
        elif self.path == "/api/version":
            self._send(200, {"version": "0.0.0-fake"})
        else:
            self._send(404, {"error": f"no route {self.path}"})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path != "/api/chat":
            self._send(404, {"error": f"no route {self.path}"})
            return
        model = body.get("model", "")
        count = self.server.record(body)
        if model == LOADING and count <= self.server.fail_first:
            self._send(503, {"error": "model is loading, try again"})
            return
        if model not in (*SERVED, BROKEN, LOADING):
            self._send(404, {"error": f'model "{model}" not found, try pulling it first'})
            return
        if model == NO_TOOLS and body.get("tools"):
            self._send(400, {"error": f'"{model}" does not support tools'})
            return
        if model == BROKEN:
            self._reply(
                body, {"text": '{"type": "string", "oops', "calls": [], "finish": "length", "usage": (5, 9)}
            )
            return
        try:
            out = self._generate(body)
        except PurposeError as exc:  # Ollama reports failures as {"error": ...}
            self._send(500, {"error": str(exc)})
            return
        self._reply(body, out)

    def _generate(self, body: dict[str, Any]) -> dict[str, Any]:
        options = body.get("options") or {}
        messages = [Message(role=m["role"], content=m.get("content", "")) for m in body.get("messages", [])]
        fmt = body.get("format")
        schema = fmt if isinstance(fmt, dict) else ({"type": "object"} if fmt == "json" else None)
        tools = [ToolSpec(**t["function"]) for t in body.get("tools") or []]
        kwargs = {
            "max_tokens": int(options.get("num_predict", 128)),
            "temperature": float(options.get("temperature", 0.8)),
            "stop": options.get("stop"),
            "seed": options.get("seed"),
        }
        if body.get("stream", True) and schema is None and not tools:
            return {"stream": self.server.backend.stream(messages, **kwargs)}
        result = self.server.backend.complete(messages, json_schema=schema, tools=tools or None, **kwargs)
        calls = [{"function": {"name": c.name, "arguments": c.arguments}} for c in result.tool_calls]
        usage = (result.usage.prompt_tokens, result.usage.completion_tokens)
        return {"text": result.text, "calls": calls, "finish": result.finish_reason, "usage": usage}

    def _reply(self, body: dict[str, Any], out: dict[str, Any]) -> None:
        model = body["model"]
        if "stream" in out:
            self._stream(model, out["stream"])
            return
        finish = "stop" if out["finish"] == "tool_calls" else out["finish"]
        message: dict[str, Any] = {"role": "assistant", "content": out["text"]}
        if out["calls"]:
            message["tool_calls"] = out["calls"]
        final = {
            "model": model,
            "created_at": _now(),
            "message": message,
            "done": True,
            "done_reason": finish,
            "prompt_eval_count": out["usage"][0],
            "eval_count": out["usage"][1],
        }
        if body.get("stream", True):
            self._ndjson([final])
        else:
            self._send(200, final)

    def _stream(self, model: str, chunks: Any) -> None:
        def lines() -> Any:
            for chunk in chunks:
                if chunk.text:
                    yield {
                        "model": model,
                        "created_at": _now(),
                        "message": {"role": "assistant", "content": chunk.text},
                        "done": False,
                    }
                if chunk.finish_reason:
                    usage = chunk.usage
                    yield {
                        "model": model,
                        "created_at": _now(),
                        "message": {"role": "assistant", "content": ""},
                        "done": True,
                        "done_reason": chunk.finish_reason,
                        "prompt_eval_count": usage.prompt_tokens if usage else 0,
                        "eval_count": usage.completion_tokens if usage else 0,
                    }

        self._ndjson(lines())

    def _ndjson(self, items: Any) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for item in items:
            data = json.dumps(item).encode() + b"\n"
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        self.wfile.write(b"0\r\n\r\n")
