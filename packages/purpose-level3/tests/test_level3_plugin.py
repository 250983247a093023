"""purpose-level3 is a plugin: its ``purpose approvals`` command arrives through ``register_commands``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _purpose(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_help_lists_the_approvals_command_under_its_plugin(tmp_path: Path) -> None:
    result = _purpose("--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "approvals" in result.stdout and "[level3]" in result.stdout


def test_the_approvals_command_runs_and_goes_when_the_plugin_is_disabled(tmp_path: Path) -> None:
    listed = _purpose("approvals", "--folder", str(tmp_path / "q"), "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    (tmp_path / "purpose.toml").write_text('[plugins]\ndisabled = ["level3"]\n')
    gone = _purpose("approvals", "list", cwd=tmp_path)
    assert gone.returncode != 0 and "invalid choice: 'approvals'" in gone.stderr
