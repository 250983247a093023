"""Resolving an executor: the registry, the settings' ``[executor]``, the line naming what to install, and
what ``auto`` does when the executors plugin is blocked (it was purpose-core's ``tests/test_executors.py``
until the executor protocol left the kernel). That each executor gives the sequential result is in
``test_parallel_executors.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.plugin import (
    ConfigError,
    PluginManager,
    PluginNotFoundError,
    Settings,
    load_settings,
    open_store,
)
from purpose_executors import base
from purpose_executors.base import SequentialExecutor, resolve_executor
from purpose_team import Team
from purpose_testing.riddle import KERNEL, RiddleBackend, riddle_manager, riddle_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return riddle_settings(tmp_path, [*KERNEL, "executors"])


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return riddle_manager(settings)


def test_executor_is_resolved_by_name_and_refused_when_unknown(tmp_path, manager) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text('[executor]\nname = "threads"\nworkers = 3\n', encoding="utf-8")
    with resolve_executor(manager=riddle_manager(load_settings(path))) as configured:  # the settings' choice
        assert (configured.name, configured.workers) == ("threads", 3)
    assert isinstance(resolve_executor("sequential", manager=manager), SequentialExecutor)
    with pytest.raises(PluginNotFoundError, match=r"executor is called 'ray'.*purpose-executor-ray"):
        resolve_executor("ray", manager=manager)
    with pytest.raises(ConfigError, match="at least 1"):
        resolve_executor("sequential", 0, manager=manager)


def test_with_the_executors_plugin_blocked_threads_name_it_and_auto_runs_sequentially(
    tmp_path, monkeypatch
) -> None:
    """An allow-list without ``executors`` registers no executor: naming ``threads`` says what to
    install, and ``auto`` (which needs no registered executor) falls back to one after another."""
    settings = riddle_settings(tmp_path, list(KERNEL))
    manager = riddle_manager(settings)
    for name in ("threads", "processes"):
        line = rf"called {name!r}; installed: none; pip install purpose-executors"
        with pytest.raises(PluginNotFoundError, match=line):
            resolve_executor(name, manager=manager)
    monkeypatch.setattr(base.os, "cpu_count", lambda: 2)
    assert type(base.auto_executor(manager, backend=RiddleBackend())) is SequentialExecutor  # given in Python
    open_store(str(tmp_path / "empty.db"), manager=manager).close()

    class LlamaLike(RiddleBackend):
        name = "llamacpp"  # what auto looks at; nothing is loaded

    team = Team(
        purpose="Answer riddles",
        agents=["solver"],
        settings=settings,
        manager=manager,
        backend=LlamaLike(),
        run_mode="eval_test",
        store=str(tmp_path / "empty.db"),
    )
    auto = base.auto_executor(manager)
    auto.prepare(team)
    assert type(auto.inner) is SequentialExecutor and auto.name == "auto:sequential"
    team.close()
