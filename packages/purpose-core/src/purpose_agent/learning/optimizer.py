"""What an optimizer sees (a judged episode) and must return (candidate cards).

Optimizers are plugins (``register_optimizers``). They never write to the store: they propose, and memory
CI decides. That keeps every technique, first-party or not, behind the same scan and replay gate.
"""

from __future__ import annotations

from typing import Any, Protocol

from purpose_agent.memory.card import MemoryCard
from purpose_agent.runtime.task import JudgedEpisode

__all__ = ["ConfiguredBackend", "JudgedEpisode", "Optimizer"]


class Optimizer(Protocol):
    name: str

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]: ...


class ConfiguredBackend:
    """For optimizers that call a model of their own (critics, meta-judges): the backend passed in, or
    the configured model resolved on first use, so registering the plugin at hook time loads no model."""

    _backend: Any = None

    @property
    def backend(self) -> Any:
        if self._backend is None:
            from purpose_agent.config import load_settings
            from purpose_agent.llm.resolve import get_backend

            self._backend = get_backend(load_settings().model)
        return self._backend
