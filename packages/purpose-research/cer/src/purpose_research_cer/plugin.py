"""Entry point of the ``research-cer`` plugin: the ``cer`` optimizer (dynamics and skills, de-duplicated).

Settings: ``[plugin.research-cer]`` (see :mod:`purpose_research_cer.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_cer.optimizer import CEROptimizer
    from purpose_research_cer.settings import load

    registry.add(CEROptimizer(load(registry)))
