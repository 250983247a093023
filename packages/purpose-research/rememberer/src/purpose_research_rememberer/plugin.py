"""Entry point of the ``research-rememberer`` plugin: experience records valued by n-step Q-learning, and
retrieval that shows encouraged and discouraged actions.

Settings: ``[plugin.research-rememberer]`` (see :mod:`purpose_research_rememberer.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_rememberer.optimizer import RemembererOptimizer
    from purpose_research_rememberer.settings import load

    registry.add(RemembererOptimizer(load(registry)))


@hookimpl
def register_retrievers(registry: Any) -> None:
    from purpose_research_rememberer.retriever import RemembererRetriever
    from purpose_research_rememberer.settings import load

    registry.add(RemembererRetriever(load(registry)))
