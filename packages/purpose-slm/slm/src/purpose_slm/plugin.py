"""Entry point of the ``slm`` plugin: presets as a backend, preset-name resolution, ``purpose models``.

Preset names resolve first (``tryfirst``), so ``qwen3:1.7b`` gets the Ollama backend *with* its preset
settings; other strings fall through to the backend plugins' own rules (``qwen3:4b`` -> ollama,
``gpt-4.1`` -> openai, ``model.gguf`` -> llamacpp).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl

from purpose_slm.preset_backend import BACKEND_NAME
from purpose_slm.presets import find_preset


def _factory_for(manager: Any) -> Any:
    """The preset factory bound to the manager that registered it (the caller's plugins and settings)."""

    def factory(model: str, **settings: Any) -> Any:
        from purpose_slm.preset_backend import create_from_preset

        return create_from_preset(model, manager=manager, **settings)

    return factory


@hookimpl
def register_backends(registry: Any) -> None:
    registry.add(_factory_for(registry.manager), name=BACKEND_NAME)


@hookimpl(tryfirst=True)
def resolve_backend(model: str, settings: dict[str, Any]) -> str | None:
    if settings.get("backend") or settings.get("base_url"):
        return None  # an explicit backend or server overrides presets
    return BACKEND_NAME if find_preset(model) is not None else None


@hookimpl
def register_commands(registry: Any) -> None:
    from purpose_slm.models_cmd import COMMAND

    registry.add(COMMAND)
