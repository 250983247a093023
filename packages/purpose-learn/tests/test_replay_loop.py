"""The learn loop's replay at the level a card claims: a procedure on its task family plus near-miss
controls, an expression card on every operator, a general lesson on the whole split; progress against the
plan. The scripted model's answers depend on what the prompt shows (purpose-core's tests/replay_fixtures.py),
so a card's effect on each validation case is known in advance. (Was part of purpose-core's
tests/test_learning_replay.py, with the loop.)"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    AgentTemplate,
    MemoryCard,
    MemoryCI,
    MemoryScope,
    Message,
    PluginManager,
    Task,
    Team,
    to_skill_fields,
)
from purpose_agent.testing import ScriptedBackend
from purpose_learn.loop import replay_candidates, replay_plan, train_phase
from purpose_learn.replay import nominal_level
from replay_fixtures import (
    EXPRESSION,
    VALIDATION,
    Calculator,
    act,
    make_manager,
    multiplication_card,
    stubborn,
    team_with,
    team_without_memory_answers,
)


@pytest.fixture
def manager(tmp_path: Path) -> PluginManager:
    return make_manager(tmp_path)


def test_a_procedure_is_replayed_on_its_family_plus_near_misses() -> None:
    cases, controls, level = replay_plan(multiplication_card(), VALIDATION)
    assert level == "task family"
    assert cases == ["mul13", "mul21", "mul9", "mul32", "mul6"] and controls == ["add1", "add2"]


@pytest.mark.parametrize("copies_templates", [True, False])
def test_near_miss_replay_rejects_a_misfiring_card(manager: PluginManager, copies_templates: bool) -> None:
    team = team_with(manager, copies_templates)
    card_id = MemoryCI(team.store, manager=team.manager).admit(multiplication_card()).card_id
    ((_, evidence, decision),) = replay_candidates(team, [card_id], VALIDATION)
    assert evidence.level == "task family" and evidence.runs[0].control  # controls first
    if copies_templates:  # shown on "13 + 7" it makes the model compute 13 * 7: a lost control
        assert decision.status == "rejected" and evidence.control_losses >= 1
        assert len(evidence.runs) == 1 and evidence.stopped == "settled"
    else:  # wins on its family, no near miss hurt: the fourth untied win crosses the level (1/16 at 0.1)
        assert decision.status == "promoted" and evidence.wins == 4 and evidence.control_losses == 0
        assert evidence.stopped == "boundary" and evidence.nominal == nominal_level(5, 0.1) == 0.0625
    stored = team.store.get(card_id).provenance.evidence["replay"]
    assert stored["rule"] == "sign_test" and stored["alpha"] == 0.1 and stored["level"] == "task family"
    team.close()


def test_an_expression_card_answers_every_operator_and_replays_on_all_of_them(manager: PluginManager) -> None:
    """The README's failure: after learning on "A * B", "What is 10 - 4?" must be 6, not 40 or "10 - 4"."""
    assert EXPRESSION is not None
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    card = MemoryCard(
        kind="skill_card",
        content='For tasks like \'What is {s0}?\' ({s0}: an expression): calculator {"expression": "{s0}"}; '
        "then answer {result}.",
        fields=to_skill_fields(EXPRESSION),
        scope=MemoryScope(tool_names=("calculator",)),
        trust=0.5,
    )
    card_id = ci.admit(card).card_id
    cases, controls, _ = replay_plan(team.store.get(card_id), VALIDATION)
    assert cases == ["mul13", "mul21", "mul9", "mul32", "mul6", "add1", "add2"] and controls == []
    ((_, evidence, decision),) = replay_candidates(team, [card_id], VALIDATION)
    # four untied wins of four cross the level at each of seven looks (1/16 at alpha 0.1)
    assert decision.status == "promoted" and evidence.wins == 4 and evidence.losses == 0
    minus = team.run("What is 10 - 4?", expected="6")
    assert minus.answer == "6" and card_id in minus.memory_ids
    plus = team.run("What is 2+3?", expected="5")
    assert plus.answer == "5" and card_id in plus.memory_ids
    words = team.run("What is 3 plus 4?", expected="7")  # not an expression: the card stays out
    assert card_id not in words.memory_ids
    team.close()


