"""The ``purpose`` command: real subprocesses for the entry point, in-process runs for plugin scenarios."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from purpose_agent._version import __version__
from purpose_agent.cli.main import main


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args], cwd=cwd, env=full_env, capture_output=True, text=True
    )


def test_version(tmp_path: Path) -> None:
    result = _run("--version", cwd=tmp_path)
    assert result.returncode == 0 and __version__ in result.stdout


def test_config_show_json(tmp_path: Path) -> None:
    (tmp_path / "purpose.toml").write_text('model = "qwen3:1.7b"\n')
    result = _run("config", "show", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["settings"]["model"] == "qwen3:1.7b"
    assert data["source"].endswith("purpose.toml")


def test_malformed_config_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "purpose.toml").write_text("[plugins\ndisabled = 3\n")
    for args in (("config", "show"), ("plugins",)):
        result = _run(*args, cwd=tmp_path)
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert "purpose.toml: not valid TOML" in result.stderr


def test_unknown_plugin_in_config_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "purpose.toml").write_text('[plugins]\ndisabled = ["no-such-plugin"]\n')
    result = _run("plugins", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "unknown plugin name(s) 'no-such-plugin'" in result.stderr.replace("\n", "")


def test_plugins_lists_failed_plugin_without_traceback(fake_entry_points, capsys) -> None:
    fake_entry_points({"broken": "plugin_fixtures.bad_import", "echo": "plugin_fixtures.good_tool"})
    status = main(["plugins", "--json"])
    rows = {row["name"]: row for row in json.loads(capsys.readouterr().out)}
    assert status == 0  # --json reports; the table view exits 1 when something failed
    assert rows["broken"]["state"] == "failed" and "broken on purpose" in rows["broken"]["error"]
    assert rows["echo"]["state"] == "enabled" and rows["echo"]["kinds"] == ["tool"]


def test_plugins_table_marks_failure(fake_entry_points, capsys) -> None:
    fake_entry_points({"badsig": "plugin_fixtures.bad_signature", "echo": "plugin_fixtures.good_tool"})
    status = main(["plugins"])
    out = capsys.readouterr().out
    assert status == 1
    assert "badsig" in out and "failed" in out and "colour" in out


def test_no_command_prints_help(capsys) -> None:
    assert main([]) == 0
    assert "plugins" in capsys.readouterr().out


def test_help_lists_the_installed_plugins_commands_beside_the_kernel_s(fake_entry_points, capsys) -> None:
    import pytest

    fake_entry_points({"greeter": "plugin_fixtures.greet_command"})
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert "say hello [greeter]" in out
    for kernel_command in ("plugins", "config"):
        assert f"    {kernel_command} " in out, kernel_command
    assert main(["greet", "you"]) == 0 and "hello, you" in capsys.readouterr().out


def test_kernel_commands_register_through_register_commands() -> None:
    from purpose_agent.builtins import commands
    from purpose_agent.registry import Registry

    registry: Registry[object] = Registry("command")
    commands.register_commands(registry=registry)
    assert {e.name for e in registry.entries()} == {"plugins", "config"}
