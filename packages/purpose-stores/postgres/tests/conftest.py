"""Fixtures of the PostgreSQL store tests; the helpers live in pgtest.py (importable by name)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pgtest import ENV, _created, fresh_url


@pytest.fixture(scope="session", autouse=True)
def _drop_test_schemas() -> Iterator[None]:
    yield
    if not os.environ.get(ENV):
        return
    from purpose_store_postgres.admin import drop_store

    for url in _created:
        try:
            drop_store(url)
        except Exception:  # a test that killed the server may leave nothing to drop
            pass


@pytest.fixture
def pg_url() -> str:
    return fresh_url()
