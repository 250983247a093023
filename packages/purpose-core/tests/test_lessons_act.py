"""General lessons: which tool a request matches, and what a training pass's contrast proposes."""

from __future__ import annotations

from purpose_agent.learning.lessons import propose_lessons
from purpose_agent.runtime.procedures import matching_tool
from purpose_agent.runtime.task import EpisodeResult, EpisodeStatus, Score, Step, Task

CALC = ("calculator", "Evaluate an arithmetic expression exactly, e.g. '12*7'. expression")
PET = ("pet_food_portion", "Daily food portion for a pet species dog cat rabbit weight_kg pet weight in kg")
FIB = ("fibonacci", "The n-th Fibonacci number n position in the sequence")


def test_the_tool_that_shares_the_request_s_words_or_values_matches() -> None:
    assert matching_tool("What's the 8th Fibonacci number?", [CALC, FIB]) == "fibonacci"
    assert matching_tool("How much should a 38.8 kg cat eat a day?", [CALC, PET]) == "pet_food_portion"
    # nothing shared, values given, not arithmetic: the only specific tool offered
    assert matching_tool("Good morning. Position 40 please?", [CALC, PET]) == "pet_food_portion"
    # a calculator only for arithmetic, and below a tool that shares a word
    assert matching_tool("What is 17 * 3?", [CALC, PET]) == "calculator"
    assert matching_tool("Fibonacci of 3 + 4?", [CALC, FIB]) == "fibonacci"
    assert matching_tool("Spell 'hello' backwards", [CALC]) is None
    assert matching_tool("Hello there", [CALC, PET]) is None
    assert matching_tool("dog or cat, 3 of them?", [PET, ("pet_bath", "Bath a pet dog cat")]) is None  # tie


def _episode(steps: list[Step], success: bool, answer: str = "x") -> EpisodeResult:
    score = Score(value=1.0 if success else 0.0, confidence=1.0, reasoning="", evaluator="checker")
    return EpisodeResult(answer=answer, steps=steps, status=EpisodeStatus.COMPLETED, score=score)


def test_values_the_request_never_gave_propose_the_values_lesson() -> None:
    tasks = [Task(input=f"Book a room in Oslo for {n} nights", id=f"t{n}") for n in (2, 3, 4, 5)]
    invented = [
        Step(index=0, action="book", arguments={"city": "New York", "nights": n}, tool_status="ok",
             observation="ok")
        for n in (2, 3)
    ]  # fmt: skip
    right = [
        Step(
            index=0,
            action="book",
            arguments={"city": "Oslo", "nights": n},
            tool_status="ok",
            observation="ok",
        )
        for n in (4, 5)
    ]
    results = [_episode([s], False) for s in invented] + [_episode([s], True) for s in right]
    cards = propose_lessons(tasks, results)
    patterns = {c.provenance.evidence["pattern"]: c for c in cards}
    assert (
        "wrong_values" in patterns and patterns["wrong_values"].fields["trigger"] == "filling tool arguments"
    )
    assert patterns["wrong_values"].provenance.evidence["failures_with_pattern"] == 2
