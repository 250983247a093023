"""PostgreSQL memory store for a fleet of Purpose Agent agents (imported lazily; psycopg loads on use)."""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "PostgresStore": "purpose_store_postgres.store",
    "StatusChange": "purpose_store_postgres.notify",
    "Subscription": "purpose_store_postgres.notify",
    "upgrade_schema": "purpose_store_postgres.admin",
    "drop_store": "purpose_store_postgres.admin",
    "schema_version": "purpose_store_postgres.admin",
    "SCHEMA_VERSION": "purpose_store_postgres.schema",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