def test_a_general_lesson_is_learned_from_many_episodes_and_transfers(manager: PluginManager) -> None:
    agent = AgentTemplate(name="solver", role="Answer.", tools=[])
    team = Team(
        "Answer questions", [agent], settings=manager.settings,
        manager=manager, backend=ScriptedBackend(stubborn), tools=[Calculator()], name="qa",
    )  # fmt: skip
    train = [Task(input=f"Compute {a} - {b} now", expected=str(a - b), id=f"t{a}") for a, b in
             [(3, 4), (10, 20), (7, 8), (1, 5)]]  # fmt: skip
    results, candidates = train_phase(team, train)
    assert not any(r.success for r in results)
    lessons = [c for c in candidates if team.store.get(c.card_id).provenance.optimizer == "lessons"]
    contents = {team.store.get(c.card_id).provenance.evidence["pattern"] for c in lessons}
    assert "no_stop" in contents and all(c.status == "quarantined" for c in lessons)
    stop = next(
        c.card_id for c in lessons if team.store.get(c.card_id).provenance.evidence["pattern"] == "no_stop"
    )
    # validation has other operators and words: a general lesson is replayed on all of it
    validation = [Task(input=f"Please find {a} / {b}", expected=f"{a / b:g}", id=f"v{a}") for a, b in
                  [(2, 4), (4, 5), (6, 8), (8, 16), (3, 6)]]  # fmt: skip
    ((_, evidence, decision),) = replay_candidates(team, [stop], validation)
    assert evidence.level == "general" and decision.status == "promoted" and evidence.wins == 4
    # in use it is shown for a task that shares none of its words, and the model stops in time
    fresh = team.run("Calculate 12 - 5", expected="7")
    assert not team_without_memory_answers(team, "Calculate 12 - 5", "7")
    assert stop in fresh.memory_ids and fresh.success
    team.close()


def test_replay_reports_episodes_done_against_the_plan(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=False)
    card_id = MemoryCI(team.store, manager=team.manager).admit(multiplication_card()).card_id
    seen: list[tuple[str, int, int]] = []
    ((_, evidence, _),) = replay_candidates(team, [card_id], VALIDATION, progress=lambda *a: seen.append(a))
    assert seen[0] == ("replay", 0, 14)  # 5 family cases + 2 controls, with and without
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    assert seen[-1] == ("replay", 2 * len(evidence.runs), 2 * len(evidence.runs))
    team.close()

# -- two preference candidates, one helpful, one harmful (was in purpose-core's test_runtime_episode.py) --


def known_effect(messages: Sequence[Message]) -> str:
    """'the code is 7' misleads every answer; 'the code is 42' fixes the code question."""
    prompt = "\n".join(m.content for m in messages)
    task = messages[-1].content
    if "the code is 7" in prompt:
        return act("final_answer", "7")
    if "code" in task:
        return act("final_answer", "42" if "the code is 42" in prompt else "0")
    return act("final_answer", "2")


def team_on(manager: PluginManager, backend: ScriptedBackend) -> Team:
    agent = AgentTemplate(name="solver", role="Answer the question.", tools=[])
    return Team(
        "Answer questions", [agent], settings=manager.settings, manager=manager, backend=backend, name="qa"
    )


def _candidate(team: Team, content: str) -> str:
    card = MemoryCard(kind="user_preference", content=content, trust=0.5)
    outcome = MemoryCI(team.store, manager=team.manager).admit(card)
    assert outcome.status == "quarantined", outcome
    return outcome.card_id


CODE_VALIDATION = [
    Task(input="What is the code?", expected="42", id="v1"),
    Task(input="What is 1 + 1?", expected="2", id="v2"),
]


def test_replay_promotes_a_helpful_candidate_and_rejects_a_harmful_one(manager: PluginManager) -> None:
    team = team_on(manager, ScriptedBackend(known_effect))
    good = _candidate(team, "Remember: the code is 42")
    bad = _candidate(team, "Remember: the code is 7")
    decisions = {cid: (ev, d) for cid, ev, d in replay_candidates(team, [good, bad], CODE_VALIDATION)}
    good_ev, good_d = decisions[good]
    bad_ev, bad_d = decisions[bad]
    # non-inferiority is settled after v1 (+1): v2 cannot pull the mean below -0.05, so it is not run
    assert good_d.status == "promoted" and good_ev.stopped == "settled" and len(good_ev.runs) == 1
    assert good_ev.mean_without == 0.0 and good_ev.mean_with == 1.0
    # with the good card promoted, "without" now includes it: the bad card turns 1.0 into 0.0
    assert bad_d.status == "rejected" and bad_ev.mean_with == 0.0 and bad_ev.losses == 2
    stored = team.store.get(good)
    assert stored.provenance.evidence["replay"]["rule"] == "non_inferiority"
    assert stored.provenance.evidence["replay"]["runs"][0]["case_id"] == "v1"
    audit = [a.reason for a in team.store.audit(bad)]
    assert any("rejected: mean" in r for r in audit)
    team.close()
