"""Diverse memory selection: maximal marginal relevance over token overlap, inside a token budget.

Retrieval ranks cards one by one, so near-duplicates (the same lesson learned from five episodes) come
back together. Showing five copies wastes a small model's short context; MMR trades a little relevance
for coverage, and a card almost identical to one already chosen is dropped outright.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from purpose_agent.memory.text import jaccard, token_set


@dataclass
class Candidate:
    id: str
    text: str
    score: float
    cost: int
    tokens: frozenset[str]


def make_candidates(
    items: Sequence[tuple[str, str, float]], count_tokens: Callable[[str], int]
) -> list[Candidate]:
    """``items``: (id, formatted text, retrieval score); the cost includes the joining newline."""
    return [Candidate(i, text, score, count_tokens(text) + 1, token_set(text)) for i, text, score in items]


def select_diverse(
    candidates: Sequence[Candidate],
    budget: int,
    *,
    diversity: float = 0.3,
    redundancy_cutoff: float = 0.8,
) -> tuple[list[Candidate], dict[str, str]]:
    """Pick cards greedily by ``(1 - diversity) * relevance - diversity * max_similarity``.

    Returns the chosen candidates in pick order and ``{id: reason}`` for the rest: ``"redundant"`` (too
    close to a chosen card) or ``"budget"`` (did not fit).
    """
    if not candidates:
        return [], {}
    top = max(c.score for c in candidates) or 1.0
    remaining = list(candidates)
    chosen: list[Candidate] = []
    dropped: dict[str, str] = {}
    left = budget
    while remaining:
        best, best_value, best_sim = None, float("-inf"), 0.0
        for cand in remaining:
            sim = max((jaccard(cand.tokens, c.tokens) for c in chosen), default=0.0)
            value = (1.0 - diversity) * (cand.score / top) - diversity * sim
            if value > best_value:
                best, best_value, best_sim = cand, value, sim
        assert best is not None
        remaining.remove(best)
        if best_sim >= redundancy_cutoff:
            dropped[best.id] = "redundant"
        elif best.cost > left:
            dropped[best.id] = "budget"
        else:
            chosen.append(best)
            left -= best.cost
    return chosen, dropped
