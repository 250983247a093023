"""The events runs emit while they work: what streams carry and what observers receive.

One shape for every source (an agent's episode, a graph node, a conversation turn, a parallel task), so a
consumer can print, forward or record them without knowing which piece produced them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, Field


class Event(BaseModel):
    type: str
    """``token``, ``episode_started``, ``model_call``, ``tool_call``, ``observation``, ``score``,
    ``episode_finished``, ``node_started``, ``node_finished``, ``checkpoint``, ``turn``, ``task_finished``,
    ``approval_requested``, ``approval_answered``, ``error``, ``done``."""
    source: str = ""
    """Who emitted it: an agent name, ``graph:<node>``, ``conversation``, ``parallel[3]``."""
    data: dict[str, Any] = Field(default_factory=dict)
    ts: float = Field(default_factory=time.time)

    @property
    def text(self) -> str:
        """The token text of a ``token`` event (empty for others)."""
        return str(self.data.get("text", "")) if self.type == "token" else ""


EventCallback = Callable[[Event], None]


def emitter(callback: EventCallback | None, source: str) -> Callable[..., None]:
    """A ``(type, **data)`` function that sends events from ``source`` to ``callback`` (or nowhere)."""

    def emit(event_type: str, /, **data: Any) -> None:
        if callback is not None:
            callback(Event(type=event_type, source=source, data=data))

    return emit
