"""OpenAI-compatible backend for Purpose Agent (OpenAI, Hugging Face's router, vLLM, LM Studio, llama.cpp).

Nothing heavy is imported here; the ``openai`` client is imported on the first request.
"""

from __future__ import annotations

from typing import Any

__all__ = ["OpenAIBackend"]


def __getattr__(name: str) -> Any:
    if name == "OpenAIBackend":
        from purpose_slm_openai.backend import OpenAIBackend

        return OpenAIBackend
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
