"""Knowledge: search over a folder of documents with citations (``pa.KnowledgeStore``)."""

from purpose_agent.knowledge.extras import MissingExtraError
from purpose_agent.knowledge.store import Answer, IndexReport, KnowledgeStore, Passage, SkippedFile
from purpose_agent.knowledge.tool import KnowledgeSearchTool

__all__ = [
    "Answer",
    "IndexReport",
    "KnowledgeSearchTool",
    "KnowledgeStore",
    "MissingExtraError",
    "Passage",
    "SkippedFile",
]
