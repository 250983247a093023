"""MUSE on a scripted backend with a real store: the reflection step writes the three tiers, the retriever
loads strategic guidance always and a procedure only by matching index, and the muse strategy shows a tool
note at the tool call, which fixes the call the agent would otherwise get wrong."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    MemoryCard,
    MemoryCI,
    MemoryScope,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    Task,
    ToolResult,
    read_trace,
)
from purpose_agent.testing import (
    OptimizerContract,
    RetrieverContract,
    ScriptedBackend,
    isolate_settings,
    sample_episodes,
)
from purpose_research_muse.optimizer import MuseOptimizer
from purpose_research_muse.retriever import MuseRetriever
from purpose_research_muse.settings import load
from purpose_team import AgentTemplate, Team

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


class Calculator:
    name = "calculator"
    description = "Evaluate an arithmetic expression."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        m = re.fullmatch(r"\s*(\d+)\s*\*\s*(\d+)\s*", arguments["expression"])
        if m is None:
            return ToolResult(output="", status="error", error="syntax error: use digits and *")
        return ToolResult(output=str(int(m[1]) * int(m[2])))


def policy(messages: Sequence[Message]) -> str:
    prompt = "\n".join(m.content for m in messages)
    last = messages[-1].content
    if "Notes on calculator" in last:
        return json.dumps({"input": "17 * 23"})
    # the scripted model's own choice: answer once the prompt shows a result (not an assertion)
    if (result := re.search(r"The last calculator result is: (\d+)", prompt)) is not None:
        return json.dumps({"action": "final_answer", "input": result[1]})
    return json.dumps({"action": "calculator", "input": "17 times 23"})


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def make_team(tmp_path: Path, backend: ScriptedBackend, *, on: bool = True) -> Team:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        strategy="muse" if on else "react",
        budgets=BudgetsConfig(max_steps=3, max_seconds=30),
        plugins=PluginsConfig(enabled=[*CORE, "research-muse"] if on else CORE),
    )
    return Team(
        "Answer arithmetic questions",
        [AgentTemplate(name="solver", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=backend,
        tools=[Calculator()],
        name="math",
    )


def seed_tiers(team: Team) -> dict[str, str]:
    """Proposals of the reflection step on two sample episodes, approved (the replay test is core's)."""
    optimizer = MuseOptimizer()
    solved, failed, _ = sample_episodes()
    cards = optimizer.propose(episode=solved) + optimizer.propose(episode=failed)
    off_index = MemoryCard(
        kind="skill_card",
        content="SOP [What is the capital of {s0}?]: lookup",
        fields={
            "name": "SOP",
            "when_to_use": "What is the capital of {s0}?",
            "slots": ["s0"],
            "steps": [{"tool": "calculator", "arguments": {"expression": "{s0}"}}],
        },
        provenance=cards[1].provenance,
    )
    ci = MemoryCI(team.store, manager=team.manager)
    ids = {}
    for card in [*cards, off_index]:
        scope = {**card.scope.model_dump(by_alias=False, exclude={"global_"}), "team": "math"}
        card = card.model_copy(update={"scope": MemoryScope(**scope)})
        outcome = ci.admit(card)
        ci.review(outcome.card_id, approve=True, reason="test", actor="test")
        key = card.provenance.evidence["tier"]
        if "capital" in card.content:
            key += "-off"
        elif card.kind == "tool_policy":
            key += "-" + card.fields["rule"]
        ids[key] = outcome.card_id
    return ids


def test_reflection_writes_three_tiers() -> None:
    solved, failed, _ = sample_episodes()
    tiers = [c.provenance.evidence["tier"] for c in MuseOptimizer().propose(episode=solved)]
    assert tiers == ["tool", "procedural"]
    cards = MuseOptimizer().propose(episode=failed)
    assert [c.provenance.evidence["tier"] for c in cards] == ["tool", "strategic"]
    assert cards[0].fields["rule"] == "avoid" and "every tool call failed" in cards[1].fields["trigger"]


def test_tiers_load_their_own_way_and_the_tool_note_fixes_the_call(tmp_path: Path) -> None:
    backend = ScriptedBackend(policy)
    team = make_team(tmp_path, backend)
    ids = seed_tiers(team)
    result = team.run_chain(Task(input="What is 17 * 23?", expected="391", task_type="arithmetic"))
    assert result.success, result.steps
    first_prompt = "\n".join(m.content for m in backend.calls[0]["messages"])
    assert ids["strategic"] in result.memory_ids and "Guidance:" in first_prompt
    assert ids["procedural"] in result.memory_ids
    assert ids["procedural-off"] not in result.memory_ids, "an SOP whose index does not match was loaded"
    assert "Tool note" not in first_prompt, "tool notes belong to the tool call, not the prompt"
    assert result.steps[0].arguments == {"expression": "17 * 23"}
    (event,) = read_trace(result.trace_path).of_type("muse.tool_notes")
    assert event.data["before"] == "17 times 23" and event.data["after"] == "17 * 23"
    team.close()


def test_disabled_plugin_is_gone_and_the_call_stays_wrong(tmp_path: Path) -> None:
    team = make_team(tmp_path, ScriptedBackend(policy), on=False)
    result = team.run_chain(Task(input="What is 17 * 23?", expected="391", task_type="arithmetic"))
    assert not result.success and result.steps[0].tool_status == "error"
    assert "research-muse" not in {p["name"] for p in read_trace(result.trace_path).header.plugins}
    assert "muse" not in team.manager.retrievers() and "muse" not in team.manager.strategies()
    team.close()


def test_settings_are_validated_with_defaults() -> None:
    from purpose_agent.plugin import ConfigError

    assert load(raw={}).tool_notes == "call"
    with pytest.raises(ConfigError, match="tool_notes"):
        load(raw={"tool_notes": "never"})


class TestMuseOptimizerContract(OptimizerContract):
    optimizer = MuseOptimizer()


class TestMuseRetrieverContract(RetrieverContract):
    retriever = MuseRetriever()
