"""Contract tests for retriever plugins: ``class TestMine(RetrieverContract): retriever = Mine()``.

Subclass and set ``retriever``; ``context_for(store)`` may be overridden. A retriever must return
``(MemoryCard, float)`` pairs of promoted cards that apply to the asking scope, work on a store opened
read-only in EVAL_TEST (it may read, never write), be deterministic and cope with an empty recall.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import MemoryCard, MemoryScope, MemoryStatus, RetrievalContext, RunMode

SAMPLE = [
    ("episodic_case", "Solved: What is 17 * 23? -> 391", {"task": "What is 17 * 23?", "answer": "391"}),
    ("failure_pattern", "Answering with the expression instead of its value", {"fix": "answer the number"}),
    ("tool_policy", "calculator takes an arithmetic expression", {"tool": "calculator"}),
    ("user_preference", "Answer with the number only", {}),
]


def promoted_store(path: Path) -> Any:
    """A SQLite store with a few promoted cards (one scoped to another team), reopened read-only."""
    from purpose_agent.plugin import PluginManager, open_store

    manager = PluginManager().load()
    store = open_store(path, RunMode.LEARNING_TRAIN, manager=manager)
    cards = [MemoryCard(kind=k, content=c, fields=f, scope=MemoryScope(team="t")) for k, c, f in SAMPLE]
    cards.append(
        MemoryCard(kind="user_preference", content="What is the code word", scope=MemoryScope(team="x"))
    )
    for card in cards:
        store.add(card, reason="contract sample", actor="test")
        store.transition(card.id, MemoryStatus.QUARANTINED, reason="contract", actor="test")
        store.transition(card.id, MemoryStatus.PROMOTED, reason="contract", actor="test")
    store.record_shown([cards[0].id], "trace_contract")
    store.credit([cards[0].id], helped=False, reward=0.0)
    store.close()
    return open_store(path, RunMode.EVAL_TEST, manager=manager)


class RetrieverContract:
    retriever: Any = None

    def _retriever(self) -> Any:
        assert self.retriever is not None, "set `retriever = ...` on the contract subclass"
        return self.retriever

    @pytest.fixture
    def store(self, tmp_path: Path) -> Any:
        store = promoted_store(tmp_path / "contract.db")
        yield store
        store.close()

    def context_for(self, store: Any, query: str = "What is 17 * 23?") -> RetrievalContext:
        scope = MemoryScope(team="t", agent="solver", tool_names=("calculator",))
        return RetrievalContext(query=query, scope=scope, k=3, store=store, agent="solver", team="t")

    def test_has_a_name(self) -> None:
        name = getattr(self._retriever(), "name", None)
        assert isinstance(name, str) and name

    def test_returns_scored_promoted_cards_in_scope(self, store: Any) -> None:
        ctx = self.context_for(store)
        recalled = store.retrieve(ctx.query, scope=ctx.scope, k=9)
        out = list(self._retriever().rerank(recalled, context=ctx))
        for card, score in out:
            assert isinstance(card, MemoryCard) and isinstance(score, float)
            assert card.status is MemoryStatus.PROMOTED
            assert card.scope.applies_to(ctx.scope), f"{card.id} is out of the asking scope"
        assert len({c.id for c, _ in out}) == len(out), "a card is returned twice"

    def test_read_only_store_and_deterministic(self, store: Any) -> None:
        ctx = self.context_for(store)
        recalled = store.retrieve(ctx.query, scope=ctx.scope, k=9)
        first = [(c.id, s) for c, s in self._retriever().rerank(list(recalled), context=ctx)]
        second = [(c.id, s) for c, s in self._retriever().rerank(list(recalled), context=ctx)]
        assert first == second

    def test_empty_recall_is_fine(self, store: Any) -> None:
        out = self._retriever().rerank([], context=self.context_for(store, "zzzz qqqq"))
        assert isinstance(list(out), list)
