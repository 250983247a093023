"""Contract tests every memory store plugin must pass.

Subclass in your plugin's tests and say where a fresh store lives::

    from purpose_agent.testing import StoreContract

    class TestPostgresStore(StoreContract):
        def new_location(self, tmp_path):
            return make_empty_database_url()   # the URL your plugin's resolve_store claims

Stores are opened through :func:`purpose_agent.memory.open_store`, so the plugin's ``resolve_store`` and
``register_stores`` hooks are exercised too. Nothing here assumes SQLite: "unchanged" is judged through
the store's own API (cards, versions, audit), never by looking at files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import (
    MAX_CONTENT_CHARS,
    InvalidTransitionError,
    KindCatalog,
    MemoryCard,
    MemoryKindSpec,
    MemoryScope,
    MemoryStatus,
    PromotionForbiddenError,
    ReadOnlyError,
    RunMode,
    Store,
    ValidationError,
    VersionConflictError,
    builtin_catalog,
    open_store,
)
from purpose_exchange import export_jsonl, import_jsonl
from pydantic import BaseModel, ConfigDict


class ChecklistFields(BaseModel):
    """An eighth kind, as a third-party plugin would define it."""

    model_config = ConfigDict(extra="forbid")
    items: list[str] = []


def _format_checklist(card: MemoryCard) -> str:
    return "Checklist: " + card.content + "".join(f"\n[ ] {i}" for i in card.fields.get("items", []))


CHECKLIST = MemoryKindSpec(
    name="checklist",
    schema=ChecklistFields,
    formatter=_format_checklist,
    retrieval_weight=1.2,
    section="Checklists",
    prompt_order=15,
)


def contract_catalog() -> KindCatalog:
    return KindCatalog([*builtin_catalog().specs(), CHECKLIST])


def promote(store: Store, card_id: str) -> MemoryCard:
    store.transition(card_id, MemoryStatus.QUARANTINED, reason="scan passed", actor="contract")
    return store.transition(card_id, MemoryStatus.PROMOTED, reason="replay passed", actor="contract")


class StoreContract:
    """Behaviour every :class:`~purpose_agent.memory.store.Store` must show."""

    # -- what a subclass provides -------------------------------------------------------------------

    def new_location(self, tmp_path: Path) -> str:
        """A URL or path where a new, empty store can be created; the default is a SQLite file, so a
        store plugin for another database overrides this with its own URL."""
        return str(tmp_path / "contract-store.db")

    def open(self, location: str, mode: RunMode = RunMode.LEARNING_TRAIN, **options: Any) -> Store:
        options.setdefault("kinds", contract_catalog())
        return open_store(location, mode, **options)

    # -- fixtures -----------------------------------------------------------------------------------

    @pytest.fixture
    def location(self, tmp_path: Path) -> str:
        return self.new_location(tmp_path)

    @pytest.fixture
    def store(self, location: str) -> Any:
        store = self.open(location)
        yield store
        store.close()

    # -- helpers ------------------------------------------------------------------------------------

    @staticmethod
    def snapshot(store: Store) -> str:
        cards = [c.to_json_dict() for c in store.list_cards(limit=100_000)]
        versions = {c["id"]: [v.model_dump(mode="json") for v in store.history(c["id"])] for c in cards}
        audit = [a.model_dump(mode="json") for a in store.audit()]
        return json.dumps({"cards": cards, "versions": versions, "audit": audit}, sort_keys=True, default=str)

    @staticmethod
    def card(**overrides: Any) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": "tool_policy",
            "content": "use the calculator for arithmetic",
            "fields": {"tool": "calculator", "rule": "prefer"},
        }
        data.update(overrides)
        return data

    # -- basics -------------------------------------------------------------------------------------

    def test_add_then_get_round_trips(self, store: Store) -> None:
        added = store.add(
            self.card(scope={"team": "math", "tool_names": ["calculator"]}), reason="seed", actor="contract"
        )
        got = store.get(added.id)
        assert got.content == added.content
        assert got.scope == MemoryScope(team="math", tool_names=("calculator",))
        assert got.status is MemoryStatus.CANDIDATE and got.version == 1
        assert store.audit(added.id)[0].new_status == "candidate"

    def test_unknown_kind_is_refused_and_store_unchanged(self, store: Store) -> None:
        store.add(self.card())
        before = self.snapshot(store)
        with pytest.raises(ValidationError, match="kind"):
            store.add(self.card(kind="no_such_kind"))
        assert self.snapshot(store) == before

    def test_oversized_content_is_refused_naming_the_field(self, store: Store) -> None:
        before = self.snapshot(store)
        with pytest.raises(ValidationError, match="content"):
            store.add(self.card(content="x" * (MAX_CONTENT_CHARS + 1)))
        assert self.snapshot(store) == before

    def test_invalid_scope_is_refused_naming_the_field(self, store: Store) -> None:
        before = self.snapshot(store)
        with pytest.raises(ValidationError, match="scope"):
            store.add(self.card(scope={"global": True, "team": "math"}))
        with pytest.raises(ValidationError, match=r"scope\.team"):
            store.add(self.card(scope={"team": "has spaces; drop table"}))
        assert self.snapshot(store) == before

    def test_fields_are_validated_against_the_kind_schema(self, store: Store) -> None:
        bad = {"kind": "skill_card", "content": "add", "fields": {"steps": [{"arguments": {}}]}}
        with pytest.raises(ValidationError, match=r"fields\.steps\.0\.tool"):
            store.add(bad)
        with pytest.raises(ValidationError, match="slot"):
            store.add(
                {
                    "kind": "skill_card",
                    "content": "add",
                    "fields": {"steps": [{"tool": "calculator", "arguments": {"expression": "{a} + 1"}}]},
                }
            )

    def test_duplicate_id_is_refused(self, store: Store) -> None:
        card = store.add(self.card())
        with pytest.raises(ValidationError, match="already exists"):
            store.add(self.card(id=card.id))

    def test_batch_add_is_all_or_nothing(self, store: Store) -> None:
        before = self.snapshot(store)
        with pytest.raises(ValidationError):
            store.add_many([self.card(), self.card(), self.card(kind="nope")])
        assert self.snapshot(store) == before

    # -- versions -----------------------------------------------------------------------------------

    def test_update_history_diff_rollback(self, store: Store) -> None:
        v1 = store.add(self.card())
        v2 = store.update(v1.model_copy(update={"content": "always use the calculator"}), reason="sharper")
        assert v2.version == 2 and store.get(v1.id).content == "always use the calculator"
        history = store.history(v1.id)
        assert [h.version for h in history] == [1, 2] and history[1].reason == "sharper"
        diff = store.diff(v1.id, 1, 2)
        assert set(diff.changes) == {"content"} and "+always use the calculator" in diff.content_diff
        v3 = store.rollback(v1.id, 1, reason="regressed")
        assert v3.version == 3 and v3.content == v1.content
        assert [h.version for h in store.history(v1.id)] == [1, 2, 3]

    def test_stale_update_raises_conflict(self, store: Store) -> None:
        v1 = store.add(self.card())
        store.update(v1.model_copy(update={"content": "first writer"}), reason="a")
        with pytest.raises(VersionConflictError):
            store.update(v1.model_copy(update={"content": "second writer"}), reason="b")
        assert store.get(v1.id).content == "first writer"

    def test_update_revalidates_a_copied_card(self, store: Store) -> None:
        v1 = store.add(self.card())
        with pytest.raises(ValidationError, match="content"):
            store.update(v1.model_copy(update={"content": "y" * (MAX_CONTENT_CHARS + 5)}), reason="x")

    # -- lifecycle ----------------------------------------------------------------------------------

    def test_legal_transitions_write_audit_rows(self, location: str) -> None:
        seen: list[tuple[str, str, str]] = []
        store = self.open(location, observer=lambda card, old, new, reason: seen.append((old, new, reason)))
        try:
            card = store.add(self.card())
            promote(store, card.id)
            store.transition(card.id, "archived", reason="superseded")
            audit = store.audit(card.id)
            assert [(a.old_status, a.new_status) for a in audit] == [
                (None, "candidate"),
                ("candidate", "quarantined"),
                ("quarantined", "promoted"),
                ("promoted", "archived"),
            ]
            assert audit[-1].reason == "superseded"
            assert seen[-1] == ("promoted", "archived", "superseded")
        finally:
            store.close()

    def test_illegal_transition_raises_and_changes_nothing(self, store: Store) -> None:
        card = store.add(self.card())
        before = self.snapshot(store)
        with pytest.raises(InvalidTransitionError, match="candidate"):
            store.transition(card.id, MemoryStatus.PROMOTED, reason="skip the queue")
        rejected = store.add(self.card())
        store.transition(rejected.id, "rejected", reason="failed scan")
        with pytest.raises(InvalidTransitionError):
            store.transition(rejected.id, "quarantined", reason="try again")
        assert store.get(card.id).status is MemoryStatus.CANDIDATE
        assert json.loads(self.snapshot(store))["cards"][0] == json.loads(before)["cards"][0]

    def test_transition_many_is_all_or_nothing(self, store: Store) -> None:
        a, b = store.add(self.card()), store.add(self.card())
        store.transition(b.id, "rejected", reason="bad")
        before = self.snapshot(store)
        with pytest.raises(InvalidTransitionError):
            store.transition_many([a.id, b.id], "quarantined", reason="batch")
        assert self.snapshot(store) == before

    # -- retrieval ----------------------------------------------------------------------------------

    def test_retrieve_returns_promoted_cards_in_scope(self, store: Store) -> None:
        glob = store.add(self.card(content="multiply numbers with the calculator"))
        team = store.add(self.card(content="multiply numbers carefully", scope={"team": "math"}))
        other = store.add(self.card(content="multiply numbers for finance", scope={"team": "finance"}))
        tool = store.add(self.card(content="multiply numbers in python", scope={"tool_names": ["python"]}))
        store.add(self.card(content="multiply numbers candidate only"))
        for c in (glob, team, other, tool):
            promote(store, c.id)
        ids = {c.id for c, _ in store.retrieve("multiply numbers", scope=MemoryScope(team="math"))}
        assert ids == {glob.id, team.id}
        ids = {
            c.id
            for c, _ in store.retrieve(
                "multiply numbers", scope=MemoryScope(team="finance", tool_names=("python", "calculator"))
            )
        }
        assert ids == {glob.id, other.id, tool.id}
        assert len(store.retrieve("multiply numbers", k=2)) == 2
        everything = store.retrieve("multiply", statuses=list(MemoryStatus), k=50)
        assert len(everything) == 5
        assert store.retrieve("zzzunknownword") == []

    def test_retrieve_filters_kinds_and_ranks_trust_and_utility(self, store: Store) -> None:
        low = store.add(self.card(content="rounding rule for currency values", trust=0.1))
        high = store.add(self.card(content="rounding rule for currency values", trust=0.9))
        pref = store.add({"kind": "user_preference", "content": "rounding to cents for currency values"})
        for c in (low, high, pref):
            promote(store, c.id)
        ranked = [c.id for c, _ in store.retrieve("rounding currency values", kinds=["tool_policy"])]
        assert ranked == [high.id, low.id]
        for _ in range(5):
            store.credit([low.id], helped=True, reward=1.0)
            store.credit([high.id], helped=False, reward=0.0)
        ranked = [c.id for c, _ in store.retrieve("rounding currency values", kinds=["tool_policy"])]
        assert ranked == [low.id, high.id]

    def test_exposures_and_credit_update_utility(self, store: Store) -> None:
        card = store.add(self.card())
        promote(store, card.id)
        store.record_shown([card.id], trace_id="tr_1")
        store.record_shown([card.id], trace_id="tr_2")
        store.credit([card.id], helped=True, reward=1.0)
        u = store.get(card.id).utility
        assert (u.shown, u.helped) == (2, 1) and u.q_value > 0.5
        with pytest.raises(ValidationError, match="reward"):
            store.credit([card.id], helped=True, reward=3.0)
        assert store.stats().exposures == 2

    def test_eighth_kind_works_end_to_end(self, store: Store) -> None:
        card = store.add({"kind": "checklist", "content": "before answering", "fields": {"items": ["units"]}})
        promote(store, card.id)
        [(found, _)] = store.retrieve("before answering")
        assert found.kind == "checklist" and found.fields == {"items": ["units"]}
        assert CHECKLIST.format(found).endswith("[ ] units")
        with pytest.raises(ValidationError, match=r"fields\.items"):
            store.add({"kind": "checklist", "content": "x", "fields": {"items": "not a list"}})

    # -- exchange -----------------------------------------------------------------------------------

    def test_export_import_round_trip_keeps_history(self, store: Store, tmp_path: Path) -> None:
        card = store.add(self.card())
        store.update(card.model_copy(update={"content": "edited"}), reason="edit")
        promote(store, card.id)
        path = tmp_path / "export.jsonl"
        key = b"k" * 32
        assert export_jsonl(store, path, key=key) == 1
        other = self.open(self.new_location(tmp_path / "copy"))
        try:
            assert import_jsonl(other, path).signature == "no key"  # unsigned trust: a candidate
            assert other.get(card.id).status is MemoryStatus.CANDIDATE
        finally:
            other.close()
        other = self.open(self.new_location(tmp_path / "copy2"))
        try:
            report = import_jsonl(other, path, key=key)
            assert report.added == 1 and report.signature == "verified"
            assert other.get(card.id).status is MemoryStatus.PROMOTED
            assert [h.version for h in other.history(card.id)] == [1, 2]
            assert [a.new_status for a in other.audit(card.id)] == [
                a.new_status for a in store.audit(card.id)
            ]
            assert import_jsonl(other, path, key=key).skipped_identical == 1
        finally:
            other.close()

    def test_corrupt_import_is_refused_and_store_unchanged(self, store: Store, tmp_path: Path) -> None:
        store.add(self.card())
        path = tmp_path / "export.jsonl"
        export_jsonl(store, path)
        fresh = self.open(self.new_location(tmp_path / "fresh"))
        try:
            fresh.add(self.card(content="already here"))
            before = self.snapshot(fresh)
            lines = path.read_text().splitlines()
            good = json.loads(lines[1])
            bad_kind = json.loads(lines[1])
            bad_kind["card"]["id"] = "mem_other"
            bad_kind["card"]["kind"] = "bogus"
            for history in bad_kind["history"]:
                history["card"]["id"] = "mem_other"
            cases = {
                "not valid JSON": [lines[0], json.dumps(good), "{not json"],
                "card.kind": [
                    lines[0].replace('"cards": 1', '"cards": 2'),
                    json.dumps(good),
                    json.dumps(bad_kind),
                ],
                "format": ['{"format": "something-else", "schema_version": 1}', json.dumps(good)],
                "header says": [lines[0].replace('"cards": 1', '"cards": 5'), json.dumps(good)],
            }
            for expected, content in cases.items():
                path.write_text("\n".join(content) + "\n")
                with pytest.raises(ValidationError, match=expected):
                    import_jsonl(fresh, path)
                assert self.snapshot(fresh) == before, expected
        finally:
            fresh.close()

    # -- run modes ----------------------------------------------------------------------------------

    def test_eval_test_mode_refuses_every_write(self, location: str, tmp_path: Path) -> None:
        writer = self.open(location)
        card = writer.add(self.card())
        promote(writer, card.id)
        export_jsonl(writer, tmp_path / "e.jsonl")
        before = self.snapshot(writer)
        writer.close()
        reader = self.open(location, RunMode.EVAL_TEST)
        try:
            assert reader.get(card.id).id == card.id and reader.retrieve("calculator")
            attempts = {
                "add": lambda: reader.add(self.card()),
                "update": lambda: reader.update(card.model_copy(update={"content": "x"}), reason="x"),
                "transition": lambda: reader.transition(card.id, "archived", reason="x"),
                "rollback": lambda: reader.rollback(card.id, 1, reason="x"),
                "record_shown": lambda: reader.record_shown([card.id], "tr"),
                "credit": lambda: reader.credit([card.id], helped=True, reward=1.0),
                "import": lambda: import_jsonl(reader, tmp_path / "e.jsonl"),
            }
            for name, attempt in attempts.items():
                with pytest.raises(ReadOnlyError, match="eval_test"):
                    attempt()
                assert self.snapshot(reader) == before, name
        finally:
            reader.close()

    def test_validation_mode_stages_but_never_promotes(self, location: str) -> None:
        train = self.open(location)
        promoted = train.add(self.card())
        promote(train, promoted.id)
        train.close()
        store = self.open(location, RunMode.LEARNING_VALIDATION)
        try:
            staged = store.add(self.card(content="a new idea"))
            store.transition(staged.id, "quarantined", reason="scan passed")
            before = self.snapshot(store)
            with pytest.raises(PromotionForbiddenError):
                store.transition(staged.id, "promoted", reason="x")
            with pytest.raises(PromotionForbiddenError):
                store.add(self.card(status="promoted"))
            with pytest.raises(PromotionForbiddenError):
                store.update(store.get(promoted.id).model_copy(update={"content": "x"}), reason="x")
            with pytest.raises(PromotionForbiddenError):
                store.credit([promoted.id], helped=True, reward=1.0)
            assert self.snapshot(store) == before
        finally:
            store.close()

    def test_stats_count_by_status_and_kind(self, store: Store) -> None:
        a = store.add(self.card())
        store.add({"kind": "user_preference", "content": "short answers"})
        promote(store, a.id)
        stats = store.stats()
        assert stats.cards == 2
        assert stats.by_status == {"promoted": 1, "candidate": 1}
        assert stats.by_kind == {"tool_policy": 1, "user_preference": 1}
        assert stats.audit_rows == 4
