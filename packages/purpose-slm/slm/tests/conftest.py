"""A fresh plugin manager (installed entry points, default settings) as the process-wide one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from purpose_agent.config import Settings
from purpose_agent.llm.resolve import clear_backend_cache
from purpose_agent.plugins import PluginManager, set_plugin_manager


def make_manager(**settings: object) -> PluginManager:
    manager = PluginManager(Settings.model_validate(settings)).load()
    set_plugin_manager(manager)
    return manager


@pytest.fixture
def manager() -> Iterator[PluginManager]:
    clear_backend_cache()
    yield make_manager()
    set_plugin_manager(None)
    clear_backend_cache()
