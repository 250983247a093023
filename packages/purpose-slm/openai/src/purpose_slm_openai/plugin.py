"""Entry point of the ``slm-openai`` plugin: the ``openai`` backend and the model strings it claims.

Importing this module is cheap: the ``openai`` client is imported when the first request is made.
"""

from __future__ import annotations

import re
from typing import Any

from purpose_agent.plugin import hookimpl

from purpose_slm_openai.endpoints import is_hf_repo_id

BACKEND_NAME = "openai"

#: OpenAI's own model families.
_OPENAI_MODEL = re.compile(r"^(gpt-|chatgpt-|o[1-9](-|$)|text-|davinci|babbage)", re.IGNORECASE)


def _factory(model: str, **settings: Any) -> Any:
    from purpose_slm_openai.backend import OpenAIBackend

    return OpenAIBackend(model, **settings)


@hookimpl
def register_backends(registry: Any) -> None:
    registry.add(_factory, name=BACKEND_NAME)


def claims(model: str, settings: dict[str, Any] | None = None) -> bool:
    """OpenAI model names, Hugging Face repository ids, or anything when a ``base_url`` is configured."""
    text = model.strip()
    if settings and settings.get("base_url"):
        return not text.lower().endswith(".gguf")
    return bool(_OPENAI_MODEL.match(text)) or is_hf_repo_id(text)


@hookimpl
def resolve_backend(model: str, settings: dict[str, Any]) -> str | None:
    forced = settings.get("backend")
    if forced:
        return BACKEND_NAME if forced == BACKEND_NAME else None
    return BACKEND_NAME if claims(model, settings) else None
