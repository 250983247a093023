"""Memory retrieval for an episode: the store's lexical recall, then every enabled retriever plugin.

The store recalls a wide candidate set cheaply (FTS5 with scope filters); retriever plugins
(``register_retrievers``) may rerank, filter or add to it, e.g. by learned utility (MemRL) or Q-values
(REMEMBERER). Each retriever sees the previous one's output, in plugin registration order, so an
ablation that disables one leaves the rest working.

Last comes the structural gate (:func:`applies`): a procedure is shown only for a task of its structure
(operators, value types), and a solved case only for a task with the same operators, so a card learned on
"What is 12 * 34?" never reaches "What is 2+3?" because the words agree.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.runtime.demonstrations import is_demonstration_set

log = logging.getLogger("purpose_agent")

#: How many more candidates than shown the store recalls, so a reranker has something to choose from.
RECALL_FACTOR = 3

Scored = list[tuple[MemoryCard, float]]


@dataclass(frozen=True)
class RetrievalContext:
    query: str
    scope: MemoryScope
    k: int
    store: Any
    agent: str
    team: str | None


class Retriever(Protocol):
    name: str

    def rerank(self, candidates: Scored, *, context: RetrievalContext) -> Scored:
        """Return the candidates to show, best first (may drop, reorder or add cards)."""
        ...


def retrieve_memories(
    store: Any,
    query: str,
    *,
    scope: MemoryScope,
    k: int,
    manager: Any,
    agent: str = "",
    team: str | None = None,
) -> Scored:
    if k <= 0:
        return []
    retrievers: Sequence[Any] = manager.retrievers().items()
    recall = k * RECALL_FACTOR  # the structural gate may drop some, so recall more than shown
    candidates: Scored = list(store.retrieve(query, scope=scope, k=recall))
    context = RetrievalContext(query=query, scope=scope, k=k, store=store, agent=agent, team=team)
    for retriever in retrievers:
        try:
            candidates = list(retriever.rerank(candidates, context=context))
        except Exception as exc:  # a broken reranker must not blind the agent: keep the previous ranking
            log.warning(
                "retriever %r failed: %s: %s", getattr(retriever, "name", retriever), type(exc).__name__, exc
            )
    # a demonstration set is listed below like a general lesson, whatever the words recalled
    gated = [(c, s) for c, s in candidates if applies(c, query) and not is_demonstration_set(c)]
    lessons = [(c, 1.0) for c in general_lessons(store, scope) if c.id not in {g.id for g, _ in gated}]
    demos = [(c, 1.0) for c in demonstration_sets(store, scope)]  # narrowed for the task by concretize
    return [*lessons, *demos, *gated][:k]


#: Most general lessons shown at once (there are few patterns; more would crowd out task memories).
MAX_LESSONS = 4
#: The optimizer name general lessons are proposed under (see ``purpose_optimizers.lessons``).
LESSONS = "lessons"


def general_lessons(store: Any, scope: MemoryScope) -> list[MemoryCard]:
    """Promoted general lessons for this scope: shown whatever the words of the task, because they
    were replay-tested on the whole validation split, not on tasks that share their words."""
    try:
        cards = store.list_cards(statuses=["promoted"], kinds=["failure_pattern"], limit=200)
    except Exception as exc:  # a store without listing still retrieves by words
        log.warning("general lessons unavailable: %s: %s", type(exc).__name__, exc)
        return []
    mine = [c for c in cards if is_general_lesson(c) and c.scope.applies_to(scope)]
    mine.sort(key=lambda c: (-c.trust, -c.utility.q_value))
    return mine[:MAX_LESSONS]


def is_general_lesson(card: MemoryCard) -> bool:
    """A lesson shown for every task once promoted (:func:`general_lessons`), not retrieved by words."""
    return card.kind == "failure_pattern" and card.provenance.optimizer == LESSONS


#: Demonstration sets shown at once: one set's nearest examples (several sets would repeat the pattern).
MAX_DEMONSTRATION_SETS = 1


def demonstration_sets(store: Any, scope: MemoryScope) -> list[MemoryCard]:
    """Promoted demonstration sets for this scope (``purpose_optimizers.demonstrations``): like a
    general lesson, shown for any task, because the set was replay-tested on the whole validation split."""
    try:
        cards = store.list_cards(statuses=["promoted"], kinds=["episodic_case"], limit=200)
    except Exception as exc:  # a store without listing still retrieves by words
        log.warning("demonstrations unavailable: %s: %s", type(exc).__name__, exc)
        return []
    mine = [c for c in cards if is_demonstration_set(c) and c.scope.applies_to(scope)]
    mine.sort(key=lambda c: (-c.trust, -c.utility.q_value))
    return mine[:MAX_DEMONSTRATION_SETS]


def applies(card: MemoryCard, task: str) -> bool:
    """Whether ``card`` may be shown for ``task`` by structure; general lessons apply everywhere."""
    from purpose_agent.memory.structure import structure_of
    from purpose_agent.runtime.procedures import from_skill_fields, instantiate

    if card.kind == "skill_card":
        procedure = from_skill_fields(card.fields)
        return procedure is None or instantiate(procedure, task) is not None
    if card.kind == "episodic_case" and card.fields.get("task"):
        return structure_of(str(card.fields["task"])).operators == structure_of(task).operators
    return True
