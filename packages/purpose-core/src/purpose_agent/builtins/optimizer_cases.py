"""Built-in plugin: the case optimizer (solved episodes -> skill cards and worked cases)."""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl
from purpose_agent.registry import Registry


@hookimpl
def register_optimizers(registry: Registry) -> None:
    from purpose_agent.learning.cases import CaseOptimizer  # lazy: the plugin module stays cheap to load

    registry.add(CaseOptimizer())
