from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import scenario as scenario_module
from browser import browser, shoot  # noqa: F401  (fixtures for the Chromium tests)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's purpose.toml or environment, and no manager leaks between tests."""
    for key in list(os.environ):
        if key.startswith("PURPOSE_AGENT_") and key != "PURPOSE_AGENT_TEST_ARTIFACTS":
            monkeypatch.delenv(key)
    monkeypatch.delenv("PURPOSE_UI_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    from purpose_agent.plugin import set_plugin_manager

    set_plugin_manager(None)
    yield
    set_plugin_manager(None)


@pytest.fixture
def scenario(tmp_path: Path) -> scenario_module.Scenario:
    return scenario_module.build(tmp_path / "ws")


@pytest.fixture
def workspace(scenario: scenario_module.Scenario) -> Iterator[object]:
    from purpose_ui.workspace import Workspace

    ws = Workspace.open(
        scenario.store_path,
        traces=scenario.traces,
        results=[scenario.results],
        manager=scenario.manager,
        actor="ui:tester",
    )
    yield ws
    ws.close()


TOKEN = "test-token-123"


@pytest.fixture
def server(workspace: object) -> Iterator[str]:
    """A real uvicorn server for the workspace on a free loopback port; yields its base URL."""
    from purpose_ui.app import create_app
    from purpose_ui.security import AccessPolicy
    from purpose_ui.server import BackgroundServer

    with BackgroundServer(create_app(workspace, AccessPolicy(token=TOKEN))) as url:  # type: ignore[arg-type]
        yield url


@pytest.fixture
def client(server: str) -> Iterator[object]:
    import httpx

    with httpx.Client(base_url=server, timeout=10) as c:
        yield c
