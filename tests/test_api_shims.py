"""Names the public API re-exports from plugin distributions work when the plugin is installed."""

from __future__ import annotations

import purpose_agent as pa
from purpose_agent.testing import ScriptedBackend
from purpose_team.tools.toolbox import ToolBox


def test_llm_compiler_front_door_builds_the_plugins_compiler() -> None:
    from purpose_tools.calculator import CalculatorTool

    compiler = pa.LLMCompiler(ScriptedBackend(["{}"]), ToolBox([CalculatorTool()]))
    assert type(compiler).__module__ == "purpose_research_llm_compiler.compiler"


def test_the_front_door_resolves_the_strategy_through_the_registry(monkeypatch) -> None:
    """Disabling research-llm-compiler disables pa.LLMCompiler too, with one line saying so."""
    import pytest
    from purpose_agent.config import load_settings
    from purpose_agent.plugins import PluginManager
    from purpose_tools.calculator import CalculatorTool

    monkeypatch.setenv("PURPOSE_AGENT_DISABLED_PLUGINS", "research-llm-compiler")
    manager = PluginManager(load_settings()).load()
    with pytest.raises(pa.PluginNotFoundError) as err:
        pa.LLMCompiler(ScriptedBackend(["{}"]), ToolBox([CalculatorTool()]), manager=manager)
    assert str(err.value) == (
        "pa.LLMCompiler needs the 'llm-compiler' strategy: plugin 'research-llm-compiler' is disabled; "
        "enable it in purpose.toml [plugins]"
    )
    monkeypatch.delenv("PURPOSE_AGENT_DISABLED_PLUGINS")
    enabled = PluginManager(load_settings()).load()
    compiler = pa.LLMCompiler(
        ScriptedBackend(["{}"]), ToolBox([CalculatorTool()]), manager=enabled, max_workers=2
    )
    assert compiler.max_workers == 2
