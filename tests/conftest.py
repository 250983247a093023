from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The fixture distributions' own tests run inside test_third_party_plugin.py, after they are installed.
collect_ignore = ["fixtures"]


@pytest.fixture(autouse=True)
def fresh_plugin_manager() -> Iterator[None]:
    """Each test loads the process-wide plugin manager from its own environment: a test that disables
    plugins through PURPOSE_AGENT_DISABLED_PLUGINS must not leave them disabled for the tests after it."""
    from purpose_agent.plugins import set_plugin_manager

    set_plugin_manager(None)
    yield
    set_plugin_manager(None)


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment for a subprocess: no PURPOSE_AGENT_* leaks in, and no purpose.toml around."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env["PURPOSE_AGENT_STORE"] = str(tmp_path / "memory.db")
    env["PURPOSE_AGENT_TRACES"] = str(tmp_path / "traces")
    return env
