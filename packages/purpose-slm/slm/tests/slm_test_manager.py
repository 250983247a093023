"""Helpers shared by the purpose-slm tests (importable under a unique name, unlike conftest)."""

from __future__ import annotations

from purpose_agent.plugin import PluginManager, Settings, set_plugin_manager


def make_manager(**settings: object) -> PluginManager:
    """A manager over the installed entry points, made the process-wide one (presets look it up)."""
    manager = PluginManager(Settings.model_validate(settings)).load()
    set_plugin_manager(manager)
    return manager
