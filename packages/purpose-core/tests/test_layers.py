"""The layers contract (scripts/check_layers.py, run by ``tox -e lint``) passes on the tree and fails on
an upward import, whether at module level or hidden inside a function."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "check_layers.py"
SRC = ROOT / "packages" / "purpose-core" / "src"


def check(src: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), str(src)], capture_output=True, text=True)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    shutil.copytree(SRC / "purpose_agent", tmp_path / "purpose_agent")
    return tmp_path


def test_the_tree_keeps_its_layers() -> None:
    proc = check(SRC)
    assert proc.returncode == 0, proc.stdout
    assert "layers ok" in proc.stdout


@pytest.mark.parametrize("inside_function", [False, True])
def test_an_upward_import_from_runtime_to_learning_fails(tree: Path, inside_function: bool) -> None:
    episode = tree / "purpose_agent" / "runtime" / "episode.py"
    text = episode.read_text()
    if inside_function:
        text += "\n\ndef _sneaky() -> None:\n    from purpose_agent.learning.memory_ci import MemoryCI\n"
    else:
        text = text.replace(
            "from purpose_agent.config import BudgetsConfig\n",
            "from purpose_agent.config import BudgetsConfig\nfrom purpose_agent.learning import memory_ci\n",
        )
    episode.write_text(text)
    proc = check(tree)
    assert proc.returncode == 1
    assert "purpose_agent.runtime.episode (runtime) imports purpose_agent.learning" in proc.stdout
    assert "a layer above it" in proc.stdout


def test_a_cycle_inside_one_layer_fails(tree: Path) -> None:
    """testing and builtins share a layer; importing each other both ways is still refused."""
    testing = tree / "purpose_agent" / "testing.py"
    testing.write_text(testing.read_text() + "\nfrom purpose_agent.builtins import judge\n")
    judge = tree / "purpose_agent" / "builtins" / "judge.py"
    judge.write_text(judge.read_text() + "\nfrom purpose_agent import testing\n")
    proc = check(tree)
    assert proc.returncode == 1
    assert "builtins and testing import each other" in proc.stdout


@pytest.mark.parametrize("line", ["from purpose_team import Team", "import purpose_team.team"])
def test_the_kernel_importing_the_team_distribution_fails(tree: Path, line: str) -> None:
    """purpose-team is built on the kernel; the kernel calling back into it would run the layers both ways."""
    learner = tree / "purpose_agent" / "learning" / "learner.py"
    learner.write_text(learner.read_text() + f"\n\ndef _team() -> None:\n    {line}  # lazy: a test\n")
    proc = check(tree)
    assert proc.returncode == 1
    assert "learning/learner.py" in proc.stdout and "a distribution built on the kernel" in proc.stdout


def test_a_module_in_no_layer_is_named(tree: Path) -> None:
    (tree / "purpose_agent" / "newthing.py").write_text("X = 1\n")
    proc = check(tree)
    assert proc.returncode != 0
    assert "purpose_agent.newthing is in no layer" in proc.stdout + proc.stderr


def test_an_unexplained_import_inside_a_kernel_function_fails(tree: Path) -> None:
    commands = tree / "purpose_agent" / "builtins" / "commands.py"
    commands.write_text(commands.read_text() + "\n\ndef _late() -> None:\n    import json\n")
    proc = check(tree)
    assert proc.returncode == 1
    assert "import inside a function without a '# lazy: <reason>' comment" in proc.stdout
    explained = commands.read_text().replace("    import json\n", "    import json  # lazy: rarely used\n")
    commands.write_text(explained)
    assert check(tree).returncode == 0
