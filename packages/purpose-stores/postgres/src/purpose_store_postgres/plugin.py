"""Entry point of the ``store-postgres`` plugin: claims ``postgresql://`` and ``postgres://`` store URLs."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl

NAME = "postgresql"


def open_postgres(url: str, **options: Any) -> Any:
    """Store factory: ``open_postgres(url, mode=..., kinds=..., observer=...)``."""
    from purpose_store_postgres.store import PostgresStore

    return PostgresStore(url, **options)


@hookimpl
def register_stores(registry: Any) -> None:
    registry.add(open_postgres, name=NAME)


@hookimpl
def resolve_store(url: str) -> str | None:
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        return NAME
    return None


def _upgrade(url: str) -> list[int]:
    from purpose_store_postgres.admin import upgrade_schema

    return upgrade_schema(url)


#: ``purpose memory migrate --upgrade URL`` finds the schema upgrade through the store factory.
open_postgres.upgrade = _upgrade  # type: ignore[attr-defined]
