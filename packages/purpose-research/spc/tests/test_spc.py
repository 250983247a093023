"""SPC on a scripted case: Φ's catch rate of planted errors before and after calibration through memory CI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from purpose_agent.plugin import ConfigError, PluginManager, PurposeFunction, Store
from purpose_agent.testing import OptimizerContract, ScriptedBackend, rule_judge, scratch_store
from purpose_eval.calibration import JudgingItem, load_items
from purpose_research_spc.critic import self_play
from purpose_research_spc.hacking import probe
from purpose_research_spc.optimizer import SPCOptimizer
from purpose_research_spc.settings import load
from purpose_research_spc.sneaky import plant_number, plant_subject

ITEMS = load_items("purpose_research_spc")


def _good(id_: str, task: str, answer: str, observations: list[str]) -> JudgingItem:
    return JudgingItem(
        id=id_, purpose=ITEMS[0].purpose, task=task, answer=answer, observations=observations,
        good=True, split="validation",
    )  # fmt: skip


#: Good validation answers beyond the three shipped ones, for errors to be planted in. A calibration
#: catches the plants of one kind only (two number plants or one subject plant of the shipped three), and
#: the replay's sign test (alpha 0.1) needs four untied wins (two of two give p = 0.25).
EXTRA_VALIDATION = [
    _good("w1", "What is 64 * 3?", "64 * 3 is 192.", ["calculator: 192"]),
    _good(
        "w2",
        "How high is Mont Blanc in metres?",
        "Mont Blanc is 4805 metres high.",
        ["lookup: Mont Blanc height 4805 m"],
    ),
    _good(
        "w3",
        "What is the capital of Spain?",
        "Madrid.",
        ["lookup: Spain - capital Madrid", "lookup: Portugal - capital Lisbon"],
    ),
    _good(
        "w4",
        "What is the capital of Canada?",
        "Ottawa.",
        ["lookup: Canada - capital Ottawa", "lookup: Australia - capital Canberra"],
    ),
    _good(
        "w5",
        "Who wrote War and Peace?",
        "Leo Tolstoy wrote it.",
        ["lookup: War and Peace - author Leo Tolstoy", "lookup: Oliver Twist - author Charles Dickens"],
    ),
]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Store, PluginManager]]:
    with scratch_store(tmp_path) as pair:
        yield pair


def test_planted_errors_really_differ_and_keep_the_shape() -> None:
    good = next(i for i in ITEMS if i.id == "x2")
    planted = plant_number(good)
    assert planted is not None and planted.item.answer == "512 + 256 = 786." and not planted.item.good
    painter = next(i for i in ITEMS if i.id == "v6")
    swapped = plant_subject(painter)
    assert swapped is not None and swapped.item.answer == "Van Gogh painted it."


def test_catch_rate_rises_after_calibration_through_memory_ci(env) -> None:
    store, manager = env
    split = {s: [i for i in ITEMS if i.split == s] for s in ("train", "validation", "test")}
    split["validation"] += EXTRA_VALIDATION
    report = self_play(ScriptedBackend(rule_judge), store=store, manager=manager, **split)
    assert report.plants["test"] >= 4
    assert report.catch_before == 0.0, "the lenient judge misses every plant before calibration"
    assert report.catch_after >= 0.75 > report.catch_before
    assert report.false_alarms_after <= report.false_alarms_before + 0.25
    promoted = [o for o in report.outcomes if o["status"] == "promoted"]
    assert promoted and len(report.promoted) == len(promoted)
    for outcome in promoted:
        card = store.get(outcome["card_id"])
        assert card.kind == "critic_calibration"
        assert card.provenance.evidence["scan"]["passed"] is True
        assert (
            card.provenance.evidence["replay"]["mean_with"]
            > card.provenance.evidence["replay"]["mean_without"]
        )
    print(json.dumps(report.model_dump(exclude={"outcomes", "promoted"})))


def test_reward_hacking_probes_report_what_holds_and_what_does_not() -> None:
    wrong = next(i for i in ITEMS if i.id == "x1")
    results = probe(PurposeFunction(ScriptedBackend(rule_judge)), wrong)
    assert set(results) == {"self_assessment", "instruction_to_judge", "fake_observation"}
    assert results["self_assessment"]["held"], "self-grading sentences are stripped before judging"


class TestSPCOptimizerContract(OptimizerContract):
    optimizer = SPCOptimizer(backend=ScriptedBackend(rule_judge))


def test_optimizer_turns_missed_plants_of_a_verified_episode_into_candidates() -> None:
    from purpose_agent.testing import sample_episodes

    solved = sample_episodes()[0]
    cards = SPCOptimizer(backend=ScriptedBackend(rule_judge)).propose(episode=solved)
    assert cards and all(c.kind == "critic_calibration" for c in cards)
    assert all(c.provenance.evidence["origin"] == "self_play" for c in cards)
    assert "391" in cards[0].content, "the example shows the right answer it was planted in"


def test_settings_are_validated() -> None:
    with pytest.raises(ConfigError, match=r"research-spc.*max_plants"):
        load({"max_plants": 0})
