"""General lessons that help only together: replayed as one playbook, each bullet kept by removal.

The scripted model succeeds only when it is shown both the lesson that says to call the tool and the
one that says to answer with its result; a third lesson changes nothing. Alone, each is rejected (no win,
no loss); together they win every case; removal keeps the two and drops the third.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.config import BudgetsConfig, LearningConfig, PluginsConfig, Settings
from purpose_agent.learning.loop import replay_candidates
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.learning.playbook import joinable, member_evidence, replay_playbook
from purpose_agent.llm.protocol import Message
from purpose_agent.memory.card import MemoryCard, MemoryScope, Provenance
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.retrieval import LESSONS
from purpose_agent.runtime.task import Task
from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult
from purpose_team import AgentTemplate, Team


class Adder:
    name = "adder"
    description = "Add two numbers."
    parameters = {
        "type": "object",
        "properties": {"a": {"type": "number"}, "b": {"type": "number"}},
        "required": ["a", "b"],
    }
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"{arguments['a'] + arguments['b']:g}")


def act(action: str, value: Any) -> str:
    return json.dumps({"action": action, "input": value})


def needs_both(messages: Sequence[Message]) -> str:
    """Calls the tool only when told to, and answers with its result only when told to."""
    prompt = "\n".join(m.content for m in messages)
    task = re.findall(r"Task: (.*)", prompt)[-1]
    a, b = (int(x) for x in re.findall(r"-?\d+", task)[:2])
    if "Arguments for adder as JSON" in prompt:
        return json.dumps({"a": a, "b": b})
    called = "Step 1: adder" in prompt
    if "TOOL-FIRST" in prompt and not called:
        return act("adder", {"a": a, "b": b})
    if called and "ANSWER-WITH-RESULT" in prompt:
        return act("final_answer", str(a + b))
    return act("final_answer", "I am not sure")


def lesson(marker: str) -> MemoryCard:
    return MemoryCard(
        kind="failure_pattern",
        content=f"{marker}: a rule every request needs.",
        fields={"trigger": f"rule {marker}", "symptom": "failed", "fix": f"{marker}: a rule every request"},
        provenance=Provenance(optimizer=LESSONS, evidence={"origin": "episode", "pattern": marker}),
        scope=MemoryScope(team="qa"),
        trust=0.5,
    )


VALIDATION = [Task(input=f"Add {a} and {a + 3}.", expected=str(2 * a + 3), id=f"v{a}") for a in range(1, 8)]


CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


@pytest.fixture
def team(tmp_path: Path) -> Any:
    def make(playbook: bool = True, script: Callable[[Sequence[Message]], str] | None = None) -> Team:
        settings = Settings(
            store=str(tmp_path / f"memory-{playbook}.db"),
            traces=str(tmp_path / "traces"),
            budgets=BudgetsConfig(max_steps=4, max_seconds=30),
            plugins=PluginsConfig(enabled=CORE),
            learning=LearningConfig(replay_playbook=playbook),
        )
        manager = PluginManager(settings).load()
        from plugin_fixtures import keyword_scanner

        manager.register(keyword_scanner, name="keyword-scanner")
        agent = AgentTemplate(name="solver", role="Answer.", tools=[])
        return Team(
            "Answer questions", [agent], settings=settings, manager=manager,
            backend=ScriptedBackend(script or needs_both), tools=[Adder()], name="qa",
        )  # fmt: skip

    return make


def admitted(team: Team, markers: Sequence[str]) -> list[str]:
    ci = MemoryCI(team.store, manager=team.manager)
    return [ci.admit(lesson(m)).card_id for m in markers]


def test_lessons_that_help_only_together_are_promoted_together_and_an_unneeded_one_is_not(team: Any) -> None:
    t = team()
    tool, answer, noise = admitted(t, ["TOOL-FIRST", "ANSWER-WITH-RESULT", "BE-POLITE"])
    assert not t.run_chain(VALIDATION[0], learn=False).success  # nothing promoted: the model fails
    seen: list[tuple[str, int, int]] = []
    replayed = replay_candidates(t, [tool, answer, noise], VALIDATION, progress=lambda *a: seen.append(a))
    decisions = {cid: (ev, d) for cid, ev, d in replayed}
    # progress goes on through the playbook and ends at the episodes really run, the playbook's included
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    assert seen[-1][1] == seen[-1][2] == sum(e.episodes for _, e, _ in replayed)
    for card_id in (tool, answer):
        evidence, decision = decisions[card_id]
        assert decision.status == "promoted", decision.reason
        assert evidence.level == "playbook" and evidence.playbook == [tool, answer]
        assert evidence.wins >= 3 and evidence.losses == 0
        assert "playbook of 2 general lessons" in decision.reason
        stored = t.store.get(card_id).provenance.evidence["replay"]
        assert stored["rule"] == "sign_test" and stored["alpha"] == 0.2 and stored["level"] == "playbook"
    evidence, decision = decisions[noise]
    assert decision.status == "rejected" and "dropped: without it the playbook lost none" in decision.reason
    assert t.store.get(noise).status is MemoryStatus.REJECTED
    # in use both bullets are shown for a new request, and together they make it a success
    fresh = t.run("Add 20 and 22.", expected="42")
    assert fresh.success and {tool, answer} <= set(fresh.memory_ids) and noise not in fresh.memory_ids
    t.close()


def half_alone(messages: Sequence[Message]) -> str:
    """Like :func:`needs_both`, but answers with the tool's result unasked for an even first number."""
    prompt = "\n".join(m.content for m in messages)
    task = re.findall(r"Task: (.*)", prompt)[-1]
    a = int(re.findall(r"-?\d+", task)[0])
    if "Step 1: adder" in prompt and a % 2 == 0 and "Arguments for adder" not in prompt:
        return act("final_answer", str(2 * a + 3))
    return needs_both(messages)


