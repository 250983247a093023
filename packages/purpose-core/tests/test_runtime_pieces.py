"""Checkers, the purpose function, procedures and replay decisions, on scripted inputs."""

from __future__ import annotations

import json

import pytest
from purpose_agent.learning.replay import PairedRun, decide, rule_for
from purpose_agent.runtime.checkers import check
from purpose_agent.runtime.judge import (
    UNVERIFIED_CAP,
    PurposeFunction,
    strip_self_assessment,
    verify_evidence,
)
from purpose_agent.runtime.procedures import generalize, instantiate
from purpose_agent.testing import EvaluatorContract, ScriptedBackend


def test_numeric_checker_uses_last_number() -> None:
    assert check("17 * 23 = 391", "391").value == 1.0
    assert check("The answer is 390", "391").value == 0.0
    assert check("1,234.0", "1234").deterministic


def test_checker_wins_over_judge() -> None:
    backend = ScriptedBackend([json.dumps({"evidence": ["x"], "score": 10, "confidence": 10})])
    score = PurposeFunction(backend).judge(purpose="p", task="t", answer="wrong", expected="42")
    assert score.value == 0.0 and score.deterministic and backend.calls == []


def test_judge_needs_evidence_from_the_state() -> None:
    reply = json.dumps({"evidence": ["the capital is Paris"], "score": 9, "confidence": 8})
    judge = PurposeFunction(ScriptedBackend([reply, reply]))
    grounded = judge.judge(
        purpose="geography",
        task="Capital of France?",
        answer="Paris",
        observations=["search: the capital is Paris"],
    )
    assert grounded.value == 0.9 and grounded.evidence == ["the capital is Paris"]
    ungrounded = judge.judge(purpose="geography", task="Capital of France?", answer="Paris")
    assert ungrounded.value == UNVERIFIED_CAP and ungrounded.evidence == []


def test_judge_never_sees_self_assessment() -> None:
    backend = ScriptedBackend([json.dumps({"evidence": ["I am confident"], "score": 10, "confidence": 10})])
    score = PurposeFunction(backend).judge(
        purpose="p", task="t", answer="42. I am confident this is correct."
    )
    prompt = backend.calls[0]["messages"][-1].content
    assert "confident" not in prompt and score.value <= UNVERIFIED_CAP
    assert strip_self_assessment("Done. Trust me, it works.") == "Done."
    assert verify_evidence(["I have verified it"], ["I have verified it"]) == []


def test_judge_garbage_is_scored_zero_with_reason() -> None:
    score = PurposeFunction(ScriptedBackend(["not json at all"])).judge(purpose="p", task="t", answer="a")
    assert score.value == 0.0 and score.confidence == 0.0 and "unusable" in score.reasoning


def test_procedure_round_trip() -> None:
    proc = generalize(
        "What is 17 * 23?",
        [("calculator", {"expression": "17 * 23"}, "391"), ("final_answer", {"answer": "391"}, "")],
    )
    # the expression was handed to the calculator verbatim: one typed slot (see test_learning_replay.py)
    assert proc is not None and proc.pattern == "What is {s0}?" and proc.slot_types == ["expression"]
    filled = instantiate(proc, "What is 45 * 12?", "540")
    assert filled is not None
    assert [(s.tool, s.arguments) for s in filled] == [
        ("calculator", {"expression": "45 * 12"}),
        ("final_answer", {"answer": "540"}),
    ]
    assert instantiate(proc, "Write a poem about 3 cats") is None


def test_replay_rules() -> None:  # the sequential sign test itself: tests/test_learning_replay.py
    better = [PairedRun(case_id=str(i), without=0.0, **{"with": 1.0}) for i in range(4)]
    worse = [PairedRun(case_id=str(i), without=1.0, **{"with": 0.0}) for i in range(4)]
    same = [PairedRun(case_id=str(i), without=0.5, **{"with": 0.5}) for i in range(4)]
    assert decide(better, "sign_test").promote
    assert not decide(worse, "sign_test").promote
    assert not decide(same, "sign_test").promote
    assert decide(same, "non_inferiority").promote
    assert not decide(worse, "non_inferiority").promote
    assert not decide([], "non_inferiority").promote
    assert rule_for("user_preference") == "non_inferiority" and rule_for("skill_card") == "sign_test"


