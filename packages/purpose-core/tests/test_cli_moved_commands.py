"""Commands that left the kernel (``run``, ``learn``, ``bench``, ``trace``, ``wizard``, ``scan``,
``memory`` with every action) say in one line which distribution to install when it is missing or
disabled: real ``purpose`` subprocesses with those plugins disabled where installed, so the result is
the same either way."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from purpose_agent.cli.main import _wanted

INSTALLED = {ep.name for ep in metadata.entry_points(group="purpose_agent")}
#: the plugins that provide the moved commands, where installed (disabling an unknown name is an error)
PROVIDERS = {"cli-extras", "eval", "learn", "team"} & INSTALLED


def purpose(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    if PROVIDERS:
        env["PURPOSE_AGENT_DISABLED_PLUGINS"] = ",".join(sorted(PROVIDERS))
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("args", "dist"),
    [
        (("run", "What is 2+3?"), "purpose-team"),
        (("bench", "arithmetic"), "purpose-eval"),
        (("learn", "-n", "8"), "purpose-learn"),
        (("trace", "list"), "purpose-cli-extras"),
        (("wizard",), "purpose-cli-extras"),
        (("memory", "--store", "x.db", "--json", "migrate", "--to", "y.db"), "purpose-cli-extras"),
        (("memory", "bisect", "--list"), "purpose-cli-extras"),
        (("memory", "list"), "purpose-cli-extras"),
        (("memory", "--store", "x.db", "review"), "purpose-cli-extras"),
        (("scan", "some text"), "purpose-cli-extras"),
        (("memory", "export", "out.jsonl"), "purpose-cli-extras"),
        (("memory", "--store", "x.db", "import", "in.jsonl"), "purpose-cli-extras"),
        (("memory", "keygen", "--key", "k.key"), "purpose-cli-extras"),
        (("memory", "diff", "abc", "1", "2"), "purpose-cli-extras"),
        (("memory", "--json", "stats"), "purpose-cli-extras"),
    ],
)
def test_a_moved_command_names_its_distribution(tmp_path: Path, args: tuple[str, ...], dist: str) -> None:
    result = purpose(*args, cwd=tmp_path)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(lines) == 1 and f"pip install {dist}" in lines[0], result.stderr
    assert not (tmp_path / "y.db").exists() and not (tmp_path / ".purpose").exists()
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "k.key").exists()


def test_an_unknown_command_is_still_argparse_s_error(tmp_path: Path) -> None:
    result = purpose("nonsense", cwd=tmp_path)
    assert result.returncode == 2 and "invalid choice: 'nonsense'" in result.stderr


def test_wanted_reads_the_command_past_options() -> None:
    assert _wanted(["-v", "trace", "show", "abc"]) == "trace"
    assert _wanted(["memory", "--store", "m.db", "--json", "migrate", "--to", "b.db"]) == "memory"
    assert _wanted(["--verbose", "scan", "x"]) == "scan" and _wanted(["--help"]) == ""
