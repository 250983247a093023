"""Demonstrations: solved training requests kept as one set, and shown as the task's nearest worked
examples. (A set through a training pass, memory CI and replay, and in use for functions never seen in
training, is purpose-learn's tests/test_demonstrations_loop.py: the learn loop is there.)
"""

from __future__ import annotations

from demo_fixtures import solved
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import default_catalog
from purpose_agent.runtime.demonstrations import MAX_SHOWN, is_demonstration_set, narrow, nearest
from purpose_agent.runtime.episode import concretize
from purpose_agent.runtime.task import EpisodeResult, EpisodeStatus, Score, Task
from purpose_optimizers.demonstrations import (
    MAX_KEPT,
    demonstration,
    propose_demonstrations,
    shown_answer,
)

# -- the learner ----------------------------------------------------------------------------------------


def test_only_judged_successes_with_an_accepted_call_become_compact_demonstrations() -> None:
    loan = solved("Monthly payment on a 200000 loan at 5% for 30 years?", "loan_payment",
                  {"principal": 200000, "rate": 5, "years": 30}, "1073.64")  # fmt: skip
    miles = solved("Convert 12 miles to kilometers.", "convert_distance", {"value": 12}, "19.31")
    failed = solved("Convert 3 miles to feet.", "convert_distance", {"value": 3}, "9", ok=False)
    memory = (
        Task(input="Capital of France?", id="f"),
        EpisodeResult(
            answer="Paris", score=Score(value=1.0, confidence=1.0, reasoning="", evaluator="checker")
        ),
    )
    assert demonstration(*failed) is None and demonstration(*memory) is None  # no call: not the pattern
    budget = (loan[0], loan[1].model_copy(update={"status": EpisodeStatus.BUDGET_EXHAUSTED}))
    assert demonstration(*budget) is None
    (card,) = propose_demonstrations(*zip(loan, miles, failed, memory, strict=True), team="qa")
    demos = card.fields["demonstrations"]
    # the shortest first; the request, the call with its arguments and the answer; no tool output kept
    assert [d["actions"][0]["tool"] for d in demos] == ["convert_distance", "loan_payment"]
    assert demos[1]["task"] == loan[0].input and demos[1]["answer"] == "1073.64"
    (call,) = demos[1]["actions"]
    assert call["tool"] == "loan_payment"
    assert call["arguments"] == {"principal": 200000, "rate": 5, "years": 30}
    assert not call.get("result")
    assert card.kind == "episodic_case" and is_demonstration_set(card) and not card.fields.get("task")
    assert card.scope.team == "qa" and not card.scope.tool_names  # a new request's tools differ
    assert card.trust == 0.2 and card.provenance.evidence["origin"] == "tool_output"
    assert card.provenance.evidence["solved"] == 2 and card.provenance.evidence["episodes"] == 4
    # it is a valid card of its kind, and every request and argument is in what the immune system reads
    valid = MemoryCard.model_validate(card.model_dump(mode="json"), context={"kinds": default_catalog()})
    assert "demonstrations.1.actions.0.arguments.principal: 200000" in valid.text_for_scan()
    assert "Monthly payment on a 200000 loan" in valid.text_for_scan()
    assert propose_demonstrations([failed[0]], [failed[1]]) == []


def test_a_noisy_final_answer_is_shown_as_the_call_s_result() -> None:
    # a suite that checks the calls passed this episode although its final answer was noise
    noisy = solved("Distance from (0, 0) to (3, 4)?", "distance_2d", {"a": [0, 0], "b": [3, 4]}, "5.0")
    noisy[1].answer = "12*7"
    assert demonstration(*noisy)["answer"] == "5.0"  # type: ignore[index]
    # an answer that holds the result (or is held by it) is the judged one, kept as it was
    assert shown_answer("The distance is 5.0", "5.0") == "The distance is 5.0"
    assert shown_answer("5", "5.0") == "5"
    assert shown_answer("Paris", "") == "Paris"


def test_the_set_keeps_one_demonstration_per_tool_and_at_most_max_kept() -> None:
    pairs = [solved(f"Add {i} and {i + 1} please", f"tool_{i % 10}", {"a": i, "b": i + 1}, str(2 * i + 1))
             for i in range(20)]  # fmt: skip
    (card,) = propose_demonstrations(*zip(*pairs, strict=True))
    tools = [d["actions"][0]["tool"] for d in card.fields["demonstrations"]]
    assert len(tools) == MAX_KEPT and len(set(tools)) == MAX_KEPT


def test_the_task_is_shown_its_nearest_demonstrations_only() -> None:
    demos = [
        {"task": "Convert 12 miles to kilometers.", "actions": [{"tool": "convert_distance",
         "arguments": {"value": 12}}], "answer": "19.31"},
        {"task": "Monthly payment on a 200000 loan at 5% for 30 years?", "actions": [
            {"tool": "loan_payment", "arguments": {"principal": 200000}}], "answer": "1073.64"},
        {"task": "How many words are in 'to be or not'?", "actions": [{"tool": "word_count",
         "arguments": {"text": "to be or not"}}], "answer": "4"},
    ]  # fmt: skip
    car = "What is the monthly payment for a car loan of 20000 at 4% over 5 years?"
    assert nearest(demos, car, 1)[0]["actions"][0]["tool"] == "loan_payment"
    assert nearest(demos, "Count the words in 'hello there'", 1)[0]["actions"][0]["tool"] == "word_count"
    assert len(nearest(demos, car)) == MAX_SHOWN == 2 and nearest(demos, car, 0) == []
    (card,) = propose_demonstrations(
        *zip(*(solved(d["task"], d["actions"][0]["tool"], d["actions"][0]["arguments"], d["answer"])
               for d in demos), strict=True))  # fmt: skip
    shown = narrow(card, car)
    assert shown.id == card.id and len(shown.fields["demonstrations"]) == 2
    assert len(card.fields["demonstrations"]) == 3  # the stored card is unchanged
    (concrete,) = concretize([card], car)
    text = default_catalog().get("episodic_case").format(concrete)
    assert text.startswith("Worked examples (other tools, same steps):")
    assert 'Call: loan_payment {"principal": 200000}' in text and "Answer: 1073.64" in text
    assert "word_count" not in text or "convert_distance" not in text  # two of three, never all
