"""The backend contract from purpose_agent.testing, through the official ollama client against the
loopback fake Ollama server (slm_fake_ollama.py), which answers with the embedded model."""

from __future__ import annotations

from purpose_agent.testing import BackendContract


class TestOllamaContract(BackendContract):
    """``backend`` comes from conftest.py."""
