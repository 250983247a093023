"""A real OpenAI-compatible server on loopback: ``python -m llama_cpp.server`` with the embedded model.

Started once per session on a free port, with an API key so a wrong key can be tested; the fixture
waits for ``/v1/models`` to answer (with a timeout) and always terminates the process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from slm_openai_server import API_KEY, READY_TIMEOUT_S, LoopbackServer, _ready, free_port


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackServer]:
    pytest.importorskip(
        "llama_cpp.server.app", reason="needs purpose-slm-openai[test] (llama-cpp-python[server])"
    )
    from purpose_slm_llamacpp.model_file import embedded_model_path

    port = free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(embedded_model_path()),
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--api_key", API_KEY,
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ})
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not _ready(f"{base_url}/models", API_KEY):
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {process.returncode}: {log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(
                    f"llama_cpp.server not ready after {READY_TIMEOUT_S:.0f} s: {log.read_text()[-2000:]}"
                )
            time.sleep(0.25)
        yield LoopbackServer(base_url, API_KEY, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def backend(llama_server: LoopbackServer):  # type: ignore[no-untyped-def]
    from purpose_slm_openai import OpenAIBackend

    return OpenAIBackend(
        "smollm2",
        base_url=llama_server.base_url,
        api_key=llama_server.api_key,
        context_size=2048,
        max_retries=1,
    )
