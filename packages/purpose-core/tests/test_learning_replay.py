"""Structural matching, procedures that apply by structure, misfire retirement (the replay rule and the learn
loop that replays candidates are purpose-learn's: its tests/test_replay_rule.py and test_replay_loop.py).

The scripted backend's answers depend on what the prompt shows, so a card's effect on each task is known
in advance.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.learning.misfire import record_use
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.structure import matches, near_miss, structure_of
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.procedures import (
    family_structure,
    from_skill_fields,
    generalize,
    instantiate,
    to_skill_fields,
)
from purpose_agent.runtime.retrieval import applies
from purpose_optimizers.cases import CaseOptimizer
from replay_fixtures import EXPRESSION, MULTIPLY, make_manager, multiplication_card, team_with


@pytest.fixture
def manager(tmp_path: Path) -> PluginManager:
    return make_manager(tmp_path)


# -- structure ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("task", "fits"),
    [
        ("What is 7 * 8?", True),
        ("What is 7*8?", True),
        ("What is 7 times 8?", True),
        ("What is 2+3?", False),
        ("What is 10 - 4?", False),
        ("What is 10-4?", False),
        ("What is 10 / 4?", False),
        ("What is 2 * 3 + 1?", False),
        ("What is 'ab' * 3?", False),
    ],
)
def test_a_procedure_applies_by_structure_not_by_shared_words(task: str, fits: bool) -> None:
    assert MULTIPLY is not None
    assert (instantiate(MULTIPLY, task) is not None) is fits
    assert matches(task, family_structure(MULTIPLY)) is fits


def test_a_copied_expression_becomes_one_typed_slot() -> None:
    assert MULTIPLY is not None and EXPRESSION is not None
    assert MULTIPLY.pattern == "What is {s0} * {s1}?" and MULTIPLY.slot_types == ["int", "int"]
    assert MULTIPLY.steps[0].arguments == {"expression": "{s1} * {s0}"}
    assert EXPRESSION.pattern == "What is {s0}?" and EXPRESSION.slot_types == ["expression"]
    assert EXPRESSION.steps[0].arguments == {"expression": "{s0}"}
    assert EXPRESSION.steps[-1].arguments == {"answer": "{result}"}
    # spacing may differ between the task and the argument; the span is still the task's
    spaced = generalize("What is 12*34?", [("calculator", {"expression": "12 * 34"}, "408")])
    assert spaced is not None and spaced.slot_types == ["expression"]
    # a card stores and restores its slot types
    fields = to_skill_fields(EXPRESSION)
    assert fields["slot_types"] == ["expression"] and from_skill_fields(fields) == EXPRESSION


@pytest.mark.parametrize(
    ("task", "filled"),
    [
        ("What is 2+3?", "2+3"),
        ("What is 10 - 4?", "10 - 4"),
        ("What is 10-4?", "10-4"),
        ("What is 7 * 8?", "7 * 8"),
        ("What is 2 * 3 + 1?", "2 * 3 + 1"),
        ("What is 91 / 7?", "91 / 7"),
        ("What is 3 plus 4?", None),  # numbers and an operator word: not an expression slot
        ("What is 'ab' * 3?", None),  # a quoted string is not a number
        ("What is 7?", None),  # one number is not an expression
        ("Sort 'pear', 'fig'", None),
    ],
)
def test_an_expression_card_applies_to_any_expression_and_nothing_else(task: str, filled: str | None) -> None:
    assert EXPRESSION is not None
    steps = instantiate(EXPRESSION, task, last_observation="R")
    assert (steps is not None) is (filled is not None)
    assert matches(task, family_structure(EXPRESSION)) is (filled is not None)
    if steps is not None:
        assert steps[0].tool == "calculator" and steps[0].arguments == {"expression": filled}
        assert steps[-1].arguments == {"answer": "R"}


def test_operators_in_words_and_symbols_share_a_structure() -> None:
    assert structure_of("What is 3 plus 4?").operators == structure_of("What is 3 + 4?").operators == {"+"}
    assert structure_of("Subtract 4 from 10").operators == {"-"}
    assert structure_of("What is 10-4?").slot_types == ("int", "int")
    assert near_miss("What is 3 + 4?", "What is {s0} * {s1}?") and not near_miss(
        "Sort 'b', 'a'", "What is {s0} * {s1}?"
    )


def test_a_promoted_procedure_is_not_retrieved_for_a_near_miss(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    card_id = ci.admit(multiplication_card()).card_id
    ci.promote_without_replay(card_id, "test", actor="user")
    card = team.store.get(card_id)
    assert applies(card, "What is 7 * 8?") and not applies(card, "What is 2+3?")
    plus = team.run("What is 2+3?", expected="5")
    assert plus.answer == "5" and card_id not in plus.memory_ids
    times = team.run("What is 7 * 8?", expected="56")
    assert times.answer == "56" and card_id in times.memory_ids
    team.close()


def test_a_card_that_misfires_in_use_loses_trust_and_is_retired(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    bad = MemoryCard(
        kind="tool_policy",
        content="What is a product? Answer with the first number of the task.",
        trust=0.5,
        scope=MemoryScope(tool_names=("calculator",)),
    )
    card_id = ci.admit(bad).card_id
    ci.promote_without_replay(card_id, "test", actor="user")
    lost = team.run("What is the product 5 * 9?", expected="45")  # the model guesses 0: shown, then lost
    assert card_id in lost.memory_ids and not lost.success
    card = team.store.get(card_id)  # the learner charged the misfire
    assert card.trust == pytest.approx(0.4) and card.status is MemoryStatus.PROMOTED
    assert record_use(team.store, lost.model_copy(update={"memory_ids": []})) == []
    again = team.run("What is the product 6 * 9?", expected="54")
    assert card_id in again.memory_ids and not again.success
    retired = team.store.get(card_id)
    assert retired.status is MemoryStatus.ARCHIVED and len(retired.provenance.evidence["misfires"]) == 2
    assert any("retired after 2 misfires" in a.reason for a in team.store.audit(card_id))
    team.close()


def test_case_optimizer_cards_carry_the_structure_they_apply_to() -> None:
    # the pattern written on a skill card keeps the operator, which is what the gate reads
    assert MULTIPLY is not None and "*" in to_skill_fields(MULTIPLY)["when_to_use"]
    assert CaseOptimizer.name == "cases"


def test_a_proven_lesson_suggests_the_matching_tool_first_and_the_answer_after_its_result() -> None:
    from purpose_agent.runtime.procedures import from_lesson_fields, lesson_step, matching_tool

    offered = [
        ("calculator", "Evaluate an arithmetic expression."),
        ("paint_needed", "Litres of paint for walls."),
    ]
    task = "How much paint is needed for 42 square metres of walls, two coats?"
    assert matching_tool(task, offered) == "paint_needed"
    assert matching_tool("Hello there", offered) is None
    first = from_lesson_fields({"trigger": "a tool matches the request"})
    stop = from_lesson_fields({"trigger": "after a tool result"})
    assert first is not None and stop is not None
    assert from_lesson_fields({"trigger": "giving the final answer"}) is None  # text only
    assert lesson_step(first, task, offered, 0, "").tool == "paint_needed"  # type: ignore[union-attr]
    assert lesson_step(first, task, offered, 1, "8.4").arguments == {"answer": "8.4"}  # type: ignore[union-attr]
    assert lesson_step(stop, task, offered, 0, "") is None
    assert lesson_step(stop, task, offered, 1, "8.4").arguments == {"answer": "8.4"}  # type: ignore[union-attr]
