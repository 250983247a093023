"""Entry point of the ``immune-tool-misuse`` plugin: registers :class:`ToolMisuseScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_tool_misuse.scanner import ToolMisuseScanner

    registry.add(ToolMisuseScanner())
