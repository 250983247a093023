"""The tool an agent searches a :class:`KnowledgeStore` with; what ``purpose(..., knowledge=)`` gives it.

The observation lists each passage under its citation, so the agent (and the judge, which reads the
observations) can quote where an answer came from.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ToolResult


class KnowledgeSearchTool:
    name = "search_knowledge"
    description = "Search the knowledge documents; returns passages with their file and line citations."
    parameters = {
        "type": "object",
        "properties": {"query": {"type": "string", "description": "what to look for"}},
        "required": ["query"],
    }
    timeout_s = 10.0
    examples = [{"query": "refund policy for damaged items"}]

    def __init__(self, store: Any, *, k: int = 3, max_chars: int = 600) -> None:
        self.store = store
        self.k = k
        self.max_chars = max_chars

    def run(self, **arguments: Any) -> ToolResult:
        query = str(arguments.get("query", "")).strip()
        if not query:
            return ToolResult(status="invalid_arguments", error="query is empty: say what to search for")
        passages = self.store.search(query, k=self.k)
        if not passages:
            return ToolResult(output=f"No passage in the documents matches {query!r}.")
        text = "\n\n".join(f"[{p.citation}]\n{p.text[: self.max_chars]}" for p in passages)
        return ToolResult(output=text, data={"citations": [p.citation for p in passages]})
