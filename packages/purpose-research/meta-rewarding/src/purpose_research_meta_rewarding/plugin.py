"""Entry point of the ``research-meta-rewarding`` plugin: registers the ``meta-rewarding`` optimizer.

Settings come from ``[plugin.research-meta-rewarding]`` (see :mod:`.settings`), read when the hook runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_meta_rewarding.optimizer import MetaRewardingOptimizer
    from purpose_research_meta_rewarding.settings import load

    registry.add(MetaRewardingOptimizer(settings=load()).configured(registry))
