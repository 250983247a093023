"""Connections: the first contact with the server (clear messages), the pool, and error translation.

A wrong URL, a server that is down, a missing database and refused credentials are told apart here,
because "could not connect" alone leaves the user guessing which of four things to fix.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import MemoryStoreError, ReadOnlyError, RunMode, ValidationError

from purpose_store_postgres.url import StoreURL

CONNECT_TIMEOUT_S = 5


def connect_kwargs(url: StoreURL, mode: RunMode) -> dict[str, Any]:
    """Session settings every connection gets: the store's schema, UTC, and read-only for EVAL_TEST."""
    options = f"-c search_path={url.schema} -c timezone=UTC"
    if not mode.can_write:
        # every transaction on this connection is READ ONLY: PostgreSQL itself refuses writes
        options += " -c default_transaction_read_only=on"
    return {
        "options": options,
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": f"purpose-agent ({mode.value})",
        "autocommit": True,
    }


def first_connection(url: StoreURL, mode: RunMode) -> Any:
    """Open one connection or raise a :class:`MemoryStoreError` that says what to fix."""
    import psycopg

    try:
        return psycopg.connect(url.conninfo, **connect_kwargs(url, mode))
    except psycopg.OperationalError as exc:
        raise describe_connect_error(url, exc) from None


def describe_connect_error(url: StoreURL, exc: Exception) -> MemoryStoreError:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    low = text.lower()
    where = f"PostgreSQL at {url.host}"
    if "does not exist" in low and "database" in low:
        return MemoryStoreError(
            f"{where} has no database {url.database!r}: create it (createdb -h HOST -p PORT "
            f"{url.database}) or fix the database name in the store URL {url.location}"
        )
    if "password authentication failed" in low or ("role" in low and "does not exist" in low):
        return MemoryStoreError(
            f"{where} refused the credentials in {url.location} ({first}); fix the user or password "
            f"in the store URL (PURPOSE_AGENT_STORE_URL or store = in purpose.toml)"
        )
    if "timeout" in low or "timed out" in low:
        return MemoryStoreError(
            f"{where} did not answer within {CONNECT_TIMEOUT_S} s ({first}); is the host reachable "
            f"and the server running?"
        )
    if "connection refused" in low or "could not connect" in low or "no such file" in low:
        return MemoryStoreError(
            f"{where} is not answering ({first}): the server is down or the host/port in "
            f"{url.location} is wrong; start the server (pg_ctl start, or scripts/postgres start) "
            f"and check with pg_isready -h HOST -p PORT"
        )
    if "could not translate host name" in low:
        return MemoryStoreError(f"{where}: unknown host name in {url.location} ({first})")
    return MemoryStoreError(f"cannot connect to {where} ({url.location}): {first}")


def translate(exc: BaseException, what: str, url: StoreURL, mode: RunMode) -> Exception:
    """A psycopg or pool error as the project's error type, with what to do about it."""
    import psycopg
    from psycopg import errors as pg
    from psycopg_pool import PoolTimeout

    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, pg.ReadOnlySqlTransaction):
        return ReadOnlyError(
            f"cannot {what}: PostgreSQL refused the write because the store {url.location} is open in "
            f"read-only transactions ({mode.value} mode)"
        )
    if isinstance(exc, pg.UniqueViolation):
        return ValidationError(
            f"id: cannot {what}: a memory card with that id already exists ({text}); use update() to "
            f"change it"
        )
    if isinstance(exc, PoolTimeout):
        return MemoryStoreError(
            f"cannot {what}: no connection to PostgreSQL at {url.host} became available ({text}), so it was "
            f"not done (none of it was written); the server may be down or every pooled connection busy; "
            f"check with pg_isready and retry"
        )
    if isinstance(exc, psycopg.OperationalError | pg.AdminShutdown | pg.CrashShutdown):
        return MemoryStoreError(
            f"cannot {what}: lost the connection to PostgreSQL at {url.host} ({text}); the transaction "
            f"was rolled back, so none of it was written; retry once the server is back"
        )
    return MemoryStoreError(f"cannot {what}: PostgreSQL error on {url.location}: {text}")
