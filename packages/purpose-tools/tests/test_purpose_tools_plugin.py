"""The distribution is discovered through its entry point and registers its tools through the hook."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from purpose_agent.plugin import ConfigError, PluginManager, Registry, ToolBox
from purpose_tools.plugin import build_tools, load_tools_settings, register_tools


def test_entry_point_is_registered() -> None:
    eps = {ep.name: ep for ep in metadata.entry_points(group="purpose_agent")}
    assert eps["tools"].value == "purpose_tools.plugin"
    assert eps["tools"].dist.metadata["Name"] == "purpose-tools"


def test_plugin_manager_collects_the_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "purpose.toml").write_text('[plugin.tools]\nworkspace = "ws"\npython_wall_s = 3\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PURPOSE_AGENT_CONFIG", raising=False)
    manager = PluginManager().load(strict_names=False)
    tools = manager.tools()
    assert {"calculator", "python", "read_file", "write_file"} <= set(tools.names())
    assert tools.plugin_of("calculator") == "tools"
    box = ToolBox.from_registry(tools)
    assert box.call("calculator", {"expression": "12 x 7"}).output == "84"
    assert box.call("write_file", {"path": "a.txt", "content": "hi"}).ok
    assert (tmp_path / "ws" / "a.txt").read_text() == "hi"
    assert box.call("python", '{"code": "print(2**5)"}').output.strip() == "32"


def test_settings_switch_tools_off_and_bad_keys_are_named() -> None:
    names = [t.name for t in build_tools(load_tools_settings({"python": False, "files": False}))]
    assert names == ["calculator"]
    with pytest.raises(ConfigError, match="pyhton"):
        load_tools_settings({"pyhton": False})


def test_hook_adds_to_a_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    registry: Registry[object] = Registry("tool")
    register_tools(registry=registry)
    assert len(registry) == 5  # calculator, python, read_file, write_file, search_files


@pytest.mark.parametrize("line", ['python = "no"', "calculator = 0", 'python_wall_s = "slow"', "nope = 1"])
def test_a_bad_plugin_tools_value_is_one_line_and_a_failure(tmp_path: Path, line: str) -> None:
    import os
    import subprocess
    import sys

    (tmp_path / "purpose.toml").write_text(f"[plugin.tools]\n{line}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    done = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "plugins"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert len(lines) == 1 and "[plugin.tools]" in lines[0], done.stderr
