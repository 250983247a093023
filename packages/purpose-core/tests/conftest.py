from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch):
    """Replace discovery with the given ``name -> module`` entry points (modules under plugin_fixtures)."""

    def install(mapping: dict[str, str]) -> None:
        eps = [metadata.EntryPoint(name=n, value=v, group="purpose_agent") for n, v in mapping.items()]
        monkeypatch.setattr("purpose_agent.plugins._entry_points", lambda: sorted(eps, key=lambda e: e.name))

    return install


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """No test reads the developer's purpose.toml or environment, and no manager leaks between tests."""
    for key in list(__import__("os").environ):
        if key.startswith("PURPOSE_AGENT_") and key not in ("PURPOSE_AGENT_TEST_ARTIFACTS",):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    from purpose_agent.plugins import set_plugin_manager

    set_plugin_manager(None)
    yield
    set_plugin_manager(None)
