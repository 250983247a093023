"""The SQLite schema of the default store.

Design notes:

- ``cards`` holds the current state of each card in a narrow row: status, scope dimensions and the ranking
  prior are real columns so retrieval filters in SQL, never in Python, and the rows a query visits stay
  dense in the page cache. The wide parts (JSON body, indexed text) live in ``card_text`` (same rowid).
- ``memory_fts`` is an external-content FTS5 index over ``card_text.search_text`` kept in step by
  triggers, so a card and its index entry change in the same transaction. Status changes do not touch it.
- ``term_stats`` keeps each term's document frequency, maintained on write, so retrieval can drop terms
  that match a large part of the store before asking FTS5 (cost grows with the postings visited).
- ``versions`` and ``audit`` are append-only: triggers refuse UPDATE and DELETE, so history cannot be
  rewritten even by a buggy caller.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS cards (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    version INTEGER NOT NULL,
    scope_team TEXT NOT NULL DEFAULT '',
    scope_agent TEXT NOT NULL DEFAULT '',
    scope_task_type TEXT NOT NULL DEFAULT '',
    scope_tools TEXT NOT NULL DEFAULT '',
    trust REAL NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0,
    helped INTEGER NOT NULL DEFAULT 0,
    q_value REAL NOT NULL DEFAULT 0.5,
    prior REAL NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS card_text (
    rowid INTEGER PRIMARY KEY REFERENCES cards(rowid),
    search_text TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_status_kind ON cards(status, kind);
CREATE INDEX IF NOT EXISTS cards_status_prior ON cards(status, prior);

CREATE TABLE IF NOT EXISTS card_tools (
    card_rowid INTEGER NOT NULL REFERENCES cards(rowid),
    tool TEXT NOT NULL,
    PRIMARY KEY (card_rowid, tool)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS card_tools_tool ON card_tools(tool, card_rowid);

CREATE VIRTUAL TABLE IF NOT EXISTS memory_fts USING fts5(
    search_text, content='card_text', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS card_text_fts_insert AFTER INSERT ON card_text BEGIN
    INSERT INTO memory_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER IF NOT EXISTS card_text_fts_update AFTER UPDATE OF search_text ON card_text BEGIN
    INSERT INTO memory_fts(memory_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO memory_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER IF NOT EXISTS card_text_fts_delete AFTER DELETE ON card_text BEGIN
    INSERT INTO memory_fts(memory_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;

CREATE TABLE IF NOT EXISTS term_stats (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS versions (
    card_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (card_id, version)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS versions_append_only_u BEFORE UPDATE ON versions BEGIN
    SELECT RAISE(ABORT, 'memory versions are append-only');
END;
CREATE TRIGGER IF NOT EXISTS versions_append_only_d BEFORE DELETE ON versions BEGIN
    SELECT RAISE(ABORT, 'memory versions are append-only');
END;

CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    card_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT NOT NULL,
    reason TEXT NOT NULL,
    actor TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_card ON audit(card_id, seq);
CREATE TRIGGER IF NOT EXISTS audit_append_only_u BEFORE UPDATE ON audit BEGIN
    SELECT RAISE(ABORT, 'the memory audit log is append-only');
END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_d BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'the memory audit log is append-only');
END;

CREATE TABLE IF NOT EXISTS exposures (
    trace_id TEXT NOT NULL,
    card_id TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS exposures_card ON exposures(card_id);
CREATE INDEX IF NOT EXISTS exposures_trace ON exposures(trace_id);
"""
