"""Knowledge: search over a folder of documents with citations (``KnowledgeStore``).

Names are imported on first use (PEP 562), so importing :mod:`purpose_agent.extras` alone
(as observability does) does not load the store.
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_EXPORTS = {
    "Answer": "purpose_agent.knowledge.store",
    "IndexReport": "purpose_agent.knowledge.store",
    "KnowledgeStore": "purpose_agent.knowledge.store",
    "Passage": "purpose_agent.knowledge.store",
    "SkippedFile": "purpose_agent.knowledge.store",
    "KnowledgeSearchTool": "purpose_agent.knowledge.tool",
    "MissingExtraError": "purpose_agent.extras",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
