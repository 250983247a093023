"""Entry point of the ``slm-ollama`` plugin: the ``ollama`` backend and the model strings it claims.

Importing this module is cheap: the ``ollama`` client is imported when the first request is made.
"""

from __future__ import annotations

import re
from typing import Any

from purpose_agent.plugin import hookimpl

BACKEND_NAME = "ollama"

#: ``name:tag`` as Ollama writes it (``qwen3:1.7b``, ``llama3.2:1b``, ``hf.co/org/repo:Q4_K_M``).
_OLLAMA_NAME = re.compile(r"^[A-Za-z0-9][\w.\-/]*:[\w.\-]+$")


def _factory(model: str, **settings: Any) -> Any:
    from purpose_slm_ollama.backend import OllamaBackend

    return OllamaBackend(model, **settings)


@hookimpl
def register_backends(registry: Any) -> None:
    registry.add(_factory, name=BACKEND_NAME)


def claims(model: str) -> bool:
    text = model.strip()
    if "://" in text or text.lower().endswith(".gguf") or re.match(r"^[A-Za-z]:[\\/]", text):
        return False
    return bool(_OLLAMA_NAME.match(text))


@hookimpl
def resolve_backend(model: str, settings: dict[str, Any]) -> str | None:
    forced = settings.get("backend")
    if forced:
        return BACKEND_NAME if forced == BACKEND_NAME else None
    return BACKEND_NAME if claims(model) else None
