"""The connection pool is sized to the executor's worker count: 16 requests really are in flight at once.

A stdlib HTTP server on loopback answers the chat-completions protocol and records the most requests it held
at one time. Each request waits at a 16-party barrier before it is answered, so the count does not depend on
how fast a loaded machine starts the client threads: with a pool of 16 every request reaches the barrier and
all pass; with a smaller pool the barrier times out and the count stays below 16.
"""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from purpose_agent.plugin import Message
from purpose_slm_openai import OpenAIBackend

PARTIES = 16
BARRIER_TIMEOUT_S = 20.0


class _Slow(BaseHTTPRequestHandler):
    state = {"now": 0, "most": 0, "passed": 0}
    lock = threading.Lock()
    barrier = threading.Barrier(PARTIES, timeout=BARRIER_TIMEOUT_S)

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.lock:
            self.state["now"] += 1
            self.state["most"] = max(self.state["most"], self.state["now"])
        try:
            self.barrier.wait()
            passed = 1
        except threading.BrokenBarrierError:
            passed = 0
        with self.lock:
            self.state["now"] -= 1
            self.state["passed"] += passed
        body = json.dumps(
            {
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": "m",
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
                ],
                "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_sixteen_requests_in_flight_with_a_pool_of_sixteen() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        backend = OpenAIBackend("m", base_url=f"http://127.0.0.1:{server.server_port}/v1", api_key="k")
        backend.set_concurrency(16)
        assert backend.client._client._transport._pool._max_connections == 16
        with ThreadPoolExecutor(16) as pool:
            texts = list(
                pool.map(lambda _: backend.complete([Message(role="user", content="hi")]).text, range(16))
            )
        assert texts == ["ok"] * 16
        assert _Slow.state["most"] == 16
        assert _Slow.state["passed"] == 16  # all sixteen were held open at the same moment
        backend.set_concurrency(2)
        assert backend.client._client._transport._pool._max_connections == 2
    finally:
        server.shutdown()
        server.server_close()
