"""All first-party distributions share one version and pin their siblings to it."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _checker():
    spec = importlib.util.spec_from_file_location("check_versions", ROOT / "scripts/check_versions.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_repository_is_in_lockstep() -> None:
    assert _checker().problems() == []


def test_a_drifted_version_and_pin_are_caught(tmp_path: Path) -> None:
    checker = _checker()
    copy = tmp_path / "repo"
    shutil.copytree(ROOT / "packages", copy / "packages", ignore=shutil.ignore_patterns("*.gguf", ".venv"))
    tools = copy / "packages/purpose-tools/pyproject.toml"
    tools.write_text(tools.read_text().replace('version = "0.1.0"', 'version = "0.1.1"'))
    umbrella = copy / "packages/purpose-immune/umbrella/pyproject.toml"
    umbrella.write_text(
        umbrella.read_text().replace("purpose-immune-scope==0.1.0", "purpose-immune-scope>=0.1")
    )
    found = checker.problems(copy)
    assert any("purpose-tools/pyproject.toml: version '0.1.1'" in p for p in found)
    assert any("purpose-immune-scope>=0.1" in p for p in found)