def test_the_passs_general_lessons_are_replayed_together_first_even_when_one_would_pass_alone(
    team: Any,
) -> None:
    alone = team(playbook=False, script=half_alone)
    tool, answer = admitted(alone, ["TOOL-FIRST", "ANSWER-WITH-RESULT"])
    first, _, decision = replay_candidates(alone, [tool, answer], VALIDATION)[0]
    assert first == tool and decision.status == "promoted"  # the even cases suffice for the rule
    alone.close()
    t = team(script=half_alone)
    tool, answer = admitted(t, ["TOOL-FIRST", "ANSWER-WITH-RESULT"])
    replayed = replay_candidates(t, [tool, answer], VALIDATION)
    assert [cid for cid, _, _ in replayed] == [tool, answer]
    for _, evidence, decision in replayed:
        assert decision.status == "promoted", decision.reason
        assert evidence.level == "playbook" and evidence.playbook == [tool, answer]
        assert evidence.wins >= 3 and evidence.losses == 0
        assert "kept: without it the playbook lost case" in decision.reason
    t.close()


def test_with_the_playbook_off_each_lesson_is_decided_alone(team: Any) -> None:
    t = team(playbook=False)
    ids = admitted(t, ["TOOL-FIRST", "ANSWER-WITH-RESULT"])
    decisions = replay_candidates(t, ids, VALIDATION)
    assert [d.status for _, _, d in decisions] == ["rejected", "rejected"]
    assert all(e.level == "general" and e.wins == 0 for _, e, _ in decisions)
    t.close()


def test_a_playbook_that_does_not_help_rejects_every_member_with_both_reasons(team: Any) -> None:
    t = team()
    ids = admitted(t, ["TOOL-FIRST", "BE-POLITE"])  # without the answer rule nothing can succeed
    decisions = replay_candidates(t, ids, VALIDATION)
    assert [d.status for _, _, d in decisions] == ["rejected", "rejected"]
    for _, _, d in decisions:
        assert "replayed in a playbook of 2 general lessons: rejected" in d.reason
    t.close()


def test_the_general_lessons_of_a_pass_join_its_playbook() -> None:
    card = lesson("X").model_copy(update={"status": MemoryStatus.QUARANTINED})
    assert joinable(card, "general")
    assert not joinable(card, "task family")
    assert not joinable(card.model_copy(update={"status": MemoryStatus.PROMOTED}), "general")
    not_shown_everywhere = card.model_copy(update={"provenance": Provenance(optimizer="cases")})
    assert not joinable(not_shown_everywhere, "general")


def test_removal_keeps_each_of_two_redundant_bullets_only_once() -> None:
    """Two bullets that each do the whole job: the first is dropped (the other covers it), the last is
    kept (without it the playbook is the store alone, which loses)."""

    class Card:
        def __init__(self, card_id: str) -> None:
            self.id = card_id

    a, b = Card("a"), Card("b")
    learning = LearningConfig()

    def run_with(ids: Sequence[str], cards: Sequence[Any]) -> list[float]:
        return [1.0 if cards else 0.0 for _ in ids]

    book = replay_playbook([a, b], [f"c{i}" for i in range(6)], run_with, lambda ids: [0.0] * len(ids),
                           learning=learning)  # fmt: skip
    assert book.evidence.promote and book.kept == ["b"]
    assert book.removal["a"].startswith("dropped") and book.removal["b"].startswith("kept")
    assert book.kept_evidence is not None and book.kept_evidence.promote
    kept, dropped = member_evidence("b", book, 2), member_evidence("a", book, 2)
    assert kept.promote and kept.level == "playbook" and kept.playbook == ["b"]
    assert kept.reason.startswith("promoted as the one lesson a playbook of 2 general lessons needed (kept")
    assert not dropped.promote and "this lesson dropped" in dropped.reason
