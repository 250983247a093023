"""REMEMBERER retrieval: for a similar situation, show both encouraged and discouraged past actions.

Experiences (this plugin's episodic cases) are split by Q: high-Q ones are shown as actions to repeat,
low-Q ones as actions to avoid, each labelled with its Q. Similarity is how much of the task a record
covers. The label is written into a prompt-only copy of the card (same id, so credit still reaches the
stored card); other plugins' cards pass through untouched.
"""

from __future__ import annotations

from purpose_agent.plugin import MemoryCard, RetrievalContext, Scored, token_set

from purpose_research_rememberer.settings import RemembererSettings

OWNER = "rememberer"


def similarity(query: frozenset[str], card: MemoryCard) -> float:
    task = str(card.fields.get("task") or card.content)
    words = token_set(task)
    if not query or not words:
        return 0.0
    return len(query & words) / len(query | words)


class RemembererRetriever:
    name = "rememberer"

    def __init__(self, settings: RemembererSettings | None = None) -> None:
        self.settings = settings or RemembererSettings()

    def rerank(self, candidates: Scored, *, context: RetrievalContext) -> Scored:
        pool = {c.id: (c, s) for c, s in candidates}
        if context.store is not None:
            for card, score in context.store.retrieve(
                context.query, scope=context.scope, kinds=["episodic_case"], k=4 * context.k
            ):
                pool.setdefault(card.id, (card, score))
        mine = [(c, s) for c, s in pool.values() if c.provenance.optimizer == OWNER]
        others = [(c, s) for c, s in pool.values() if c.provenance.optimizer != OWNER]
        query = token_set(context.query)
        ranked = sorted(mine, key=lambda cs: (-similarity(query, cs[0]), cs[0].id))
        threshold = self.settings.q_threshold
        good = [c for c, _ in ranked if c.utility.q_value >= threshold][: self.settings.k_encouraged]
        bad = [c for c, _ in ranked if c.utility.q_value < threshold][: self.settings.k_discouraged]
        top = max((s for _, s in pool.values()), default=1.0)
        shown: Scored = [(self.label(c, True), top + 1.0 + c.utility.q_value) for c in good]
        shown += [(self.label(c, False), top + 0.5) for c in bad]
        return shown + sorted(others, key=lambda cs: -cs[1])

    @staticmethod
    def label(card: MemoryCard, encouraged: bool) -> MemoryCard:
        q = card.utility.q_value
        answer = str(card.fields.get("answer", ""))[:200]
        if encouraged:
            text = f"Encouraged (Q={q:.2f}): this worked, do the same: answer {answer}"
        else:
            text = f"Discouraged (Q={q:.2f}): this failed, do not repeat it: the answer {answer} was wrong"
        return card.model_copy(update={"content": text})
