from __future__ import annotations

import sys
from pathlib import Path

import pytest

# purpose-core's shared test fixtures (a scripted riddle model, a keyword scanner)
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "purpose-core" / "tests"))


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
