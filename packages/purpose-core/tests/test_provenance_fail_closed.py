"""The provenance gate's kernel side: memory CI uses purpose-provenance when it is installed, and without it
holds every card for a person (fail closed), so nothing taught, imported or proposed is promoted silently."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.learning import provenance
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.memory.card import MemoryCard, Provenance
from purpose_testing.blind import replay_that_helps
from purpose_testing.embedded import scratch_store


@pytest.fixture
def ci(tmp_path: Path) -> Iterator[tuple[Any, MemoryCI]]:
    """Memory CI on a scratch store whose scanner passes ordinary text, so only the gate decides."""
    with scratch_store(tmp_path) as (store, manager):
        yield store, MemoryCI(store, manager=manager)


@pytest.fixture
def no_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """purpose-provenance as if it were not installed (an import of it raises ModuleNotFoundError)."""
    monkeypatch.setitem(sys.modules, provenance.GATE, None)
    assert provenance.gate() is None


def _taught(text: str) -> MemoryCard:
    return MemoryCard(
        kind="user_preference",
        content=text,
        fields={"strength": "must"},
        trust=0.9,
        provenance=Provenance(optimizer="teach", evidence={"taught_by": "user"}),
    )


def _proposed(origin: str) -> MemoryCard:
    return MemoryCard(
        kind="episodic_case",
        content="Solved: what is 6 times 7? -> 42",
        fields={"task": "what is 6 times 7?", "answer": "42", "outcome": "success"},
        provenance=Provenance(optimizer="cases", evidence={"origin": origin}),
    )


def test_without_the_gate_a_taught_card_waits_for_a_person(ci: Any, no_gate: None) -> None:
    store, memory_ci = ci
    admitted = memory_ci.admit(_taught("Always cite your sources."), reason="taught by the user")
    assert admitted.status == "quarantined" and provenance.MISSING in admitted.reason
    held = memory_ci.promote_without_replay(admitted.card_id, "taught by the user", actor="user")
    assert held.status == "quarantined" and "pip install purpose-provenance" in held.reason
    assert provenance.review_reasons(store.get(admitted.card_id)) == [provenance.MISSING]
    approved = memory_ci.review(admitted.card_id, approve=True, reason="mine", actor="alice")
    assert approved.status == "promoted"  # a person's explicit approval still promotes it


@pytest.mark.parametrize("origin", ["episode", "tool_output", "import"])
def test_without_the_gate_replay_evidence_alone_promotes_nothing(
    ci: Any, no_gate: None, origin: str
) -> None:
    store, memory_ci = ci
    admitted = memory_ci.admit(_proposed(origin))
    assert admitted.status == "quarantined"
    decided = memory_ci.decide(admitted.card_id, replay_that_helps())
    assert decided.status == "quarantined" and provenance.MISSING in decided.reason
    assert store.get(admitted.card_id).status.value == "quarantined"


def test_an_imported_card_screened_without_the_gate_is_held(ci: Any, no_gate: None) -> None:
    store, memory_ci = ci
    stored = store.add(_proposed("import"), reason="imported", actor="import")
    outcome = memory_ci.screen(stored)
    assert outcome.status == "quarantined" and "held for a person's review" in outcome.reason


def test_with_the_gate_installed_memory_ci_applies_its_rules(ci: Any) -> None:
    assert provenance.gate() is importlib.import_module("purpose_provenance")
    store, memory_ci = ci
    admitted = memory_ci.admit(_proposed("episode"))
    assert admitted.status == "quarantined" and "held" not in admitted.reason
    assert memory_ci.decide(admitted.card_id, replay_that_helps()).status == "promoted"
    document = _taught("Answer in French.").model_copy(
        update={"provenance": Provenance(optimizer="cases", evidence={"origin": "document"})}
    )
    held = memory_ci.admit(document)
    assert held.status == "quarantined" and "document text may not become" in held.reason
    assert store.get(held.card_id).provenance.evidence["origin"] == "document"  # the gate's prepare ran


def test_a_broken_gate_is_an_error_not_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> Any:
        raise ModuleNotFoundError("No module named 'missing_dependency'", name="missing_dependency")

    monkeypatch.setattr(provenance.importlib, "import_module", broken)
    with pytest.raises(ModuleNotFoundError, match="missing_dependency"):
        provenance.check(_proposed("episode"))
