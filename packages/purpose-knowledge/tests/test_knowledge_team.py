"""``purpose(..., knowledge=folder)`` gives agents a search tool over a KnowledgeStore, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings, read_trace
from purpose_agent.testing import ScriptedBackend
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


def test_team_with_knowledge_searches_and_cites(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text("# Policy\n\nRefunds are paid within 14 days of the return.\n")
    (docs / "bad.txt").write_bytes(b"\xff\xfe\x00bad")  # unreadable: reported, the rest still works
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    backend = ScriptedBackend(
        [
            json.dumps({"action": "search_knowledge", "input": "refund days"}),
            json.dumps({"action": "final_answer", "input": "Within 14 days (policy.md:3)."}),
        ]
    )
    team = Team(
        "Answer customer questions",
        [AgentTemplate(name="support", role="Answer from the documents.", tools=[])],
        settings=settings,
        manager=manager,
        backend=backend,
        knowledge=docs,
    )
    setup = team.setup_for(team.agents[0])
    assert "search_knowledge" in setup.tools.names() and "read_file" not in setup.tools.names()
    result = team.run("How fast are refunds paid?", expected="14")
    assert result.status == "completed" and "14 days" in result.answer
    observation = result.steps[0].observation
    assert "[policy.md:1-3]" in observation and "14 days" in observation
    assert [s.path for s in team.knowledge_store.last_report.skipped] == ["bad.txt"]
    trace = read_trace(result.trace_path)
    assert trace.of_type("tool_call")[0].data["tool"] == "search_knowledge"
    team.close()


def test_each_knowledge_folder_gets_its_own_index(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "memory.db"), plugins=PluginsConfig(enabled=CORE))
    indexes = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "note.md").write_text(f"Only folder {name} says this.\n")
        team = Team(
            "Answer",
            [AgentTemplate(name="x", role="y")],
            settings=settings,
            knowledge=folder,
            manager=PluginManager(settings).load(),
            backend=ScriptedBackend("{}"),
        )
        indexes.append(team.knowledge_store.index_path)
        assert team.knowledge_store.search("folder says")[0].text == f"Only folder {name} says this."
        team.close()
    assert indexes[0] != indexes[1] and all(p.parent == tmp_path / "knowledge" for p in indexes)
