"""Ollama failures read as one line, from the client's error up to what ``purpose run`` prints."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import ollama
from purpose_slm_ollama import OllamaBackend
from purpose_slm_ollama.errors import translate


def test_a_multi_line_server_error_becomes_one_line() -> None:
    backend = OllamaBackend("qwen3:1.7b", host="127.0.0.1:9")
    page = "<html>\n<body>\n  Bad gateway\n</body>\n</html>\n"
    error = translate(ollama.ResponseError(page, 502), backend, 3)
    assert "\n" not in str(error)
    assert "failed with 502 after 3 tries: <html> <body> Bad gateway </body> </html>" in str(error)


def test_purpose_run_prints_one_error_line_when_no_server_answers(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens here
    env = {**os.environ, "OLLAMA_HOST": f"127.0.0.1:{port}", "COLUMNS": "80"}
    env.pop("PURPOSE_AGENT_MODEL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "run", "What is 2+3?", "--model", "qwen3:1.7b"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    assert f"no Ollama server answers at http://127.0.0.1:{port}" in errors[0]
    assert "ollama serve" in errors[0] and "trace" in errors[0]
    assert "judge failed" not in proc.stdout + proc.stderr and "╭" not in proc.stdout + proc.stderr
