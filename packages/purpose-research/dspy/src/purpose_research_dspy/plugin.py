"""Entry point of the ``research-dspy`` plugin: the ``dspy`` optimizer (bootstrapped few-shot demos).

Settings: ``[plugin.research-dspy]`` (see :mod:`purpose_research_dspy.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_dspy.optimizer import DSPyOptimizer
    from purpose_research_dspy.settings import load

    registry.add(DSPyOptimizer(load(registry)))
