"""Operations on a store as a whole: upgrade an older schema in place, drop a store's schema."""

from __future__ import annotations

from purpose_agent.plugin import MemoryStoreError

from purpose_store_postgres import schema as ddl
from purpose_store_postgres.connect import first_connection, translate
from purpose_store_postgres.url import DEFAULT_SCHEMA, parse_url


def schema_version(url: str) -> int | None:
    """The store's schema version, or None when the schema holds no store."""
    from purpose_agent.plugin import RunMode

    parsed = parse_url(url)
    conn = first_connection(parsed, RunMode.EVAL_TEST)
    try:
        if conn.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
            return None
        return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
    finally:
        conn.close()


def upgrade_schema(url: str) -> list[int]:
    """Bring an older store to the current schema in one transaction; returns the versions applied."""
    from purpose_agent.plugin import RunMode

    parsed = parse_url(url)
    conn = first_connection(parsed, RunMode.LEARNING_TRAIN)
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"schema:{parsed.schema}",))
            if cur.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
                raise MemoryStoreError(f"no memory store in {parsed.location} to upgrade")
            found = cur.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]
            if found > ddl.SCHEMA_VERSION:
                raise MemoryStoreError(
                    f"{parsed.location} has schema version {found}, newer than this build "
                    f"({ddl.SCHEMA_VERSION}); upgrade purpose-store-postgres instead"
                )
            return ddl.upgrade(cur, found)
    except MemoryStoreError:
        raise
    except Exception as exc:
        raise translate(exc, "upgrade the memory schema", parsed, RunMode.LEARNING_TRAIN) from None
    finally:
        conn.close()


def drop_store(url: str, *, allow_default: bool = False) -> None:
    """Delete a store's schema and everything in it (scratch stores, tests); the default needs a flag."""
    from purpose_agent.plugin import RunMode

    parsed = parse_url(url)
    if parsed.schema == DEFAULT_SCHEMA and not allow_default:
        raise MemoryStoreError(
            f"refusing to drop the default memory schema of {parsed.location}; pass allow_default=True"
        )
    conn = first_connection(parsed, RunMode.LEARNING_TRAIN)
    try:
        conn.execute(f'DROP SCHEMA IF EXISTS "{parsed.schema}" CASCADE')
    finally:
        conn.close()
