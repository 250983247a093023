"""The reasoning-gym suites: seeded, distinct, prefix-stable items scored by reasoning-gym itself."""

from __future__ import annotations

import pytest

pytest.importorskip("reasoning_gym", reason="needs the gym extra: pip install 'purpose-suites[gym]'")

from purpose_learn import split_cases, validate_cases
from purpose_suites.gym import (
    MIXED_SOURCES,
    answer_candidates,
    arithmetic_cases,
    dataset_seed,
    mixed_cases,
    mixed_heldout_cases,
    word_problem_cases,
)

GENERATORS = [
    ("gym-arithmetic", arithmetic_cases),
    ("gym-word-problems", word_problem_cases),
    ("gym-mixed", mixed_cases),
    ("gym-mixed-heldout", mixed_heldout_cases),
]


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


@pytest.mark.parametrize(("name", "make"), GENERATORS[:2])
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


def test_mixed_draws_every_generator_in_turn_and_the_heldout_variant_splits_by_generator() -> None:
    names = [name for name, _ in MIXED_SOURCES]
    assert len(set(names)) == 12
    cases = mixed_cases(48, 0)
    assert [c.tags[1] for c in cases] == names * 4
    assert all(c.group is None and c.task_type == "reasoning" for c in cases)
    held = mixed_heldout_cases(48, 0)
    assert [c.input for c in held] == [c.input for c in cases], "the same items, only the split differs"
    assert [c.group for c in held] == names * 4
    for seed in (0, 1, 2):
        split = split_cases(mixed_heldout_cases(48, seed), seed=seed)
        test_families = {c.group for c in split.test}
        assert len(test_families) == 3 and len({c.group for c in split.validation}) == 3
        assert not test_families & {c.group for c in split.train + split.validation}
        random_split = split_cases(mixed_cases(48, seed), seed=seed)
        trained = {c.tags[1] for c in random_split.train}
        assert {c.tags[1] for c in random_split.test} & trained, "at random, test families are trained on"


def test_mixed_checkers_accept_right_answers_and_refuse_wrong_ones() -> None:
    cases = mixed_cases(24, 5)
    for case in cases:
        assert case.checker(case.expected, case), case.input
        assert case.checker(f"<answer>{case.expected}</answer>", case), case.input
        assert not case.checker("", case)
        assert not case.checker("I do not know", case)
        assert not case.checker(case.expected + "9", case) or case.tags[1] == "number_sorting", case.input


def test_an_echo_of_the_question_numbers_is_not_an_answer() -> None:
    def operands(case) -> list[int]:
        return [int(n) for n in case.input.split(":")[1].split(".")[0].split(",")]

    lcms = [c for c in mixed_cases(480, 0) if c.tags[1] == "lcm"]
    case = next(c for c in lcms if max(operands(c)) == int(c.expected))  # one operand divides the other
    low, high = sorted(operands(case))
    assert not case.checker(f"{low}, {high}", case), "repeating the question's numbers is not an answer"
    assert case.checker(case.expected, case) and case.checker(f"The LCM is {case.expected}.", case)
    assert answer_candidates("2, 14", "LCM of these numbers: 2, 14") == ["2, 14"]
    assert answer_candidates("14", "LCM of these numbers: 2, 14") == ["14", "14"]


@pytest.mark.parametrize(("name", "make"), GENERATORS)
def test_checkers_survive_pickling_for_the_processes_executor(name, make) -> None:
    """A team goes to worker processes by pickle: every case's checker must make the trip and give the
    same verdicts there (a closure failed with "Can't pickle local object")."""
    import pickle

    cases = make(12, 3)
    copies = pickle.loads(pickle.dumps(cases))
    for case, copy in zip(cases, copies, strict=True):
        assert copy.checker(case.expected, copy) and case.checker(case.expected, case), (name, case.input)
        assert not copy.checker("I do not know", copy)
