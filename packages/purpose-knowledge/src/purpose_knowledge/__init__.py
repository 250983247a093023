"""Knowledge: search over a folder of documents with citations (``KnowledgeStore``).

Names are imported on first use (PEP 562), so importing the package does not load the store.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "Answer": "purpose_knowledge.store",
    "IndexReport": "purpose_knowledge.store",
    "KnowledgeStore": "purpose_knowledge.store",
    "Passage": "purpose_knowledge.store",
    "SkippedFile": "purpose_knowledge.store",
    "KnowledgeSearchTool": "purpose_knowledge.tool",
    "MissingExtraError": "purpose_knowledge.extras",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
