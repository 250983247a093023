"""The plugin manager: discovery, blocking before import, isolation of broken plugins."""

from __future__ import annotations

import sys

import pytest
from purpose_agent.config import Settings
from purpose_agent.errors import ConfigError, PluginNotFoundError
from purpose_agent.plugins import DISABLED, ENABLED, FAILED, PluginManager


def _manager(**plugins: object) -> PluginManager:
    return PluginManager(Settings(plugins=plugins)).load()


def test_good_plugin_is_loaded_and_listed(fake_entry_points) -> None:
    fake_entry_points({"echo": "plugin_fixtures.good_tool"})
    manager = _manager()
    (info,) = manager.plugin_infos()
    assert (info.name, info.state, info.kinds) == ("echo", ENABLED, ["tool"])
    assert manager.tools().get("echo").run(text="hi").output == "hi"
    assert manager.tools().plugin_of("echo") == "echo"
    assert manager.loaded_set() == [{"name": "echo", "distribution": "<unknown>", "version": "<unknown>"}]


def test_disabled_plugin_is_never_imported(fake_entry_points) -> None:
    sys.modules.pop("plugin_fixtures.good_tool", None)
    fake_entry_points({"echo": "plugin_fixtures.good_tool", "obs": "plugin_fixtures.observer"})
    manager = _manager(disabled=["echo"])
    states = {i.name: i.state for i in manager.plugin_infos()}
    assert states == {"echo": DISABLED, "obs": ENABLED}
    assert "plugin_fixtures.good_tool" not in sys.modules
    assert "echo" not in manager.tools()


def test_allow_list_imports_only_named_plugins(fake_entry_points) -> None:
    sys.modules.pop("plugin_fixtures.observer", None)
    fake_entry_points({"echo": "plugin_fixtures.good_tool", "obs": "plugin_fixtures.observer"})
    manager = _manager(enabled=["echo"])
    assert {i.name: i.state for i in manager.plugin_infos()} == {"echo": ENABLED, "obs": DISABLED}
    assert "plugin_fixtures.observer" not in sys.modules


def test_environment_disables_before_import(fake_entry_points, monkeypatch) -> None:
    sys.modules.pop("plugin_fixtures.good_tool", None)
    fake_entry_points({"echo": "plugin_fixtures.good_tool"})
    monkeypatch.setenv("PURPOSE_AGENT_DISABLED_PLUGINS", "echo")
    manager = PluginManager().load()  # settings read now, at call time
    assert manager.plugin_infos()[0].state == DISABLED
    assert "plugin_fixtures.good_tool" not in sys.modules


def test_unknown_plugin_name_in_config_is_named(fake_entry_points) -> None:
    fake_entry_points({"echo": "plugin_fixtures.good_tool"})
    with pytest.raises(ConfigError, match=r"unknown plugin name\(s\) 'ehco'.*installed plugins are: echo"):
        _manager(disabled=["ehco"])


def test_import_error_is_reported_and_others_still_load(fake_entry_points) -> None:
    fake_entry_points({"broken": "plugin_fixtures.bad_import", "echo": "plugin_fixtures.good_tool"})
    manager = _manager()
    infos = {i.name: i for i in manager.plugin_infos()}
    assert infos["broken"].state == FAILED
    assert "RuntimeError: this plugin is broken on purpose" in (infos["broken"].error or "")
    assert infos["echo"].state == ENABLED and "echo" in manager.tools()
    assert any("'broken'" in p for p in manager.problems)


def test_wrong_hook_signature_is_reported(fake_entry_points) -> None:
    fake_entry_points({"badsig": "plugin_fixtures.bad_signature", "echo": "plugin_fixtures.good_tool"})
    manager = _manager()
    infos = {i.name: i for i in manager.plugin_infos()}
    assert infos["badsig"].state == FAILED
    assert "colour" in (infos["badsig"].error or "")
    assert manager.tools().names() == ["echo"]


def test_unknown_hook_is_caught_by_check_pending(fake_entry_points) -> None:
    fake_entry_points({"widgets": "plugin_fixtures.unknown_hook", "echo": "plugin_fixtures.good_tool"})
    manager = _manager()
    infos = {i.name: i for i in manager.plugin_infos()}
    assert infos["widgets"].state == FAILED
    assert "register_widgets" in (infos["widgets"].error or "")
    assert infos["echo"].state == ENABLED


def test_hook_that_raises_marks_plugin_failed(fake_entry_points) -> None:
    fake_entry_points({"boom": "plugin_fixtures.raising_hook", "echo": "plugin_fixtures.good_tool"})
    manager = _manager()
    assert manager.tools().names() == ["echo"]
    assert {i.name: i.state for i in manager.plugin_infos()}["boom"] == FAILED


def test_duplicate_names_name_both_plugins(fake_entry_points) -> None:
    fake_entry_points({"a": "plugin_fixtures.good_tool", "b": "plugin_fixtures.duplicate_tool"})
    manager = _manager()
    assert manager.tools().plugin_of("echo") == "a"
    infos = {i.name: i for i in manager.plugin_infos()}
    assert infos["b"].state == FAILED
    assert "registered twice: by plugin 'a' and by plugin 'b'" in (infos["b"].error or "")


def test_lifecycle_observer_errors_do_not_propagate(fake_entry_points) -> None:
    fake_entry_points({"obs": "plugin_fixtures.observer"})
    manager = _manager()
    from plugin_fixtures import observer

    manager.memory_status_changed(card=None, old_status="candidate", new_status="quarantined", reason="scan")
    assert observer.SEEN[-1] == ("candidate", "quarantined", "scan")
    manager.episode_started(episode=None)  # raises inside; recorded, not raised
    assert any("on_episode_start" in p for p in manager.problems)


def test_resolving_unknown_backend_lists_installed(fake_entry_points) -> None:
    fake_entry_points({})
    with pytest.raises(PluginNotFoundError, match="no installed backend claims model 'mystery'"):
        _manager().resolve_backend_name("mystery")
