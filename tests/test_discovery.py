"""Every first-party distribution is discovered through its entry point and can be disabled before import."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_party_entry_points() -> dict[str, tuple[str, str]]:
    """entry-point name -> (distribution, module), read from every pyproject.toml in the tree."""
    found: dict[str, tuple[str, str]] = {}
    for path in ROOT.glob("packages/**/pyproject.toml"):
        project = tomllib.loads(path.read_text())["project"]
        for name, module in project.get("entry-points", {}).get("purpose_agent", {}).items():
            found[name] = (project["name"], module)
    return found


def _plugins_json(env: dict[str, str], cwd: Path) -> dict[str, dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return {row["name"]: row for row in json.loads(proc.stdout)}


def test_every_first_party_plugin_is_listed_enabled(clean_env, tmp_path) -> None:
    expected = first_party_entry_points()
    assert len(expected) >= 25
    rows = _plugins_json(clean_env, tmp_path)
    for name, (dist, _module) in expected.items():
        assert name in rows, f"{name} not discovered"
        assert rows[name]["distribution"] == dist
        assert rows[name]["state"] == "enabled", rows[name]
        assert rows[name]["version"] == "0.1.0"


def test_disabled_by_environment_is_listed_and_never_imported(clean_env, tmp_path) -> None:
    expected = first_party_entry_points()
    for name in ("tools", "immune-injection"):
        env = dict(clean_env, PURPOSE_AGENT_DISABLED_PLUGINS=name)
        rows = _plugins_json(env, tmp_path)
        assert rows[name]["state"] == "disabled"
        module = expected[name][1]
        probe = (
            "import sys, json\n"
            "from purpose_agent.plugins import get_plugin_manager\n"
            "m = get_plugin_manager()\n"
            "for fam in ('tools', 'scanners', 'backends', 'memory_kinds', 'stores'): getattr(m, fam)()\n"
            f"print(json.dumps({module!r} in sys.modules))\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) is False, f"{module} was imported although {name} is disabled"


def test_import_purpose_agent_imports_no_plugin(clean_env, tmp_path) -> None:
    modules = sorted({module for _dist, module in first_party_entry_points().values()})
    probe = f"import sys, purpose_agent; print([m for m in {modules!r} if m in sys.modules])"
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=clean_env, cwd=tmp_path
    )
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr
