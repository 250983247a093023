"""Entry point of the ``research-llm-compiler`` plugin: registers the ``llm-compiler`` strategy.

Settings come from ``[plugin.research-llm-compiler]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_research_llm_compiler.settings import load
    from purpose_research_llm_compiler.strategy import LLMCompilerStrategy

    registry.add(LLMCompilerStrategy(load()))
