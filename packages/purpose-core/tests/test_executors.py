"""Executors in the kernel: the sequential executor, the registry, settings and what ``auto`` does when
purpose-executors (``threads``, ``processes``) is not installed. The parallel executors' own tests, that
each gives the sequential result, are in packages/purpose-executors/tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.api.team import Team
from purpose_agent.config import Settings, load_settings
from purpose_agent.errors import ConfigError, PluginNotFoundError
from purpose_agent.executors.base import SequentialExecutor, resolve_executor
from purpose_agent.plugins import PluginManager
from purpose_testing.riddle import KERNEL, RiddleBackend, riddle_manager, riddle_settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return riddle_settings(tmp_path, [*KERNEL, "core-executors"])


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return riddle_manager(settings)


def test_executor_is_resolved_from_settings_and_refused_when_unknown(tmp_path, manager) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text('[executor]\nname = "processes"\nworkers = 3\n', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.executor.name, loaded.executor.workers) == ("processes", 3)
    assert load_settings(path, environ={"PURPOSE_AGENT_EXECUTOR": "threads"}).executor.name == "threads"
    assert isinstance(resolve_executor("sequential", manager=manager), SequentialExecutor)
    with pytest.raises(PluginNotFoundError, match=r"executor is called 'ray'.*purpose-executor-ray"):
        resolve_executor("ray", manager=manager)
    with pytest.raises(ConfigError, match="at least 1"):
        resolve_executor("sequential", 0, manager=manager)
    path.write_text("[executor]\nworkers = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="workers"):
        load_settings(path)


def test_without_purpose_executors_threads_name_it_and_auto_runs_sequentially(
    tmp_path, settings, manager, monkeypatch
) -> None:
    """The kernel alone registers only ``sequential`` (the test's plugin list leaves purpose-executors
    out, whether or not it is installed): naming ``threads`` says what to install, ``auto`` falls back."""
    from purpose_agent.executors import base
    from purpose_agent.memory.store import open_store

    for name in ("threads", "processes"):
        line = rf"called {name!r}; installed: sequential; pip install purpose-executors"
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
