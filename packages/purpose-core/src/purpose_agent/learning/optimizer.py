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
    """``propose`` is called once per judged episode (by the learner). An optimizer that learns from a
    whole training pass instead (general lessons, demonstration sets: purpose-optimizers) also has
    ``propose_pass(*, tasks, results, team, store, settings)``, returning ``(card, reason)`` pairs; the
    learn loop's ``train_phase`` calls it once after the pass. Both only propose: memory CI admits."""

    name: str

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]: ...


class ConfiguredBackend:
    """For optimizers that call a model of their own (critics, meta-judges): the backend passed in, or
    the caller's configured model resolved on first use, so registering the plugin at hook time loads no
    model. Register with ``registry.add(MyOptimizer().configured(registry))`` so the model and plugins
    are the caller's (the registry carries its settings and manager), not the process-wide ones."""

    _backend: Any = None
    _caller_settings: Any = None
    _caller_manager: Any = None

    def configured(self, registry: Any) -> Any:
        """Use the settings and plugin manager of the registry this optimizer is added to."""
        self._caller_settings = registry.settings
        self._caller_manager = registry.manager
        return self

    @property
    def backend(self) -> Any:
        if self._backend is None:
            from purpose_agent.llm.resolve import get_backend

            settings = self._caller_settings
            if settings is None:
                from purpose_agent.config import load_settings

                settings = load_settings()
            self._backend = get_backend(settings.model, manager=self._caller_manager)
        return self._backend
