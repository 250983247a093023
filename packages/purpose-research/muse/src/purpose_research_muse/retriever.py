"""MUSE's tier-by-tier loading: strategic always, procedural by index, tool notes at the tool call.

Strategic guidance is fetched for every task (it is short and general) even when lexical recall missed it.
A procedure is loaded only when its index, the task shape it was written for, matches this task (filled
slots, same words), so a near-miss SOP does not crowd the prompt. Tool notes are withheld from the prompt
and handed to the ``muse`` strategy, which shows them when the agent is about to call that tool.
"""

from __future__ import annotations

from purpose_agent.plugin import MemoryCard, RetrievalContext, Scored

from purpose_research_muse import notes
from purpose_research_muse.settings import MuseSettings
from purpose_research_muse.tiers import PROCEDURAL, STRATEGIC, TOOL, tier_of


def index_matches(card: MemoryCard, task: str) -> bool:
    from purpose_agent.plugin import from_skill_fields, instantiate

    procedure = from_skill_fields(card.fields)
    return procedure is not None and instantiate(procedure, task) is not None


class MuseRetriever:
    name = "muse"

    def __init__(self, settings: MuseSettings | None = None) -> None:
        self.settings = settings or MuseSettings()

    def rerank(self, candidates: Scored, *, context: RetrievalContext) -> Scored:
        pool = {c.id: (c, s) for c, s in candidates}
        if context.store is not None:
            fetch = [("skill_card", 2 * context.k)]
            if self.settings.strategic_k:
                fetch.append(("failure_pattern", 4 * self.settings.strategic_k))
            for kind, k in fetch:
                for card, score in context.store.retrieve(
                    context.query, scope=context.scope, kinds=[kind], k=k
                ):
                    pool.setdefault(card.id, (card, score))
        top = max((s for _, s in pool.values()), default=1.0)
        strategic: Scored = []
        procedural: Scored = []
        others: Scored = []
        tool_notes: dict[str, list[str]] = {}
        for card, score in sorted(pool.values(), key=lambda cs: (-cs[1], cs[0].id)):
            tier = tier_of(card)
            if tier == STRATEGIC:
                if len(strategic) < self.settings.strategic_k:
                    strategic.append((card, top + 2.0 + score))
            elif tier == PROCEDURAL:
                if index_matches(card, context.query):
                    procedural.append((card, top + 1.0 + score))
            elif tier == TOOL and self.settings.tool_notes == "call":
                tool = str(card.fields.get("tool", ""))
                tool_notes.setdefault(tool, []).append(card.content)
            else:
                others.append((card, score))
        if tool_notes:
            notes.put(context.query, tool_notes)
        return strategic + procedural + others
