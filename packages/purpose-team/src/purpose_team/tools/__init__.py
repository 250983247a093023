"""The toolbox a team hands each episode: specs for the model, validated calls, shortlists for small prompts.

Tools themselves come from plugins through the ``register_tools`` hook (purpose-tools ships a calculator,
a Python sandbox and confined file tools); this package is what every tool is called through. The kernel's
runtime only knows the ``ToolProvider`` protocol (``specs()``, ``call(name, arguments)``); the caller
builds the provider, so the toolbox lives beside the team (it was ``purpose_agent.tools``). The plugin API
still names ``ToolBox``, ``tool_spec``, ``check_tool``, ... and resolves them here.
"""

from __future__ import annotations

from purpose_team.tools.function import PythonTool, tool
from purpose_team.tools.schema import check_schema, coerce, normalize_schema, validate
from purpose_team.tools.select import rank_tools, select_tools
from purpose_team.tools.spec import check_tool, tool_spec
from purpose_team.tools.toolbox import ToolBox

__all__ = [
    "PythonTool",
    "ToolBox",
    "check_schema",
    "check_tool",
    "coerce",
    "normalize_schema",
    "rank_tools",
    "select_tools",
    "tool",
    "tool_spec",
    "validate",
]
