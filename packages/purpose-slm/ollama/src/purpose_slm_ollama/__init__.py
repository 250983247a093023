"""Ollama backend for Purpose Agent (``model="qwen3:1.7b"``).

Nothing heavy is imported here; the ``ollama`` client is imported on the first request.
"""

from __future__ import annotations

from typing import Any

__all__ = ["OllamaBackend"]


def __getattr__(name: str) -> Any:
    if name == "OllamaBackend":
        from purpose_slm_ollama.backend import OllamaBackend

        return OllamaBackend
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
