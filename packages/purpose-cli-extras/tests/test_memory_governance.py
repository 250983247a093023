"""A person retiring memory on a real SQLite file: archive refuses what is not promoted, and a rollback
restores the status that version had (``purpose memory archive`` / ``rollback`` run these)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import InvalidTransitionError, RunMode, open_store
from purpose_cli_extras.governance import archive, rollback, status_at


def _promoted(store: Any, content: str, **extra: Any) -> str:
    """A promoted card the way memory CI leaves one (quarantined, then promoted by a person)."""
    card = store.add({"kind": "user_preference", "content": content, "trust": 0.8, **extra})
    store.transition(card.id, "quarantined", reason="scan passed", actor="test")
    return store.transition(card.id, "promoted", reason="replay passed", actor="test").id


def test_archive_refuses_what_is_not_promoted(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "m.db"), RunMode.LEARNING_TRAIN) as store:
        card = store.add({"kind": "user_preference", "content": "Be brief"})
        with pytest.raises(InvalidTransitionError, match="candidate, not promoted"):
            archive(store, card.id, reason="x")
        done = _promoted(store, "Be kind")
        archive(store, done, reason="x")
        with pytest.raises(InvalidTransitionError, match="already archived"):
            archive(store, done, reason="again")


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
