"""Tools as the runtime sees them: specs for the model, validated calls, shortlists for small prompts.

Tools themselves come from plugins through the ``register_tools`` hook (purpose-tools ships a calculator,
a Python sandbox and confined file tools); this package is what every tool is called through.
"""

from __future__ import annotations

from purpose_agent.tools.schema import check_schema, coerce, validate
from purpose_agent.tools.select import rank_tools, select_tools
from purpose_agent.tools.spec import check_tool, tool_spec
from purpose_agent.tools.toolbox import ToolBox

__all__ = [
    "ToolBox",
    "check_schema",
    "check_tool",
    "coerce",
    "rank_tools",
    "select_tools",
    "tool_spec",
    "validate",
]
