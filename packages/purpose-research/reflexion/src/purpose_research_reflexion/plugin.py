"""Entry point of the ``research-reflexion`` plugin: the ``reflexion`` strategy and its lesson optimizer.

Choose the strategy with ``strategy = "reflexion"`` in purpose.toml (or an agent template's
``strategy``); the optimizer proposes failure_pattern candidates from episodes a reflection rescued.
Settings: ``[plugin.research-reflexion]`` (see :mod:`purpose_research_reflexion.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_research_reflexion.settings import load
    from purpose_research_reflexion.strategy import ReflexionStrategy

    registry.add(ReflexionStrategy(load(registry)))


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_reflexion.optimizer import ReflexionOptimizer
    from purpose_research_reflexion.settings import load

    if load(registry).lessons:
        registry.add(ReflexionOptimizer())
