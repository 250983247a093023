"""Memory: typed cards, kinds, statuses and the store protocol (the default store is SQLite).

Names are exposed lazily so ``import purpose_agent.memory`` stays cheap.
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_EXPORTS = {
    "MemoryCard": "purpose_agent.memory.card",
    "MemoryScope": "purpose_agent.memory.card",
    "Provenance": "purpose_agent.memory.card",
    "Utility": "purpose_agent.memory.card",
    "MemoryKind": "purpose_agent.memory.kinds",
    "MemoryKindSpec": "purpose_agent.memory.kinds",
    "KindCatalog": "purpose_agent.memory.kinds",
    "builtin_catalog": "purpose_agent.memory.kinds",
    "default_catalog": "purpose_agent.memory.kinds",
    "MemoryStatus": "purpose_agent.memory.status",
    "check_transition": "purpose_agent.memory.status",
    "Store": "purpose_agent.memory.store",
    "open_store": "purpose_agent.memory.store",
    "AuditEntry": "purpose_agent.memory.store",
    "VersionEntry": "purpose_agent.memory.store",
    "CardDiff": "purpose_agent.memory.store",
    "StoreStats": "purpose_agent.memory.store",
    "ImportReport": "purpose_agent.memory.store",
    "CardRecord": "purpose_agent.memory.store",
    "VersionConflictError": "purpose_agent.memory.store",
    "PromotionForbiddenError": "purpose_agent.memory.store",
    "CardNotFoundError": "purpose_agent.memory.store",
    "SQLiteStore": "purpose_agent.memory.sqlite_store",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