@pytest.mark.parametrize("task", ["What is 2 + 2?", "Add 'red' to 'blue'"])
def test_generalize_keeps_non_slot_arguments(task: str) -> None:
    proc = generalize(task, [("python", {"code": "print(1)"}, "1")])
    assert proc is not None and proc.steps[0].arguments == {"code": "print(1)"}


class TestPurposeFunctionContract(EvaluatorContract):
    evaluator = PurposeFunction(
        ScriptedBackend(
            [json.dumps({"evidence": ["calculator: 4"], "score": 10, "confidence": 9})], repeat=True
        )
    )


def test_a_judge_quoting_only_the_answer_is_capped_as_opinion() -> None:
    # the embedded judge once scored a wrong "100" for "What is 2+3?" 1.0, its quotes being its own answer
    reply = json.dumps({"evidence": ["100", "The answer is 100"], "score": 10, "confidence": 10})
    judge = PurposeFunction(ScriptedBackend([reply, reply, reply]))
    alone = judge.judge(purpose="arithmetic", task="What is 2+3?", answer="The answer is 100")
    assert alone.value <= UNVERIFIED_CAP and alone.opinion and alone.confidence <= 0.2
    assert alone.evidence == [] and "only repeat the answer" in alone.reasoning
    against = judge.judge(
        purpose="arithmetic", task="What is 2+3?", answer="The answer is 100", observations=["5"]
    )
    assert against.value <= UNVERIFIED_CAP and against.opinion and against.evidence == []
    # the task is not evidence either
    task_only = PurposeFunction(
        ScriptedBackend([json.dumps({"evidence": ["What is 2+3?"], "score": 9, "confidence": 9})])
    ).judge(purpose="arithmetic", task="What is 2+3?", answer="100")
    assert task_only.value <= UNVERIFIED_CAP and task_only.opinion


def test_evidence_from_an_observation_or_reference_lifts_the_cap() -> None:
    reply = json.dumps({"evidence": ["5"], "score": 9, "confidence": 8})
    judge = PurposeFunction(ScriptedBackend([reply, reply]))
    seen = judge.judge(purpose="arithmetic", task="What is 2+3?", answer="5", observations=["5"])
    assert seen.value == 0.9 and not seen.opinion and seen.evidence == ["5"]
    ref = judge.judge(purpose="arithmetic", task="What is 2+3?", answer="5", reference="5")
    assert ref.value == 0.9 and not ref.opinion


def test_memory_ci_trusts_only_a_measured_judge(monkeypatch: pytest.MonkeyPatch) -> None:
    from purpose_agent.runtime import judge as judge_module

    trusted, why = judge_module.judge_trusted("nobody-measured-this")
    assert not trusted and "relies on checkers" in why
    monkeypatch.setitem(judge_module.MEASURED_AGREEMENT, "poor", (0.55, 200))
    trusted, why = judge_module.judge_trusted("poor")
    assert not trusted and "55% of 200" in why
    monkeypatch.setitem(judge_module.MEASURED_AGREEMENT, "good", (0.9, 200))
    assert judge_module.judge_trusted("good")[0]


def test_the_embedded_judge_is_measured_and_not_trusted() -> None:
    from purpose_agent.runtime.judge import MEASURED_AGREEMENT, TRUST_AT, judge_trusted

    agreement, n = MEASURED_AGREEMENT["smollm2"]
    assert n >= 200 and agreement < TRUST_AT
    trusted, why = judge_trusted("smollm2")
    assert not trusted and "46% of 200" in why and "relies on checkers" in why
