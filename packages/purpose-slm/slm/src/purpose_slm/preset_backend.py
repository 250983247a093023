"""The ``preset`` backend: builds the backend a preset names, with the preset's settings.

It fetches the concrete backend's factory from the plugin manager, so a backend plugin that the user
disabled stays disabled even when a preset names it.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import PluginNotFoundError

from purpose_slm.presets import PRESETS, find_preset

BACKEND_NAME = "preset"


def create_from_preset(model: str, *, manager: Any = None, **settings: Any) -> Any:
    """The backend ``model``'s preset names, from ``manager``'s backends (the caller's; default: the
    process-wide manager)."""
    preset = find_preset(model)
    if preset is None:
        raise PluginNotFoundError(
            f"no preset named {model!r}; presets: {', '.join(PRESETS)} (see `purpose models`)"
        )
    if manager is None:
        from purpose_agent.plugin import get_plugin_manager

        manager = get_plugin_manager()
    factory = manager.backends().get(preset.backend)
    base = preset.backend_settings()
    merged = {**base, **settings}
    if "sampling" in base and isinstance(settings.get("sampling"), dict):
        merged["sampling"] = {**base["sampling"], **settings["sampling"]}
    backend = factory(model=preset.model, **merged)
    backend.preset = preset
    return backend
