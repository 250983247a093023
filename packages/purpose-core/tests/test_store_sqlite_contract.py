"""The built-in SQLite store passes the store contract (through the plugin hooks, on a real file)."""

from __future__ import annotations

from pathlib import Path

from purpose_agent.testing import StoreContract


class TestSQLiteStoreContract(StoreContract):
    def new_location(self, tmp_path: Path) -> str:
        tmp_path.mkdir(parents=True, exist_ok=True)
        return f"sqlite://{tmp_path / 'memory.db'}"
