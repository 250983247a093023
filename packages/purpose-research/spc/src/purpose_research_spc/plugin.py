"""Entry point of the ``research-spc`` plugin: registers the ``spc`` optimizer (self-play critic).

Settings come from ``[plugin.research-spc]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_spc.optimizer import SPCOptimizer
    from purpose_research_spc.settings import load

    registry.add(SPCOptimizer(settings=load()).configured(registry))
