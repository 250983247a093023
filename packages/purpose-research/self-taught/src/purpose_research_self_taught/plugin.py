"""Entry point of the ``research-self-taught`` plugin: registers the ``self-taught`` optimizer.

Settings come from ``[plugin.research-self-taught]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_self_taught.optimizer import SelfTaughtOptimizer
    from purpose_research_self_taught.settings import load

    registry.add(SelfTaughtOptimizer(settings=load()).configured(registry))
