"""Meta-Rewarding raises Φ's agreement with gold labels on held-out items, through memory CI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from purpose_agent.plugin import ConfigError, PluginManager, Store
from purpose_agent.testing import OptimizerContract, ScriptedBackend, scratch_store
from purpose_eval.calibration import JudgingItem, load_items
from purpose_research_meta_rewarding.meta import MetaRewarding, improve
from purpose_research_meta_rewarding.optimizer import MetaRewardingOptimizer
from purpose_research_meta_rewarding.settings import load
from rule_judge_meta import policy

ITEMS = load_items("purpose_research_meta_rewarding")
SPLIT = {s: [i for i in ITEMS if i.split == s] for s in ("train", "validation", "test")}
PURPOSE = SPLIT["validation"][0].purpose


def _item(id_: str, task: str, answer: str, observations: list[str], good: bool) -> JudgingItem:
    return JudgingItem(
        id=id_, purpose=PURPOSE, task=task, answer=answer, observations=observations, good=good,
        split="validation",
    )  # fmt: skip


#: Labelled validation items beyond the six shipped ones. Each calibration rule catches only two or three
#: of the shipped six, and the replay's sign test (alpha 0.1) needs four untied wins (three of three give
#: p = 0.125); so the gate gets enough cases of each error kind, and good items where a rule must not hurt.
EXTRA_VALIDATION = [
    _item("w1", "What is 64 * 3?", "64 * 3 is 182.", ["calculator: 192"], False),
    _item(
        "w2",
        "How high is Mont Blanc in metres?",
        "Mont Blanc is 4850 metres high.",
        ["lookup: Mont Blanc height 4805 m"],
        False,
    ),
    _item(
        "w3",
        "What is the capital of Spain?",
        "The capital is Lisbon.",
        ["lookup: Portugal - capital Lisbon", "lookup: Spain - capital Madrid"],
        False,
    ),
    _item(
        "w4",
        "Who wrote War and Peace?",
        "It was written by Charles Dickens.",
        ["lookup: War and Peace - author Leo Tolstoy", "lookup: Oliver Twist - author Charles Dickens"],
        False,
    ),
    _item(
        "w5",
        "What is the capital of Canada?",
        "Canberra.",
        ["lookup: Australia - capital Canberra", "lookup: Canada - capital Ottawa"],
        False,
    ),
    _item("w6", "What is 15 * 4?", "15 * 4 is 60.", ["calculator: 60"], True),
    _item(
        "w7",
        "What is the capital of Canada?",
        "Ottawa.",
        ["lookup: Australia - capital Canberra", "lookup: Canada - capital Ottawa"],
        True,
    ),
]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Store, PluginManager]]:
    with scratch_store(tmp_path) as pair:
        yield pair


def test_the_labelled_set_is_split_and_balanced() -> None:
    assert {s: len(v) for s, v in SPLIT.items()} == {"train": 6, "validation": 8, "test": 8}
    assert sum(i.good for i in SPLIT["test"]) == 4


def test_only_consistent_preferences_become_candidates() -> None:
    meta = MetaRewarding(ScriptedBackend(policy))
    contradicting = next(i for i in ITEMS if i.id == "t2")
    cards = meta.propose_for(contradicting)
    assert [c.fields["criterion"] for c in cards] == [meta.perspectives[1]]
    assert cards[0].fields["bias"] == "too_lenient" and "deserves 1/10" in cards[0].content
    good = next(i for i in ITEMS if i.id == "t1")
    assert meta.propose_for(good) == [], "judgments that agree give no pair to meta-judge"


def test_meta_judge_position_bias_is_cancelled() -> None:
    meta = MetaRewarding(ScriptedBackend(policy))
    item = next(i for i in ITEMS if i.id == "t2")
    helpful, strict, _ = meta.judgments(item)
    assert meta.consistent_winner(item, strict, helpful) == (strict, helpful)
    assert meta.consistent_winner(item, helpful, helpful) is None, "always-'A' is no preference"


def test_agreement_rises_on_held_out_items_and_cards_pass_memory_ci(env) -> None:
    store, manager = env
    split = {**SPLIT, "validation": SPLIT["validation"] + EXTRA_VALIDATION}
    report = improve(ScriptedBackend(policy), store=store, manager=manager, **split)
    print(json.dumps(report.model_dump(exclude={"outcomes"})))
    assert report.agreement_before == 0.5
    assert report.agreement_after > report.agreement_before
    promoted = [o for o in report.outcomes if o["status"] == "promoted"]
    assert len(promoted) == len(report.promoted) >= 1
    for outcome in promoted:
        card = store.get(outcome["card_id"])
        evidence = card.provenance.evidence
        assert card.kind == "critic_calibration" and evidence["scan"]["passed"] is True
        assert evidence["replay"]["rule"] == "sign_test" and evidence["replay"]["mean_gain"] > 0


class TestMetaRewardingOptimizerContract(OptimizerContract):
    optimizer = MetaRewardingOptimizer(backend=ScriptedBackend(policy))


def test_settings_are_validated() -> None:
    with pytest.raises(ConfigError, match=r"research-meta-rewarding.*perspectives"):
        load({"perspectives": ["only one"]})
