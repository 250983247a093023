"""General lessons in use: which tool a request matches (what a training pass's contrast proposes is
purpose-optimizers' test_optimizers.py)."""

from __future__ import annotations

from purpose_agent.runtime.procedures import matching_tool

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
