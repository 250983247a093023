"""The autouse fixture every distribution's test folder applies, kept once here.

A plugin reads ``purpose.toml`` and ``PURPOSE_AGENT_*`` variables when a hook runs, so a test left in the
developer's checkout, or in their environment, would test their configuration and not the code; a plugin
manager left over from one test would hand the next one another test's plugins. A ``conftest.py`` applies
it to its folder by importing it::

    from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies here)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

#: Kept: where tests write what a person may want to look at afterwards (screenshots, traces).
KEPT = ("PURPOSE_AGENT_TEST_ARTIFACTS",)


@pytest.fixture(autouse=True)
def isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Each test runs in its own empty folder, with no ``PURPOSE_AGENT_*`` variable (but :data:`KEPT`)
    and no plugin manager from an earlier test."""
    from purpose_agent.plugin import set_plugin_manager

    for key in list(os.environ):
        if key.startswith("PURPOSE_AGENT_") and key not in KEPT:
            monkeypatch.delenv(key)
    monkeypatch.chdir(tmp_path)
    set_plugin_manager(None)
    yield
    set_plugin_manager(None)
