from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

import pytest
from purpose_testing.isolation import isolated_settings  # noqa: F401  (autouse: applies to this folder)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment for ``purpose bench`` run in a subprocess: this test's store and traces, none of the
    caller's ``PURPOSE_AGENT_*`` settings, and the research techniques off (each proposes candidates
    that must be replayed: minutes each on 2 cores, while these tests prove a path, not a gain)."""
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update(
        PURPOSE_AGENT_STORE=str(tmp_path / "memory.db"),
        PURPOSE_AGENT_TRACES=str(tmp_path / "traces"),
        PURPOSE_AGENT_DISABLED_PLUGINS=",".join(research),
    )
    return env
