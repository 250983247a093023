from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """No test reads the developer's purpose.toml or environment, and no manager leaks between tests."""
    import os

    from purpose_agent.plugin import set_plugin_manager

    for key in list(os.environ):
        if key.startswith("PURPOSE_AGENT_") and key != "PURPOSE_AGENT_TEST_ARTIFACTS":
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    set_plugin_manager(None)
    yield
    set_plugin_manager(None)
