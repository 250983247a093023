"""A third-party distribution, installed from a fixture folder, is discovered, listed, can be disabled,
and passes the conformance kit: the path an outside plugin author takes, end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "purpose-scanner-canary"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pip-install the fixture (no deps: purpose-core is already here) into a private target folder."""
    target = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(FIXTURE),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert list(target.glob("purpose_scanner_canary-1.2.0.dist-info"))
    return target


def _env(clean_env: dict[str, str], site: Path, **extra: str) -> dict[str, str]:
    return {**clean_env, "PYTHONPATH": str(site), **extra}


def _plugins(env: dict[str, str], cwd: Path) -> dict[str, dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "plugins", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert proc.returncode == 0, proc.stderr
    return {row["name"]: row for row in json.loads(proc.stdout)}


def test_discovered_and_listed(installed, clean_env, tmp_path) -> None:
    row = _plugins(_env(clean_env, installed), tmp_path)["scanner-canary"]
    assert (row["distribution"], row["version"], row["state"], row["kinds"]) == (
        "purpose-scanner-canary",
        "1.2.0",
        "enabled",
        ["scanner"],
    )


def test_scans_through_scan_memory(installed, clean_env, tmp_path) -> None:
    probe = (
        "from purpose_agent import scan_text; r = scan_text('memo CANARY-0a1b2c3d'); "
        "print(r.passed, [t.scanner for t in r.threats])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=_env(clean_env, installed),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("False") and "'canary'" in proc.stdout


def test_can_be_disabled_before_import(installed, clean_env, tmp_path) -> None:
    env = _env(clean_env, installed, PURPOSE_AGENT_DISABLED_PLUGINS="scanner-canary")
    assert _plugins(env, tmp_path)["scanner-canary"]["state"] == "disabled"
    probe = (
        "import sys; from purpose_agent.plugins import get_plugin_manager; get_plugin_manager().scanners(); "
        "print('purpose_scanner_canary.plugin' in sys.modules)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert proc.stdout.strip() == "False", proc.stderr


def test_passes_the_conformance_kit(installed, clean_env, tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(FIXTURE / "tests")],
        capture_output=True,
        text=True,
        env=_env(clean_env, installed),
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout
