"""``purpose run``: registered by this distribution's plugin through ``register_commands``, listed by
``purpose --help`` with the plugin's name, and it tells observers where its traces went."""

from __future__ import annotations

import json

import pytest
from purpose_agent.plugin import PluginManager, PluginsConfig, Registry, Settings, cli_main, hookimpl
from purpose_agent.testing import ScriptedBackend
from purpose_team import AgentTemplate, Team, plugin


def test_the_plugin_registers_the_run_command() -> None:
    registry: Registry[object] = Registry("command")
    plugin.register_commands(registry=registry)
    assert [e.name for e in registry.entries()] == ["run"]


def test_help_lists_run_from_this_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "run one task with a team built from a purpose, judged and traced [team]" in " ".join(out.split())


def test_the_run_command_tells_observers_where_its_traces_went(tmp_path, monkeypatch, capsys) -> None:
    """``purpose run`` fires ``on_traces_written`` with the traces folder and the episode's trace ids
    (purpose-runs records them in the run index); an observer that raises is recorded as a problem and
    never ends the run."""
    seen: list[tuple[str, str, list[str]]] = []

    class Observer:
        @hookimpl
        def on_traces_written(self, command: str, traces: str, trace_ids: list[str]) -> None:
            seen.append((command, traces, trace_ids))

    class Broken:
        @hookimpl
        def on_traces_written(self, command: str, traces: str, trace_ids: list[str]) -> None:
            raise RuntimeError("disk full")

    kernel = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]
    settings = Settings(
        store=str(tmp_path / "m.db"), traces=str(tmp_path / "t"), plugins=PluginsConfig(enabled=kernel)
    )
    manager = PluginManager(settings).load()
    manager.register(Broken(), name="broken")  # pluggy calls the later registration first
    manager.register(Observer(), name="observer")
    answer = ScriptedBackend(lambda messages: json.dumps({"action": "final_answer", "input": "5"}))

    def build(**_: object) -> Team:
        agent = AgentTemplate(name="solver", role="Answer.", tools=[])
        return Team("Answer", [agent], settings=settings, manager=manager, backend=answer, name="qa")

    monkeypatch.setattr(Team, "build", build)
    assert cli_main(["run", "What is 2+3?", "--expected", "5", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert seen == [("run", str(tmp_path / "t"), [result["agents"][0]["trace_id"]])]
    assert any("on_traces_written" in p and "disk full" in p for p in manager.problems)
