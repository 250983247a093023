"""MemRL two-phase retrieval: semantic recall of candidates, then selection by learned utility.

Phase A keeps what is similar enough to the task: the store's recall, re-scored by how much of the query a
card covers (token overlap stands in for the paper's embedding similarity; the store's own score already
mixes in priors, so it cannot serve as a pure similarity). Phase B ranks those by a mix of similarity and the
card's Q-value, which the episode runner updates from the judged outcome of every episode that showed the
card (``store.credit``: ``Q += lr * (reward - Q)``, the paper's Monte-Carlo update). A memory that keeps
being shown on failed episodes sinks; one that is shown on solved episodes rises, even when another card
is lexically closer.
"""

from __future__ import annotations

from purpose_agent.plugin import MemoryCard, RetrievalContext, Scored, token_set

from purpose_research_memrl.settings import MemRLSettings


def coverage(query: frozenset[str], card: MemoryCard) -> float:
    """The share of the query's words the card contains (0..1)."""
    if not query:
        return 0.0
    return len(query & token_set(card.search_text())) / len(query)


class MemRLRetriever:
    name = "memrl"

    def __init__(self, settings: MemRLSettings | None = None) -> None:
        self.settings = settings or MemRLSettings()

    def q_of(self, card: MemoryCard) -> float:
        if card.utility.shown < self.settings.explore_shown_below:
            return 1.0
        return card.utility.q_value

    def rerank(self, candidates: Scored, *, context: RetrievalContext) -> Scored:
        pool: dict[str, tuple[MemoryCard, float]] = {c.id: (c, s) for c, s in candidates}
        if context.store is not None and self.settings.recall_k > len(pool):
            for card, score in context.store.retrieve(
                context.query, scope=context.scope, k=self.settings.recall_k
            ):
                if card.id not in pool or pool[card.id][1] < score:
                    pool[card.id] = (card, score)
        if not pool:
            return []
        query = token_set(context.query)
        items = [(card, coverage(query, card)) for card, _ in pool.values()]
        best = max(s for _, s in items)
        # phase A: keep what is similar enough, relative to the best match
        items = [(c, s) for c, s in items if s > 0 and s >= self.settings.min_similarity * best]
        lam = self.settings.utility_weight
        scored = [(c, (1.0 - lam) * sim + lam * self.q_of(c)) for c, sim in items]
        scored.sort(key=lambda cs: (-cs[1], cs[0].id))
        return scored
