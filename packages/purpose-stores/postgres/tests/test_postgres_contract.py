"""The PostgreSQL store passes the same contract as the SQLite store, against a real server."""

from __future__ import annotations

from pathlib import Path

from pgtest import fresh_url
from purpose_agent.testing import StoreContract


class TestPostgresStoreContract(StoreContract):
    def new_location(self, tmp_path: Path) -> str:
        return fresh_url()
