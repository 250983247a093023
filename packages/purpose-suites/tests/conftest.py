from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """No test reads the developer's purpose.toml or environment, and no manager leaks between tests."""
    for key in list(os.environ):
        if key.startswith("PURPOSE_AGENT_"):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    from purpose_agent.plugin import set_plugin_manager

    set_plugin_manager(None)
    yield
    set_plugin_manager(None)
