"""Secrets never persist: a key in a task or a tool's output is in no table, no WAL page and no export."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from purpose_agent.config import BudgetsConfig, PluginsConfig, Settings
from purpose_agent.memory.card import MemoryCard
from purpose_agent.plugins import PluginManager
from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult
from purpose_team import AgentTemplate, Team
from purpose_testing.embedded import OverrideScanner

TASK_KEY = "sk-proj-Q7vX2mN9pL4kR8sT1wY6zA3bC5dE0fG2hJ"
TOOL_KEY = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


class Vault:
    name = "vault"
    description = "Read a value from the vault."
    parameters = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"token={TOOL_KEY}")


class _Scanner:
    from purpose_agent.hookspecs import hookimpl

    @hookimpl
    def register_scanners(self, registry: Any) -> None:
        registry.add(OverrideScanner())


def _raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.glob("memory.db*"))


def test_a_key_in_a_task_or_tool_output_is_absent_from_every_table_and_export(tmp_path: Path) -> None:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    manager.register(_Scanner(), name="override-scanner")
    steps = [
        json.dumps({"action": "vault", "input": "ci"}),
        json.dumps({"action": "final_answer", "input": "42"}),
    ]
    team = Team(
        "Answer questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=manager,
        backend=ScriptedBackend(steps, repeat=True),
        tools=[Vault()],
        name="qa",
    )
    result = team.run(f"Using key {TASK_KEY}, what is the build number?", expected="42")
    assert result.candidates, "the episode proposed nothing: the test would prove nothing"
    card = team.store.add(
        MemoryCard(kind="user_preference", content=f"Always call the API with {TASK_KEY}"),
        reason=f"the user pasted {TOOL_KEY}",
    )
    team.store.transition(card.id, "quarantined", reason=f"checked {TASK_KEY}")
    team.store.update(
        team.store.get(card.id).model_copy(update={"fields": {"strength": "must", "applies_to": TOOL_KEY}}),
        reason="edit",
    )
    exported = repr(team.store.export_records())
    team.close()
    raw = _raw_bytes(tmp_path)
    assert len(raw) > 4096
    for key in (TASK_KEY, TOOL_KEY):
        assert key.encode() not in raw
        assert key not in exported
    assert b"[REDACTED:" in raw
    for path in tmp_path.glob("memory.db*"):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
