"""Calibration memories for Φ: loading labelled items, agreement, card shape, and the memory-CI gate.

The judge is a scripted backend standing in for a small LLM judge whose verdict depends on its prompt:
lenient (8/10) unless a calibration rule saying "strict" is shown, in which case an answer containing
"wrong" gets 1/10. The gate runs the real memory CI on a real SQLite store with a real scanner plugin.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    BackendError,
    Message,
    PluginManager,
    PluginsConfig,
    PurposeFunction,
    RunMode,
    Settings,
    hookimpl,
    open_store,
)
from purpose_agent.testing import ScriptedBackend
from purpose_eval.calibration import (
    GOOD_AT,
    MAX_INITIAL_TRUST,
    JudgingItem,
    agreement,
    agrees,
    calibration_card,
    gate,
    judge_item,
    load_items,
    verdict,
)


def _item(i: int, answer: str, good: bool, split: str = "validation") -> JudgingItem:
    return JudgingItem(
        id=f"i{i}",
        purpose="answer arithmetic",
        task=f"What is {i} + {i}?",
        answer=answer,
        observations=[f"calculator: {i} + {i} = {2 * i}"],  # what the judge may quote as evidence
        good=good,
        split=split,
    )


ITEMS = [
    _item(1, "2 is right", True),
    _item(2, "4 is right", True),
    _item(3, "7 is wrong", False),
    _item(4, "9 is wrong", False),
]


def strict_judge(messages: Sequence[Message]) -> str:
    system, user = messages[0].content, messages[-1].content
    answer = user.split("Answer: ", 1)[1]
    strict = (
        "strict" in system.split("Calibration rules:", 1)[-1] if "Calibration rules:" in system else False
    )
    score = 1 if strict and "wrong" in answer else 8
    quote = user.split("Observations:\n- ", 1)[1].split("\n", 1)[0]  # never the answer: it proves nothing
    return json.dumps({"evidence": [quote[:40]], "score": score, "confidence": 8})


def _judge() -> PurposeFunction:
    return PurposeFunction(ScriptedBackend(strict_judge))


def test_load_items_reads_package_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "judging_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    lines = [item.model_dump_json() for item in ITEMS]
    (package / "judging_set.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert load_items("judging_pkg") == ITEMS
    finally:
        sys.modules.pop("judging_pkg", None)


def test_agreement_follows_the_calibrations_shown() -> None:
    judge = _judge()
    assert verdict(judge, ITEMS[2]) == pytest.approx(0.8)
    assert verdict(judge, ITEMS[2], ["be strict about wrong answers"]) == pytest.approx(0.1)
    assert agrees(judge, ITEMS[0]) and not agrees(judge, ITEMS[2])
    assert agreement(judge, ITEMS) == 0.5
    assert agreement(judge, ITEMS, ["be strict about wrong answers"]) == 1.0
    assert agreement(judge, []) == 0.0
    assert 0.1 < GOOD_AT < 0.8


def test_a_failed_judge_call_scores_zero_instead_of_raising() -> None:
    def broken(messages: Sequence[Message]) -> str:
        raise BackendError("backend went away")

    score = judge_item(PurposeFunction(ScriptedBackend(broken)), ITEMS[0])
    assert score.value == 0.0 and score.confidence == 0.0
    assert score.evaluator == "judge:error" and "backend went away" in score.reasoning


def test_calibration_card_is_clamped_and_its_trust_capped() -> None:
    card = calibration_card(
        content="x" * 5000,
        criterion="c" * 900,
        example="e" * 3000,
        expected_score=1.7,
        bias="too_lenient",
        optimizer="test",
        origin="human",
        source_traces=["t1"],
        evidence={"plants": 3},
        team="blue",
    )
    assert card.kind == "critic_calibration" and len(card.content) == 1900
    assert len(card.fields["criterion"]) == 500 and len(card.fields["example"]) == 2000
    assert card.fields["expected_score"] == 1.0
    assert card.trust <= MAX_INITIAL_TRUST
    assert card.scope.team == "blue"
    assert card.provenance.evidence == {"origin": "human", "plants": 3}
    assert card.provenance.source_traces == ("t1",)


class _CleanScanner:
    """A real scanner that finds nothing in honest text, so memory CI can quarantine and replay."""

    name = "test-clean"
    categories = ("injection",)

    def scan(self, item: Any) -> list[Any]:
        return []


class _ScannerPlugin:
    @hookimpl
    def register_scanners(self, registry: Any) -> None:
        registry.add(_CleanScanner())


def test_gate_promotes_the_calibration_that_helps_and_rejects_the_one_that_does_not(tmp_path: Path) -> None:
    settings = Settings(
        store=str(tmp_path / "m.db"),
        plugins=PluginsConfig(enabled=["core-memory-kinds", "core-store-sqlite"]),
    )
    manager = PluginManager(settings).load()
    manager.register(_ScannerPlugin(), name="test-scanner")
    store = open_store(settings.store, RunMode.LEARNING_TRAIN, manager=manager)
    try:
        helpful = calibration_card(
            content="Be strict: an answer that admits it is wrong scores low.",
            criterion="wrong answers",
            example="7 is wrong",
            expected_score=0.1,
            bias="too_lenient",
            optimizer="test",
            origin="self",
        )
        useless = calibration_card(
            content="Prefer short answers.",
            criterion="length",
            example="2 is right",
            expected_score=0.8,
            bias="none",
            optimizer="test",
            origin="self",
        )
        report = gate(
            [useless, helpful],
            store=store,
            manager=manager,
            backend=ScriptedBackend(strict_judge),
            # the sign test (alpha 0.1) needs 4 untied wins: the strictness helps on the 4 wrong answers
            validation=[*ITEMS, _item(5, "3 is wrong", False), _item(6, "5 is wrong", False)],
        )
        assert report.promoted == [helpful.content]
        final = {o.card_id: o.status for o in report.outcomes}
        assert final == {useless.id: "rejected", helpful.id: "promoted"}
        assert store.get(helpful.id).status.value == "promoted"
        assert [a.new_status for a in store.audit(helpful.id)] == ["candidate", "quarantined", "promoted"]
    finally:
        store.close()
