"""Embedded llama.cpp backend (SmolLM2-135M by default) for Purpose Agent.

Nothing heavy is imported here; ``LlamaCppBackend`` loads llama-cpp-python on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LlamaCppBackend", "embedded_model_path"]


def __getattr__(name: str) -> Any:
    if name == "LlamaCppBackend":
        from purpose_slm_llamacpp.backend import LlamaCppBackend

        return LlamaCppBackend
    if name == "embedded_model_path":
        from purpose_slm_llamacpp.model_file import embedded_model_path

        return embedded_model_path
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
