"""get_backend: resolution through the hook, factory call, per-(backend, model) caching, clear errors."""

from __future__ import annotations

from typing import Any

import pytest
from purpose_agent import hookimpl
from purpose_agent.config import Settings
from purpose_agent.errors import BackendError, PluginNotFoundError
from purpose_agent.llm.resolve import clear_backend_cache, get_backend
from purpose_agent.plugins import PluginManager
from purpose_agent.testing import ScriptedBackend


class _ScriptedPlugin:
    built: list[tuple[str, dict[str, Any]]] = []

    @hookimpl
    def register_backends(self, registry: Any) -> None:
        def factory(model: str, **settings: Any) -> ScriptedBackend:
            self.built.append((model, settings))
            return ScriptedBackend("ok", model=model, **settings)

        registry.add(factory, name="scripted")

    @hookimpl
    def resolve_backend(self, model: str, settings: dict[str, Any]) -> str | None:
        return "scripted" if model.startswith("scripted/") else None


@pytest.fixture
def manager() -> PluginManager:
    clear_backend_cache()
    pm = PluginManager(Settings(plugin={"test-scripted": {"context_size": 1024}}))
    pm._loaded = True  # no entry points: only the plugin registered below
    pm.register(_ScriptedPlugin(), name="test-scripted")
    _ScriptedPlugin.built.clear()
    return pm


def test_resolves_builds_and_caches(manager: PluginManager) -> None:
    first = get_backend("scripted/a", manager=manager)
    assert isinstance(first, ScriptedBackend) and first.model == "scripted/a"
    assert first.context_size == 1024  # [plugin.test-scripted] settings reach the factory
    assert get_backend("scripted/a", manager=manager) is first
    assert get_backend("scripted/b", manager=manager) is not first
    assert get_backend("scripted/a", manager=manager, context_size=512).context_size == 512
    assert [m for m, _ in _ScriptedPlugin.built] == ["scripted/a", "scripted/b", "scripted/a"]


def test_unknown_model_lists_installed(manager: PluginManager) -> None:
    with pytest.raises(PluginNotFoundError, match="installed backends: scripted"):
        get_backend("mystery", manager=manager)


def test_bad_settings_name_the_plugin(manager: PluginManager) -> None:
    with pytest.raises(BackendError, match=r"plugin 'test-scripted'.*no_such_option"):
        get_backend("scripted/a", manager=manager, no_such_option=1)
