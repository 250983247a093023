"""``purpose run`` records its traces through the kernel's ``on_traces_written`` hook and the ``runs``
plugin, which is found by its entry point like any plugin and can be switched off like any plugin."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.plugin import PluginManager, PluginsConfig, Settings
from purpose_runs import INDEX_ENV, read


def _manager(tmp_path: Path, disabled: list[str] | None = None) -> PluginManager:
    plugins = PluginsConfig(disabled=disabled or [])
    settings = Settings(store=str(tmp_path / "memory.db"), traces=str(tmp_path / "traces"), plugins=plugins)
    return PluginManager(settings).load()


def test_the_runs_plugin_records_the_traces_a_command_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "runs.jsonl"
    monkeypatch.setenv(INDEX_ENV, str(index))
    manager = _manager(tmp_path)
    assert {i.name: i.state for i in manager.plugin_infos()}["runs"] == "enabled"
    manager.traces_written("run", str(tmp_path / "traces"), ["ep_1", "ep_2"])
    (entry,), problems = read(index)
    assert problems == [] and manager.problems == []
    assert entry.command == "run" and entry.kind == "traces"
    assert entry.trace_ids == ("ep_1", "ep_2") and entry.traces == tmp_path / "traces"


def test_with_the_plugin_disabled_nothing_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = tmp_path / "runs.jsonl"
    monkeypatch.setenv(INDEX_ENV, str(index))
    manager = _manager(tmp_path, disabled=["runs"])
    manager.traces_written("run", str(tmp_path / "traces"), ["ep_1"])
    assert not index.exists()
