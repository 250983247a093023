"""Entry point of the ``research-retroformer`` plugin: the ``retroformer`` optimizer and the observer that
records which of its reflections memory CI later promoted (helped) or rejected.

Settings: ``[plugin.research-retroformer]`` (see :mod:`purpose_research_retroformer.settings`).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl

_optimizers: list[Any] = []


@hookimpl
def register_optimizers(registry: Any) -> None:
    from purpose_research_retroformer.optimizer import RetroformerOptimizer
    from purpose_research_retroformer.settings import load

    optimizer = RetroformerOptimizer(load(registry))
    _optimizers.append(optimizer)
    del _optimizers[:-8]  # one per plugin manager; keep the recent ones
    registry.add(optimizer)


@hookimpl
def on_memory_status_change(card: Any, old_status: str, new_status: str, reason: str) -> None:
    provenance = getattr(card, "provenance", None)
    if getattr(provenance, "optimizer", None) != "retroformer" or new_status not in ("promoted", "rejected"):
        return
    if "immune scan failed" in reason:
        return  # a scan rejection says nothing about whether the reflection would have helped
    variant = str(provenance.evidence.get("variant", ""))
    for optimizer in _optimizers:
        optimizer.record.outcome(variant, card.content, helped=new_status == "promoted")
