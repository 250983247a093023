"""TinyAgent: retrieval over 50 installed tools, compact specs, and the planner on the retrieved few."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import BudgetsConfig, ConfigError, Message, PluginManager, PluginsConfig, Settings
from purpose_agent.testing import ScriptedBackend, ToolContract
from purpose_research_tinyagent.choose import measure
from purpose_research_tinyagent.evalset import REQUESTS, catalog
from purpose_research_tinyagent.retrieval import compact_line, retrieve
from purpose_research_tinyagent.settings import load
from purpose_team import AgentTemplate, Team

TOOLS = catalog()


class TestCatalogToolContract(ToolContract):
    tool = TOOLS[13]  # convert_currency: a number and two strings


def test_retrieval_finds_the_labelled_tool_for_almost_every_request() -> None:
    hits = [gold in {t.name for t in retrieve(request, TOOLS, k=5)} for request, gold in REQUESTS]
    assert len(TOOLS) == 50 and len(REQUESTS) >= 30
    assert sum(hits) / len(hits) >= 0.9, f"recall@5 {sum(hits)}/{len(hits)}"


def test_trigram_fill_catches_word_forms_the_lexical_ranker_misses() -> None:
    from purpose_agent.plugin import select_tools

    request = "What is 4817 divided by 13?"
    assert "calculator" not in [t.name for t in select_tools(request, TOOLS, k=5)]
    assert "calculator" in [t.name for t in retrieve(request, TOOLS, k=5)]


def test_a_task_that_names_no_tool_still_gets_tools_to_plan_with() -> None:
    # measured: "What is 82 * 93?" shares no word or trigram with any description, and an empty retrieval
    # ended every episode before the first model call ("LLMCompiler needs at least one tool")
    few = TOOLS[:3]
    assert [t.name for t in retrieve("?? 82 * 93 ??", few, k=2)] == [t.name for t in few[:2]]
    assert retrieve("?? 82 * 93 ??", [], k=2) == []


def test_compact_line_keeps_names_and_types_and_drops_the_rest() -> None:
    line = compact_line(TOOLS[13])
    assert line.startswith("- convert_currency(amount: number, from_currency: string, to_currency: string):")
    assert len(line) < 160


def _oracle(messages: Sequence[Message]) -> str:
    """Picks the labelled tool when it is shown (a perfect chooser), to test the measurement's bookkeeping."""
    gold = dict(REQUESTS)[messages[-1].content]
    shown = [ln[2:].split("(")[0] for ln in messages[0].content.splitlines() if ln.startswith("- ")]
    return json.dumps({"tool": gold if gold in shown else shown[0]})


def test_measurement_counts_choices_and_prompt_sizes() -> None:
    report = measure(ScriptedBackend(_oracle), TOOLS, REQUESTS[:10], k=5)
    assert report["accuracy_all"] == 1.0
    assert report["accuracy_retrieved"] == report["retrieval_recall"]
    assert report["max_tools_shown_retrieved"] == 5
    assert report["prompt_tokens_retrieved"] * 5 < report["prompt_tokens_all"]


def test_settings_are_validated() -> None:
    assert load({"k": 3, "planner": "react"}).planner == "react"
    with pytest.raises(ConfigError, match=r"research-tinyagent.*planner"):
        load({"planner": "magic"})


@pytest.mark.parametrize("planner", ["llm-compiler", "react"])
def test_strategy_shows_and_allows_only_the_retrieved_tools(
    tmp_path: Path, planner: str, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # plugin settings are read from purpose.toml when the hook runs
    (tmp_path / "purpose.toml").write_text(f'[plugin.research-tinyagent]\nk = 3\nplanner = "{planner}"\n')
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        strategy="tinyagent",
        budgets=BudgetsConfig(max_steps=3, max_seconds=30, prompt_tokens=4000),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-judge", "research-tinyagent"]
        ),
    )
    if planner == "llm-compiler":
        replies = [
            json.dumps(
                {"calls": [{"id": 1, "tool": "get_time_zone", "args": {"city": "Tokyo"}, "deps": []}]}
            ),
            json.dumps({"decision": "answer", "answer": "It is 9 pm in Tokyo"}),
        ]
    else:
        replies = [
            json.dumps({"action": "get_time_zone", "input": "Tokyo"}),
            json.dumps({"action": "final_answer", "input": "It is 9 pm in Tokyo"}),
        ]
    backend = ScriptedBackend(replies)
    team = Team(
        "Help with daily tasks",
        [AgentTemplate(name="assistant", role="Use tools.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        tools=TOOLS,
    )
    result = team.run("What time is it in Tokyo?", expected="Tokyo")
    team.close()
    assert result.success and result.steps[0].action == "get_time_zone"
    assert result.steps[0].observation.startswith("get_time_zone done")
    system = backend.calls[0]["messages"][0].content
    listed = [ln for ln in system.splitlines() if ln.startswith("- ")]
    assert len(listed) == 3 and any("get_time_zone" in ln for ln in listed)
    assert "send_email" not in system, "tools that were not retrieved stay out of the prompt"
