"""Group-aware splitting: whole groups go to one split, and suites without groups split as before."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_agent.plugin import ValidationError
from purpose_learn.case import EvalCase
from purpose_learn.splits import split_cases
from purpose_learn.suites import arithmetic_cases

#: Recorded before groups existed: the split of ``arithmetic`` (16 cases) for seeds 0 and 1.
RECORDED = {
    0: {
        "train": "9f95fa087a029fef77d4f9c8463e8b7201f1c765c1b55fb9b29e92eb52b4ee05",
        "validation": "d4b4bfa1a091dcd557b28f6a35b39d1125ede773881f06c319e33c2f40932c61",
        "test": "a046d893537316240e8e4164ce8c0c22798fa20c78e432b26399f4ad974563be",
    },
    1: {
        "train": "3e10364e53266ec2dcd1458a1b11b4b882e1c97f440dce66b2899c1bd53eaef7",
        "validation": "1df778bb428b855c959dff236e0e0f93a36a248b863ef1f599e6f78cec243bce",
        "test": "0f08e4da6d8635699d00634c9ea370ed9d0403a1b285055d2ef00f387a9f0374",
    },
}


def grouped(groups: int, per_group: int) -> list[EvalCase]:
    return [
        EvalCase(input=f"request {g}.{i}", expected=str(i), checker="exact", group=f"fn{g}", id=f"c{g}-{i}")
        for g in range(groups)
        for i in range(per_group)
    ]


@pytest.mark.parametrize("seed", [0, 1])
def test_cases_without_groups_split_exactly_as_recorded_before(seed: int) -> None:
    record = split_cases(arithmetic_cases(16, seed), seed=seed).record()
    assert {name: r.hash for name, r in record.items()} == RECORDED[seed]


@given(st.integers(3, 40), st.integers(1, 4), st.integers(0, 50))
@settings(max_examples=60, deadline=None)
def test_no_group_is_in_two_splits(groups: int, per_group: int, seed: int) -> None:
    split = split_cases(grouped(groups, per_group), seed=seed)
    homes = [{c.group for c in part} for part in (split.train, split.validation, split.test)]
    assert not homes[0] & homes[1] and not homes[0] & homes[2] and not homes[1] & homes[2]
    assert sum(len(h) for h in homes) == groups  # every group placed, none dropped
    assert len(split.train) + len(split.validation) + len(split.test) == groups * per_group
    assert split.test, "a grouped split always has a test group"


def test_fractions_count_groups_and_the_split_is_seeded_and_order_free() -> None:
    cases = grouped(20, 3)
    split = split_cases(cases, seed=4)
    assert len({c.group for c in split.test}) == 5 and len({c.group for c in split.validation}) == 5
    again = split_cases(list(reversed(cases)), seed=4)
    assert split.record() == again.record()
    assert split_cases(cases, seed=5).record() != split.record()


def test_a_group_follows_its_pinned_case_and_cannot_be_pinned_twice() -> None:
    cases = grouped(10, 2)
    cases[0] = cases[0].model_copy(update={"split": "test"})  # fn0's first case pinned to test
    split = split_cases(cases, seed=0)
    assert {c.id for c in split.test if c.group == "fn0"} == {"c0-0", "c0-1"}
    assert "fn0" not in {c.group for c in split.train + split.validation}
    cases[1] = cases[1].model_copy(update={"split": "train"})
    with pytest.raises(ValidationError, match="group 'fn0' has cases pinned to both"):
        split_cases(cases, seed=0)


def test_cases_without_a_group_in_a_grouped_suite_are_groups_of_their_own() -> None:
    cases = grouped(6, 2) + [EvalCase(input=f"loose {i}", expected="x", checker="exact") for i in range(6)]
    split = split_cases(cases, seed=2)
    assert len(split.train) + len(split.validation) + len(split.test) == 18
    assert "group" not in EvalCase(input="x", expected="y").record()
    assert cases[0].record()["group"] == "fn0"


@pytest.mark.parametrize(("size", "seed"), [(24, 0), (24, 1), (300, 0)])
def test_arithmetic_mixed_trains_on_times_and_tests_on_other_operators(size: int, seed: int) -> None:
    from purpose_agent.plugin import check_answer as check
    from purpose_learn.suite import validate_cases
    from purpose_learn.suites import arithmetic_mixed_cases

    cases = arithmetic_mixed_cases(size, seed)
    assert len(cases) == size and len({c.id for c in cases}) == size
    validate_cases("arithmetic-mixed", cases)
    split = split_cases(cases, seed=seed, validation=0.4, test=0.1)  # the pins win over the fractions
    assert len(split.train) == size // 2 and len(split.validation) == len(split.test) == size // 4
    assert {c.tags[1] for c in split.train} == {"*"}
    for part in (split.validation, split.test):
        assert {c.tags[1] for c in part} == {"+", "-", "/"}
    for case in cases:
        a, op, b = case.input.removeprefix("What is ").rstrip("?").split()
        exact = {"*": int(a) * int(b), "+": int(a) + int(b), "-": int(a) - int(b), "/": int(a) / int(b)}[op]
        assert float(exact).is_integer() and case.expected == str(int(exact))
        assert check(case.expected, case.expected, "numeric").value == 1.0
    assert not {c.input for c in split.test} & {c.input for c in split.train + split.validation}
    assert [c.input for c in arithmetic_mixed_cases(size, seed)] == [c.input for c in cases]
