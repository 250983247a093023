"""Built-in plugin: the case optimizer (solved episodes -> skill cards and worked cases)."""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl


@hookimpl
def register_optimizers(registry) -> None:  # type: ignore[no-untyped-def]
    from purpose_agent.learning.cases import CaseOptimizer

    registry.add(CaseOptimizer())
