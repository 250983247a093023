"""An eighth memory kind from a plugin works end to end: hook, validation, store, retrieval, prompt."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from purpose_agent.compiler import compile_prompt
from purpose_agent.config import Settings
from purpose_agent.errors import ValidationError
from purpose_agent.hookspecs import hookimpl
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import KindCatalog, MemoryKindSpec
from purpose_agent.memory.store import open_store
from purpose_agent.plugins import PluginManager, set_plugin_manager
from pydantic import BaseModel


class RecipeFields(BaseModel):
    ingredients: list[str] = []


def _format(card: MemoryCard) -> str:
    return f"Recipe: {card.content} (needs {', '.join(card.fields['ingredients'])})"


@hookimpl
def register_memory_kinds(registry) -> None:  # type: ignore[no-untyped-def]
    registry.add(MemoryKindSpec(name="recipe", schema=RecipeFields, formatter=_format, section="Recipes"))


def test_plugin_kind_end_to_end(tmp_path: Path) -> None:
    manager = PluginManager().load()
    manager.register(SimpleNamespace(register_memory_kinds=register_memory_kinds), name="recipes")
    catalog = KindCatalog.from_manager(manager)
    assert "recipe" in catalog and "skill_card" in catalog
    set_plugin_manager(manager)  # cards built without an explicit catalog use the process-wide plugins
    card = MemoryCard(
        kind="recipe", content="pancakes for breakfast", fields={"ingredients": ["flour", "milk"]}
    )
    store = open_store(tmp_path / "memory.db", manager=manager)
    try:
        stored = store.add(card)
        store.transition(stored.id, "quarantined", reason="scan passed")
        store.transition(stored.id, "promoted", reason="replay passed")
        [(found, _)] = store.retrieve("pancakes breakfast")
        compiled = compile_prompt(
            task="make breakfast",
            memories=[(found, 1.0)],
            count_tokens=lambda s: len(s.split()),
            budget=200,
            kinds=catalog,
        )
        assert compiled.shown_ids == [stored.id]
        assert "# Recipes\nRecipe: pancakes for breakfast (needs flour, milk)" in compiled.messages[0].content
        with pytest.raises(ValidationError, match=r"fields\.ingredients"):
            store.add({"kind": "recipe", "content": "x", "fields": {"ingredients": 3}})
    finally:
        store.close()


def test_blocking_the_builtin_kinds_plugin_removes_them() -> None:
    manager = PluginManager(Settings(plugins={"disabled": ["core-memory-kinds"]})).load()
    assert "skill_card" not in KindCatalog.from_manager(manager)
    set_plugin_manager(manager)
    with pytest.raises(ValidationError, match="core-memory-kinds"):
        MemoryCard.create(kind="skill_card", content="x")
