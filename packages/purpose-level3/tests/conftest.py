from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """No test reads the developer's purpose.toml or environment, or writes into the checkout, and no
    plugin manager leaks between tests."""
    for key in list(__import__("os").environ):
        if key.startswith("PURPOSE_AGENT_") and key not in ("PURPOSE_AGENT_TEST_ARTIFACTS",):
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    from purpose_agent.plugin import set_plugin_manager

    set_plugin_manager(None)
    yield
    set_plugin_manager(None)
