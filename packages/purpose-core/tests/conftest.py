from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import pytest
from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def fake_entry_points(monkeypatch: pytest.MonkeyPatch):
    """Replace discovery with the given ``name -> module`` entry points (modules under plugin_fixtures)."""

    def install(mapping: dict[str, str]) -> None:
        eps = [metadata.EntryPoint(name=n, value=v, group="purpose_agent") for n, v in mapping.items()]
        monkeypatch.setattr("purpose_agent.plugins._entry_points", lambda: sorted(eps, key=lambda e: e.name))

    return install
