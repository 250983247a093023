"""Entry point of the ``slm-llamacpp`` plugin: the ``llamacpp`` backend and the model strings it claims.

Importing this module is cheap: llama-cpp-python is imported only when a backend is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from purpose_agent.plugin import hookimpl

from purpose_slm_llamacpp.model_file import is_embedded_name

BACKEND_NAME = "llamacpp"


def _factory(model: str = "smollm2", **settings: Any) -> Any:
    from purpose_slm_llamacpp.backend import LlamaCppBackend

    return LlamaCppBackend(model, **settings)


@hookimpl
def register_backends(registry: Any) -> None:
    registry.add(_factory, name=BACKEND_NAME)


def claims(model: str) -> bool:
    """``smollm2`` (the embedded model), any ``*.gguf`` string, or an existing local file."""
    text = model.strip()
    if is_embedded_name(text) or text.lower().endswith(".gguf"):
        return True
    if "://" in text:
        return False
    try:
        return Path(text).expanduser().is_file()
    except OSError:
        return False


@hookimpl
def resolve_backend(model: str, settings: dict[str, Any]) -> str | None:
    forced = settings.get("backend")
    if forced:
        return BACKEND_NAME if forced == BACKEND_NAME else None
    return BACKEND_NAME if claims(model) else None
