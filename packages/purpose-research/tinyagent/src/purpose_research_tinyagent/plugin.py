"""Entry point of the ``research-tinyagent`` plugin: registers the ``tinyagent`` strategy.

Settings come from ``[plugin.research-tinyagent]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_research_tinyagent.settings import load
    from purpose_research_tinyagent.strategy import TinyAgentStrategy

    registry.add(TinyAgentStrategy(load()))
