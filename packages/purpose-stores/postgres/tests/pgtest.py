"""Finds the PostgreSQL server the tests use: ``PURPOSE_AGENT_TEST_PG_URL`` (``scripts/postgres start``).

Each test gets its own PostgreSQL schema in that database, dropped at the end of the session, so tests
never see each other's cards and a fresh store costs a CREATE SCHEMA, not a new database.
"""

from __future__ import annotations

import os
import uuid

import pytest

ENV = "PURPOSE_AGENT_TEST_PG_URL"
_created: list[str] = []


def server_url() -> str:
    url = os.environ.get(ENV, "").strip()
    if not url:
        pytest.skip(
            f'{ENV} is not set: start a throwaway server with `eval "$(bash scripts/postgres start)"` '
            f"(CI does this in .ci/run)"
        )
    return url


def fresh_url(prefix: str = "t") -> str:
    """A store URL on the test server naming a schema nobody has used."""
    from purpose_store_postgres.url import parse_url

    url = parse_url(server_url()).with_schema(f"{prefix}_{uuid.uuid4().hex[:12]}")
    _created.append(url)
    return url
