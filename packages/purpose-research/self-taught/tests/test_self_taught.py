"""Self-Taught Evaluator: synthetic contrast pairs raise Φ's agreement with gold labels, iterated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from purpose_agent.plugin import ConfigError, PluginManager, Store
from purpose_agent.testing import OptimizerContract, ScriptedBackend, scratch_store
from purpose_eval.calibration import JudgingItem, load_items
from purpose_research_self_taught.contrast import SelfTaught, run
from purpose_research_self_taught.optimizer import SelfTaughtOptimizer
from purpose_research_self_taught.settings import load
from rule_judge_taught import policy

ITEMS = load_items("purpose_research_self_taught")


def _instruction(id_: str, task: str, answer: str, observations: list[str]) -> JudgingItem:
    return JudgingItem(
        id=id_, purpose=ITEMS[0].purpose, task=task, answer=answer, observations=observations,
        good=True, split="validation",
    )  # fmt: skip


#: Validation instructions beyond the two shipped ones with two observations. Each gives one contrast pair,
#: so one rejected answer a calibration can win on, and the replay's sign test (alpha 0.1) needs four
#: untied wins (two of two give p = 0.25). Their labels are not used: the pairs are labelled by
#: construction.
EXTRA_VALIDATION = [
    _instruction(
        "w1",
        "What is the capital of Spain?",
        "Madrid.",
        ["lookup: Spain - capital Madrid", "lookup: Portugal - capital Lisbon"],
    ),
    _instruction(
        "w2",
        "What is the capital of Canada?",
        "Ottawa.",
        ["lookup: Canada - capital Ottawa", "lookup: Australia - capital Canberra"],
    ),
    _instruction(
        "w3",
        "Who wrote War and Peace?",
        "Leo Tolstoy.",
        ["lookup: War and Peace - author Leo Tolstoy", "lookup: Oliver Twist - author Charles Dickens"],
    ),
]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple[Store, PluginManager]]:
    with scratch_store(tmp_path) as pair:
        yield pair


def test_a_contrast_pair_answers_a_similar_but_different_question() -> None:
    item = next(i for i in ITEMS if i.id == "t3")
    pair = SelfTaught(ScriptedBackend(policy)).pair(item)
    assert pair is not None
    assert pair.altered == "What is the capital of Germany?"
    assert pair.chosen == "The answer is Paris." and pair.rejected == "The answer is Berlin."


def test_plain_phi_ties_a_pair_and_a_sampled_perspective_gets_it_right() -> None:
    taught = SelfTaught(ScriptedBackend(policy))
    pair = taught.pair(next(i for i in ITEMS if i.id == "t6"))
    assert pair is not None
    correct = taught.correct_judgments(pair)
    assert [p for p, _, _ in correct] == [taught.perspectives[1]], "only the exact-task judgment is right"


def test_iterations_raise_agreement_with_gold_labels_through_memory_ci(env) -> None:
    store, manager = env
    with_two = [i for i in ITEMS if len(i.observations) > 1]
    report = run(
        ScriptedBackend(policy),
        instructions=[i for i in with_two if i.split == "train"],
        validation_instructions=[i for i in with_two if i.split == "validation"] + EXTRA_VALIDATION,
        test=[i for i in ITEMS if i.split == "test"],
        store=store,
        manager=manager,
        iterations=2,
    )
    print(json.dumps(report.model_dump(exclude={"outcomes"})))
    assert report.agreement_before == 0.5
    assert report.agreement_after > report.agreement_before
    first = report.iterations[0]
    assert first.pairs == 2 and first.correct_pairs == 2 and first.promoted
    promoted = [o for o in report.outcomes if o["status"] == "promoted"]
    for outcome in promoted:
        evidence = store.get(outcome["card_id"]).provenance.evidence
        # memory CI records the origin class (a synthetic pair is the model's own text); the pair stays
        assert evidence["origin"] == "model" and evidence["pair"] and evidence["altered"]
        assert evidence["scan"]["passed"] is True
        assert evidence["replay"]["mean_gain"] > 0
    assert promoted and len(report.iterations) == 2


class TestSelfTaughtOptimizerContract(OptimizerContract):
    optimizer = SelfTaughtOptimizer(backend=ScriptedBackend(policy))


def test_settings_are_validated() -> None:
    with pytest.raises(ConfigError, match=r"research-self-taught.*iterations"):
        load({"iterations": 0})
