"""Names the public API re-exports from plugin distributions work when the plugin is installed."""

from __future__ import annotations

import purpose_agent as pa
from purpose_agent.testing import ScriptedBackend
from purpose_agent.tools.toolbox import ToolBox


def test_llm_compiler_front_door_builds_the_plugins_compiler() -> None:
    from purpose_tools.calculator import CalculatorTool

    compiler = pa.LLMCompiler(ScriptedBackend(["{}"]), ToolBox([CalculatorTool()]))
    assert type(compiler).__module__ == "purpose_research_llm_compiler.compiler"
