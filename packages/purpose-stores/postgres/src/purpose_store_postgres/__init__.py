"""PostgreSQL memory store for a fleet of Purpose Agent agents (imported lazily; psycopg loads on use)."""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "PostgresStore": "purpose_store_postgres.store",
    "StatusChange": "purpose_store_postgres.notify",
    "Subscription": "purpose_store_postgres.notify",
    "upgrade_schema": "purpose_store_postgres.admin",
    "drop_store": "purpose_store_postgres.admin",
    "schema_version": "purpose_store_postgres.admin",
    "SCHEMA_VERSION": "purpose_store_postgres.schema",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
