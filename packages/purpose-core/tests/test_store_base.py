"""The shared SQL store logic: document frequencies stay exact through edits, rollbacks and imports.

``term_stats`` is maintained by deltas (``term_delta`` on update, counts on insert); retrieval trusts it to
choose the rarest terms, so a drift would silently change rankings. Checked on a real SQLite file against
a recount from the cards themselves.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from purpose_agent.errors import ValidationError
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import builtin_catalog
from purpose_agent.memory.sqlite_store import SQLiteStore
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.store import AuditEntry, CardRecord
from purpose_agent.memory.store_base import SQLStoreBase, card_body, need_reason, term_delta
from purpose_agent.memory.text import tokenize


def _recount(store: SQLiteStore) -> Counter[str]:
    df: Counter[str] = Counter()
    for card in store.list_cards(limit=10_000):
        df.update(set(tokenize(card.search_text())))
    return df


def _stored(store: SQLiteStore) -> Counter[str]:
    return Counter(dict(store._conn.execute("SELECT term, df FROM term_stats").fetchall()))


def test_term_delta_counts_each_word_once_per_text() -> None:
    delta = term_delta("alpha beta beta", "beta gamma gamma")
    assert {t: n for t, n in delta.items() if n} == {"alpha": -1, "gamma": 1}


def test_need_reason_refuses_blank() -> None:
    with pytest.raises(ValidationError, match="say why"):
        need_reason("   ")
    need_reason("replay won 3 of 4")


def test_card_body_round_trips() -> None:
    card = MemoryCard.create(kind="skill_card", content="multiply with the calculator ünïcode", kinds=None)
    assert MemoryCard.model_validate_json(card_body(card)) == card


def test_sqlite_store_is_a_shared_sql_store(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.db", kinds=builtin_catalog()) as store:
        assert isinstance(store, SQLStoreBase)


def test_document_frequencies_match_a_recount_after_edits_rollback_and_import(tmp_path: Path) -> None:
    catalog = builtin_catalog()
    with SQLiteStore(tmp_path / "a.db", kinds=catalog) as store:
        store.add_many(
            [
                {"id": f"c{i}", "kind": "episodic_case", "content": f"solve task {i} with calculator tool"}
                for i in range(6)
            ]
        )
        for i in range(0, 6, 2):
            card = store.get(f"c{i}")
            edited = card.model_copy(update={"content": f"rewritten plan {i} uses python"})
            store.update(edited, reason="edit")
        store.rollback("c0", 1, reason="the edit was wrong")
        assert +_stored(store) == _recount(store)
        records = store.export_records()
    with SQLiteStore(tmp_path / "b.db", kinds=catalog) as copy:
        assert copy.import_records(records, source="a.db", signature="verified").added == 6
        assert +_stored(copy) == _recount(copy)
        assert [h.version for h in copy.history("c2")] == [1, 2]


def test_import_records_is_the_gate_whatever_file_format_carried_them(tmp_path: Path) -> None:
    catalog = builtin_catalog()
    with SQLiteStore(tmp_path / "a.db", kinds=catalog) as store:
        card = store.add({"kind": "episodic_case", "content": "use the calculator for 17 * 23"})
        store.transition(card.id, MemoryStatus.QUARANTINED, reason="scan passed", actor="contract")
        store.transition(card.id, MemoryStatus.PROMOTED, reason="replay passed", actor="contract")
        records = store.export_records()
    # not verified: a fresh candidate for memory CI, whatever the record claims (the claim is noted)
    with SQLiteStore(tmp_path / "b.db", kinds=catalog) as copy:
        report = copy.import_records(records, source="shared.jsonl", signature="did not verify")
        assert report.regated == [card.id] and copy.get(card.id).status is MemoryStatus.CANDIDATE
        assert copy.get(card.id).provenance.evidence["claimed"]["status"] == "promoted"
    # verified: kept as it was, but a history that cannot have happened is refused and nothing written
    def by_ci(entry: AuditEntry) -> AuditEntry:  # "memory-ci promoted it", without replay evidence
        return entry.model_copy(update={"actor": "memory-ci"}) if entry.new_status == "promoted" else entry

    forged = [CardRecord(r.card, r.history, [by_ci(a) for a in r.audit], line=2) for r in records]
    with SQLiteStore(tmp_path / "c.db", kinds=catalog) as copy:
        with pytest.raises(ValidationError, match=r"shared.jsonl:2: .*memory-ci promotion without replay"):
            copy.import_records(forged, source="shared.jsonl", signature="verified")
        assert copy.list_cards(statuses=list(MemoryStatus)) == []
        assert copy.import_records(records, source="shared.jsonl", signature="verified").added == 1
        assert copy.get(card.id).status is MemoryStatus.PROMOTED
        assert [a.new_status for a in copy.audit(card.id)] == ["candidate", "quarantined", "promoted"]
