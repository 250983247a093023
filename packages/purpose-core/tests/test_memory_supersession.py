"""Supersession on promotion, on a real SQLite file: promoting a new version archives the one it replaces
(a person's archive and rollback: purpose-cli-extras' test_memory_governance)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from purpose_agent.config import PluginsConfig, Settings
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.governance import promote
from purpose_agent.memory.store import open_store
from purpose_agent.plugins import PluginManager
from purpose_agent.runmode import RunMode
from purpose_testing.riddle import KERNEL as CORE


def _promoted(store: Any, content: str, **extra: Any) -> str:
    card = store.add({"kind": "user_preference", "content": content, "trust": 0.8, **extra})
    store.transition(card.id, "quarantined", reason="scan passed", actor="test")
    return promote(store, card.id, reason="replay passed", actor="test").card.id


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
