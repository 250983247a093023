"""The fake Ollama server (loopback, embedded model behind it), started once per session."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from slm_fake_ollama import FakeOllama


@pytest.fixture(scope="session")
def ollama_server() -> Iterator[FakeOllama]:
    from purpose_slm_llamacpp import LlamaCppBackend

    server = FakeOllama(LlamaCppBackend("smollm2"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def backend(ollama_server: FakeOllama):  # type: ignore[no-untyped-def]
    from purpose_slm_ollama import OllamaBackend

    return OllamaBackend("qwen3:1.7b", host=ollama_server.host, context_size=2048, think=False)
