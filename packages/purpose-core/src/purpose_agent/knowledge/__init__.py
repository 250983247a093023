"""Knowledge: search over a folder of documents with citations (``KnowledgeStore``).

Names are imported on first use (PEP 562), so importing :mod:`purpose_agent.knowledge.extras` alone
(as observability does) does not load the store.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Answer": "purpose_agent.knowledge.store",
    "IndexReport": "purpose_agent.knowledge.store",
    "KnowledgeStore": "purpose_agent.knowledge.store",
    "Passage": "purpose_agent.knowledge.store",
    "SkippedFile": "purpose_agent.knowledge.store",
    "KnowledgeSearchTool": "purpose_agent.knowledge.tool",
    "MissingExtraError": "purpose_agent.knowledge.extras",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'purpose_agent.knowledge' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
