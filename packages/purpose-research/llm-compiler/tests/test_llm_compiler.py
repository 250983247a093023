"""Planner, parallel executor and joiner, on a scripted planner with real tools and a real store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers_compiler import SlowTool, join_json, plan_json
from purpose_agent.plugin import BudgetsConfig, ConfigError, PluginManager, PluginsConfig, Settings, ToolBox
from purpose_agent.testing import ScriptedBackend
from purpose_research_llm_compiler import LLMCompiler
from purpose_research_llm_compiler.executor import execute
from purpose_research_llm_compiler.plan import PlanError, validate_plan
from purpose_research_llm_compiler.settings import load
from purpose_team import AgentTemplate, Team

NAMES = ["a", "b", "c"]


def test_references_become_dependencies_and_levels_group_parallel_calls() -> None:
    plan = validate_plan(
        {
            "calls": [
                {"id": 1, "tool": "a", "args": {"query": "x"}, "deps": []},
                {"id": 2, "tool": "b", "args": {"query": "y"}, "deps": []},
                {"id": 3, "tool": "c", "args": {"query": "$1 and ${2}"}, "deps": []},
            ]
        },
        NAMES,
    )
    assert plan.call(3).deps == [1, 2]
    assert plan.levels() == [[1, 2], [3]]


@pytest.mark.parametrize(
    ("calls", "fragment"),
    [
        (
            [
                {"id": 1, "tool": "a", "args": {}, "deps": [2]},
                {"id": 2, "tool": "b", "args": {}, "deps": [1]},
            ],
            "cycle",
        ),
        ([{"id": 1, "tool": "a", "args": {"query": "$7"}, "deps": []}], "no call has as id"),
        ([{"id": 1, "tool": "zzz", "args": {}, "deps": []}], "unknown tool"),
        (
            [{"id": 1, "tool": "a", "args": {}, "deps": []}, {"id": 1, "tool": "b", "args": {}, "deps": []}],
            "repeat",
        ),
        ([], "at least one call"),
    ],
)
def test_bad_plans_are_refused_with_a_reason(calls, fragment) -> None:
    with pytest.raises(PlanError, match=fragment):
        validate_plan({"calls": calls}, NAMES)


def test_declared_dependencies_on_missing_ids_are_dropped_and_recorded() -> None:
    plan = validate_plan(
        {"calls": [{"id": 1, "tool": "a", "args": {"query": "17 * 23"}, "deps": [17, 23]}]}, NAMES
    )
    assert plan.call(1).deps == []
    assert plan.repairs == ["call 1: dropped deps [17, 23] that name no other call"]


def test_independent_calls_overlap_and_dependents_see_results() -> None:
    box = ToolBox([SlowTool("a", 0.3), SlowTool("b", 0.3), SlowTool("c", 0.05)])
    plan = validate_plan(
        {
            "calls": [
                {"id": 1, "tool": "a", "args": {"query": "x"}, "deps": []},
                {"id": 2, "tool": "b", "args": {"query": "y"}, "deps": []},
                {"id": 3, "tool": "c", "args": {"query": "$1+$2"}, "deps": []},
            ]
        },
        NAMES,
    )
    started = time.perf_counter()
    records = execute(plan, box)
    parallel = time.perf_counter() - started
    assert records[2].arguments == {"query": "a:x+b:y"} and records[2].result.output == "c:a:x+b:y"
    assert records[2].started >= max(records[0].finished, records[1].finished)
    started = time.perf_counter()
    execute(plan, box, max_workers=1)
    sequential = time.perf_counter() - started
    assert parallel < 0.5 < sequential, (parallel, sequential)


def test_a_failed_dependency_skips_its_dependents() -> None:
    box = ToolBox([SlowTool("a", 0.0), SlowTool("b", 0.0)])
    plan = validate_plan(
        {
            "calls": [
                {"id": 1, "tool": "a", "args": {"query": 5}, "deps": []},  # wrong type: refused
                {"id": 2, "tool": "b", "args": {"query": "$1"}, "deps": []},
            ]
        },
        ["a", "b"],
    )
    first, second = execute(plan, box)
    assert first.result.status == "invalid_arguments"
    assert second.result.status == "error" and "dependency [1]" in (second.result.error or "")


def test_compiler_plans_runs_in_parallel_and_joins() -> None:
    llm = ScriptedBackend(
        [
            plan_json((1, "a", {"query": "paris"}, []), (2, "b", {"query": "rome"}, [])),
            join_json("a:paris and b:rome"),
        ]
    )
    compiler = LLMCompiler(llm, [SlowTool("a", 0.2), SlowTool("b", 0.2)])
    result = compiler.run("Look up paris and rome")
    assert result.answer == "a:paris and b:rome" and result.replans == 0 and result.error is None
    assert [r.result.output for r in result.calls] == ["a:paris", "b:rome"]
    assert result.execution_s < 0.35
    assert len(llm.calls) == 2 and llm.calls[0]["json_schema"]["properties"]["calls"]["items"]


def test_joiner_can_ask_for_a_new_plan_and_a_refused_plan_is_retried() -> None:
    llm = ScriptedBackend(
        [
            plan_json((1, "a", {"query": "$3"}, [])),  # uses a result no call makes: refused, retried
            plan_json((1, "a", {"query": "x"}, [])),
            join_json("", decision="replan"),
            plan_json((2, "b", {"query": "$1"}, [])),
            join_json("done"),
        ]
    )
    compiler = LLMCompiler(llm, ToolBox([SlowTool("a", 0.0), SlowTool("b", 0.0)]), max_replans=2)
    result = compiler.run("x then b of it")
    assert result.answer == "done" and result.replans == 2
    assert "no call has as id" in llm.calls[1]["messages"][-1].content
    assert result.calls[-1].arguments == {"query": "a:x"}, "results of earlier plans are referable"


def test_settings_are_validated() -> None:
    assert load({"max_workers": 1}).max_workers == 1
    with pytest.raises(ConfigError, match=r"research-llm-compiler.*max_workers"):
        load({"max_workers": 0})


def test_llm_compiler_strategy_runs_a_judged_episode_with_a_real_store_and_tool(tmp_path: Path) -> None:
    calculator = pytest.importorskip(
        "purpose_tools.calculator",
        reason="needs the real calculator: pip install purpose-research-llm-compiler[test]",
    )
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        strategy="llm-compiler",
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-judge", "research-llm-compiler"]
        ),
    )
    manager = PluginManager(settings).load()
    assert "llm-compiler" in manager.strategies()
    llm = ScriptedBackend(
        [
            plan_json(
                (1, "calculator", {"expression": "17 * 23"}, []),
                (2, "calculator", {"expression": "40 + 2"}, []),
                (3, "calculator", {"expression": "$1 + $2"}, []),
            ),
            join_json("433"),
        ]
    )
    team = Team(
        "Answer arithmetic",
        [AgentTemplate(name="solver", role="Compute.", tools=[])],
        settings=settings,
        manager=manager,
        backend=llm,
        tools=[calculator.CalculatorTool()],
    )
    result = team.run("What is 17 * 23 + 40 + 2?", expected="433")
    team.close()
    assert result.success and result.score.evaluator == "checker:numeric"
    assert [s.observation for s in result.steps[:3]] == ["391", "42", "433"]
