"""Built-in SQLite store plugin: claims plain paths and ``sqlite://`` URLs through the store hooks."""

from __future__ import annotations

from typing import Any

from purpose_agent.hookspecs import hookimpl

NAME = "sqlite"


def open_sqlite(url: str, **options: Any) -> Any:
    """Store factory: ``open_sqlite(url, mode=..., kinds=..., observer=...)``."""
    from purpose_agent.memory.sqlite_store import (  # lazy: the plugin module stays cheap to load
        SQLiteStore,
        path_from_url,
    )

    return SQLiteStore(path_from_url(url), **options)


@hookimpl
def register_stores(registry: Any) -> None:
    registry.add(open_sqlite, name=NAME)


@hookimpl
def resolve_store(url: str) -> str | None:
    text = str(url)
    if text.startswith("sqlite:"):
        return NAME
    if "://" in text:
        return None  # another scheme (postgresql://...) belongs to another plugin
    return NAME
