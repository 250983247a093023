"""Entry point of the ``research-muse`` plugin: the ``muse`` optimizer (reflection into three tiers), the
``muse`` retriever (tier-by-tier loading) and the ``muse`` strategy (tool notes at the tool call).

Settings: ``[plugin.research-muse]`` (see :mod:`purpose_research_muse.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_muse.optimizer import MuseOptimizer
    from purpose_research_muse.settings import load

    registry.add(MuseOptimizer(load(registry)))


@hookimpl
def register_retrievers(registry: Any) -> None:
    from purpose_research_muse.retriever import MuseRetriever
    from purpose_research_muse.settings import load

    registry.add(MuseRetriever(load(registry)))


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_research_muse.strategy import MuseStrategy

    registry.add(MuseStrategy())
