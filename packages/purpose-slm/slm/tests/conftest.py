"""A fresh plugin manager (installed entry points, default settings) as the process-wide one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from purpose_agent.plugin import PluginManager, clear_backend_cache, set_plugin_manager
from slm_test_manager import make_manager


@pytest.fixture
def manager() -> Iterator[PluginManager]:
    clear_backend_cache()
    yield make_manager()
    set_plugin_manager(None)
    clear_backend_cache()
