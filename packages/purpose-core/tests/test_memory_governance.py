"""Retiring memory on a real SQLite file: archive, supersession on promotion, and a rollback that restores
the status the card had at the version it goes back to (``purpose memory``: purpose-cli-extras' tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.config import PluginsConfig, Settings
from purpose_agent.errors import InvalidTransitionError
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.governance import archive, promote, rollback, status_at
from purpose_agent.memory.store import open_store
from purpose_agent.plugins import PluginManager
from purpose_agent.runmode import RunMode
from purpose_testing.riddle import KERNEL as CORE


def _promoted(store, content: str, **extra) -> str:  # type: ignore[no-untyped-def]
    card = store.add({"kind": "user_preference", "content": content, "trust": 0.8, **extra})
    store.transition(card.id, "quarantined", reason="scan passed", actor="test")
    return promote(store, card.id, reason="replay passed", actor="test").card.id


def test_archive_refuses_what_is_not_promoted(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "m.db"), RunMode.LEARNING_TRAIN) as store:
        card = store.add({"kind": "user_preference", "content": "Be brief"})
        with pytest.raises(InvalidTransitionError, match="candidate, not promoted"):
            archive(store, card.id, reason="x")
        done = _promoted(store, "Be kind")
        archive(store, done, reason="x")
        with pytest.raises(InvalidTransitionError, match="already archived"):
            archive(store, done, reason="again")


def test_promoting_a_new_version_archives_the_one_it_supersedes(tmp_path: Path) -> None:
    settings = Settings(store=str(tmp_path / "memory.db"), immune="off", plugins=PluginsConfig(enabled=CORE))
    manager = PluginManager(settings).load()  # no detector installed in this env: scanning is off
    with open_store(str(tmp_path / "memory.db"), RunMode.LEARNING_TRAIN, manager=manager) as store:
        ci = MemoryCI(store, manager=manager)
        skill = {"kind": "skill_card", "trust": 0.8, "fields": {"name": "multiply"}}
        old = ci.admit(MemoryCard(**skill, content="Use the calculator for products"))
        first = ci.promote_without_replay(old.card_id, "approved", actor="test")
        unrelated = _promoted(store, "Greet the user by name")
        new = ci.admit(MemoryCard(**skill, content="Call calculator(a * b), then answer its value"))
        second = ci.promote_without_replay(new.card_id, "approved", actor="test")
        assert second.status == "promoted"
        assert store.get(first.card_id).status.value == "archived"
        assert store.audit(first.card_id)[-1].reason == f"superseded by {new.card_id}"
        assert store.get(unrelated).status.value == "promoted"
        named = _promoted(store, "Greet people warmly", provenance={"evidence": {"supersedes": unrelated}})
        assert store.get(unrelated).status.value == "archived" and store.get(named).status.value == "promoted"


def test_rollback_restores_the_status_of_that_version(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with open_store(str(db), RunMode.LEARNING_TRAIN) as store:
        card_id = _promoted(store, "Reply in two sentences")
        current = store.get(card_id)
        store.update(current.model_copy(update={"content": "Reply in one word"}), reason="shorter")
        archive(store, card_id, reason="one word was too short")
        assert status_at(store.audit(card_id), 1) == "promoted"
        done = rollback(store, card_id, 1, reason="back to two sentences")
        assert (done.status_before, done.status_restored, done.version) == ("archived", "promoted", 1)
    with open_store(str(db), RunMode.EVAL_TEST) as store:
        card = store.get(card_id)
        assert (card.content, card.status.value, card.version) == ("Reply in two sentences", "promoted", 3)
        assert "rollback to v1: status restored" in store.audit(card_id)[-1].reason
        assert [c.id for c, _ in store.retrieve("reply in two sentences", k=5)] == [card_id]


def test_rollback_of_a_rejected_card_keeps_its_status_and_says_why(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "m.db"), RunMode.LEARNING_TRAIN) as store:
        card = store.add({"kind": "user_preference", "content": "Use emojis"})
        store.update(store.get(card.id).model_copy(update={"content": "Use many emojis"}), reason="more")
        store.transition(card.id, "rejected", reason="bad", actor="test")
        done = rollback(store, card.id, 1, reason="undo")
        assert done.card.content == "Use emojis" and done.card.status.value == "rejected"
        assert done.status_restored is None and "cannot become candidate" in done.note
