"""The reasoning-gym suites: seeded, distinct, prefix-stable items scored by reasoning-gym itself."""

from __future__ import annotations

import pytest

pytest.importorskip("reasoning_gym", reason="needs the gym extra: pip install 'purpose-suites[gym]'")

from purpose_agent.plugin import split_cases, validate_cases
from purpose_suites.gym import answer_candidates, arithmetic_cases, dataset_seed, word_problem_cases

GENERATORS = [("gym-arithmetic", arithmetic_cases), ("gym-word-problems", word_problem_cases)]


@pytest.mark.parametrize(("name", "make"), GENERATORS)
def test_cases_are_deterministic_distinct_and_prefix_stable(name, make) -> None:
    first, again, other = make(12, 0), make(12, 0), make(12, 1)
    assert [c.content_hash for c in first] == [c.content_hash for c in again]
    assert len({c.input_hash for c in first}) == 12, "no duplicate items within a seed"
    assert {c.content_hash for c in first}.isdisjoint({c.content_hash for c in other})
    assert [c.content_hash for c in make(5, 0)] == [c.content_hash for c in first[:5]]
    validate_cases(name, first)  # every checker accepts its expected answer and rejects ""
    split, split_again = split_cases(first, seed=0), split_cases(again, seed=0)
    assert split.record() == split_again.record()
    assert len({c.id for c in first}) == 12


def test_arithmetic_mixes_its_two_datasets_and_word_problems_are_gsm() -> None:
    cases = arithmetic_cases(8, 3)
    assert {c.tags[1] for c in cases} == {"basic_arithmetic", "chain_sum"}
    assert all(c.task_type == "arithmetic" for c in cases)
    words = word_problem_cases(4, 3)
    assert all(c.tags[1] == "gsm_symbolic" and c.task_type == "word-problem" for c in words)


@pytest.mark.parametrize(("name", "make"), GENERATORS)
def test_checker_uses_score_answer_on_free_form_answers(name, make) -> None:
    for case in make(6, 2):
        right = case.expected
        wrong = str(int(right) + 1)
        assert case.checker(right, case)
        assert case.checker(f"The answer is {right}.", case)
        assert case.checker(f"<answer>{right}</answer>", case)
        assert case.checker(f"{float(right)}", case), "a calculator's trailing .0 is the same number"
        assert not case.checker(wrong, case)
        assert not case.checker(f"The answer is {wrong}.", case)
        assert not case.checker("", case)
        assert not case.checker("I do not know", case)


def test_an_answer_that_ends_on_another_number_fails() -> None:
    case = arithmetic_cases(1, 0)[0]
    assert not case.checker(f"{case.expected}, or maybe {int(case.expected) + 7}", case)


def test_answer_candidates_and_seed_derivation() -> None:
    assert answer_candidates("so x = 1,234.0") == ["so x = 1,234.0", "1,234"]
    assert answer_candidates("") == []
    assert dataset_seed("gym-arithmetic", 0) != dataset_seed("gym-word-problems", 0)
    assert dataset_seed("gym-arithmetic", 1) - dataset_seed("gym-arithmetic", 0) != 1
