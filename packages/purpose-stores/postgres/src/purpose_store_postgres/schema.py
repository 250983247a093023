"""The PostgreSQL schema of the store, its version table, and the migrations between versions.

Design notes:

- One PostgreSQL schema holds one memory store. ``schema_version`` records every version applied, so a
  build can tell an older store (refuse with the upgrade command), a current one, and a newer one (refuse
  with "upgrade purpose-store-postgres") before touching anything.
- ``cards`` keeps status, scope dimensions and the ranking prior as real columns, so retrieval filters and
  ranks in SQL. ``terms`` is the card's text run through core's tokenizer (case folded, accents removed),
  so ``tsv`` (PostgreSQL's 'simple' configuration: no stemming) indexes exactly the words the SQLite store
  indexes; a GIN index over ``tsv`` answers the match.
- ``term_stats`` keeps each term's document frequency so retrieval can drop terms that match a large part
  of the store before asking the index (cost grows with the postings visited), as the SQLite store does.
- ``versions`` and ``audit`` are append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
- Migrations run in one transaction (PostgreSQL DDL is transactional): a failed upgrade leaves the old
  schema as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

_COMMON = """
CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now(),
    note text NOT NULL DEFAULT ''
);
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the memory % table is append-only', TG_TABLE_NAME;
END $$;
CREATE TABLE IF NOT EXISTS versions (
    card_id text NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    reason text NOT NULL,
    actor text NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (card_id, version)
);
CREATE TABLE IF NOT EXISTS audit (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id text NOT NULL,
    version integer NOT NULL,
    old_status text,
    new_status text NOT NULL,
    reason text NOT NULL,
    actor text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_card ON audit (card_id, seq);
CREATE INDEX IF NOT EXISTS audit_promoted ON audit (seq) WHERE new_status = 'promoted';
CREATE TABLE IF NOT EXISTS exposures (
    trace_id text NOT NULL,
    card_id text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS exposures_card ON exposures (card_id);
DROP TRIGGER IF EXISTS versions_append_only ON versions;
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
DROP TRIGGER IF EXISTS versions_no_truncate ON versions;
CREATE TRIGGER versions_no_truncate BEFORE TRUNCATE ON versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
DROP TRIGGER IF EXISTS audit_append_only ON audit;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
DROP TRIGGER IF EXISTS audit_no_truncate ON audit;
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
"""

#: Version 1: cards without the tokenized text, the full-text column or term statistics (retrieval was
#: a sequential scan). Kept because the 1 -> 2 migration starts from it, and tests build it to prove
#: the migration path.
SCHEMA_V1 = (
    """
CREATE TABLE IF NOT EXISTS cards (
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    kind text NOT NULL,
    status text NOT NULL,
    version integer NOT NULL,
    scope_team text NOT NULL DEFAULT '',
    scope_agent text NOT NULL DEFAULT '',
    scope_task_type text NOT NULL DEFAULT '',
    scope_tools text[] NOT NULL DEFAULT '{}',
    trust double precision NOT NULL,
    shown integer NOT NULL DEFAULT 0,
    helped integer NOT NULL DEFAULT 0,
    q_value double precision NOT NULL DEFAULT 0.5,
    prior double precision NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    body text NOT NULL,
    search_text text NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_status_kind ON cards (status, kind);
"""
    + _COMMON
)

_V2_ADDITIONS = """
ALTER TABLE cards ADD COLUMN IF NOT EXISTS terms text NOT NULL DEFAULT '';
ALTER TABLE cards ADD COLUMN IF NOT EXISTS tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED;
CREATE INDEX IF NOT EXISTS cards_tsv ON cards USING gin (tsv);
CREATE INDEX IF NOT EXISTS cards_status_prior ON cards (status, prior);
CREATE INDEX IF NOT EXISTS cards_tools ON cards USING gin (scope_tools);
CREATE TABLE IF NOT EXISTS term_stats (
    term text PRIMARY KEY,
    df integer NOT NULL
);
"""


def statements(script: str) -> list[str]:
    """Split a script into statements; ``$$`` bodies may contain ';'."""
    out, buf, in_body = [], [], False
    for line in script.splitlines():
        buf.append(line)
        if line.count("$$") % 2:
            in_body = not in_body
        if not in_body and line.rstrip().endswith(";"):
            out.append("\n".join(buf).strip())
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def create_current(cur: Any) -> None:
    """Create every table of the current version in the (empty) current schema."""
    for statement in statements(SCHEMA_V1) + statements(_V2_ADDITIONS):
        cur.execute(statement)
    cur.execute(
        "INSERT INTO schema_version(version, note) VALUES (%s, %s)", (SCHEMA_VERSION, "created at v2")
    )


def create_v1(cur: Any) -> None:
    """Create a version 1 store (for tests of the migration path and for migration itself)."""
    for statement in statements(SCHEMA_V1):
        cur.execute(statement)
    cur.execute("INSERT INTO schema_version(version, note) VALUES (1, 'created at v1')")


def _migrate_1_to_2(cur: Any) -> None:
    from purpose_agent.plugin import tokenize

    for statement in statements(_V2_ADDITIONS):
        cur.execute(statement)
    rows = cur.execute("SELECT id, search_text FROM cards").fetchall()
    df: Counter[str] = Counter()
    updates = []
    for card_id, text in rows:
        tokens = tokenize(text)
        df.update(set(tokens))
        updates.append((" ".join(tokens), card_id))
    if updates:
        cur.executemany("UPDATE cards SET terms = %s WHERE id = %s", updates)
    if df:
        terms = sorted(df)
        cur.execute(
            "INSERT INTO term_stats(term, df) SELECT * FROM unnest(%s::text[], %s::integer[])",
            (terms, [df[t] for t in terms]),
        )


#: from-version -> the step that brings a store to from-version + 1 (inside the caller's transaction).
MIGRATIONS: dict[int, Callable[[Any], None]] = {1: _migrate_1_to_2}


def upgrade(cur: Any, found: int) -> list[int]:
    """Apply every step from ``found`` to :data:`SCHEMA_VERSION`; returns the versions applied."""
    applied = []
    for version in range(found, SCHEMA_VERSION):
        MIGRATIONS[version](cur)
        cur.execute(
            "INSERT INTO schema_version(version, note) VALUES (%s, %s)",
            (version + 1, f"migrated from v{version}"),
        )
        applied.append(version + 1)
    return applied
