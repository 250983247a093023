"""The cards a pass must not propose again: what is stored in a live status (candidate, under test in
quarantine, or promoted). A rejected or retired card may be proposed again, since the store and the
episodes it was judged on have changed since."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import MemoryCard, MemoryStatus

LIVE = (MemoryStatus.CANDIDATE, MemoryStatus.QUARANTINED, MemoryStatus.PROMOTED)


def live_cards(store: Any, kind: str, *, optimizer: str | None = None, limit: int = 500) -> list[MemoryCard]:
    """Cards of ``kind`` in a live status, only ``optimizer``'s when it is given."""
    cards = store.list_cards(statuses=list(LIVE), kinds=[kind], limit=limit)
    return [c for c in cards if optimizer is None or c.provenance.optimizer == optimizer]
