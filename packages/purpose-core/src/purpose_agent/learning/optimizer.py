"""What an optimizer sees (a judged episode) and must return (candidate cards).

Optimizers are plugins (``register_optimizers``). They never write to the store: they propose, and memory
CI decides. That keeps every technique, first-party or not, behind the same scan and replay gate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.runtime.task import EpisodeResult, Task


@dataclass(frozen=True)
class JudgedEpisode:
    purpose: str
    task: Task
    result: EpisodeResult
    scope: MemoryScope = field(default_factory=MemoryScope)
    shown_cards: Sequence[MemoryCard] = ()


class Optimizer(Protocol):
    name: str

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]: ...
