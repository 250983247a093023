"""Entry point of the ``research-memrl`` plugin: the ``memrl`` retriever (two-phase, utility-ranked).

Settings: ``[plugin.research-memrl]`` (see :mod:`purpose_research_memrl.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_retrievers(registry: Any) -> None:
    from purpose_research_memrl.retriever import MemRLRetriever
    from purpose_research_memrl.settings import load

    registry.add(MemRLRetriever(load(registry)))
