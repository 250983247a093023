"""Entry point of the ``research-lats`` plugin: registers the ``lats`` strategy.

Settings come from ``[plugin.research-lats]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_research_lats.settings import load
    from purpose_research_lats.strategy import LATSStrategy

    registry.add(LATSStrategy(load()))
