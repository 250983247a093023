"""Registry objects: what collection hooks receive and add to.

A registry records which plugin added each entry, so a duplicate name is reported with both culprits and
``purpose plugins`` can say what each plugin contributes. Registries hold objects, not globals: each
plugin manager builds its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from purpose_agent.errors import PluginError, PluginNotFoundError

T = TypeVar("T")


@dataclass(frozen=True)
class Entry(Generic[T]):
    name: str
    item: T
    plugin: str


@dataclass
class Command:
    """A CLI subcommand contributed through ``register_commands``.

    ``configure`` receives the argparse sub-parser to add arguments; ``run`` receives the parsed namespace
    and returns an exit status.
    """

    name: str
    help: str
    configure: Callable[[Any], None]
    run: Callable[[Any], int | None]


@dataclass
class Registry(Generic[T]):
    """A named collection built by calling one hook once."""

    family: str
    _entries: dict[str, Entry[T]] = field(default_factory=dict)
    current_plugin: str = "<direct>"
    settings: Any = None
    """The manager's settings, so a plugin reads ``[plugin.<name>]`` from what the caller configured."""
    manager: Any = None
    """The plugin manager calling the hook, so what a plugin registers can use the caller's plugins (a
    backend factory resolving another backend) instead of the process-wide manager."""

    def add(self, item: T, name: str | None = None) -> T:
        """Add ``item`` under ``name`` (default: its ``name`` attribute); a duplicate name is an error."""
        key = name if name is not None else getattr(item, "name", None)
        if not isinstance(key, str) or not key:
            raise PluginError(
                f"plugin {self.current_plugin!r} added a {self.family} without a name; "
                f"pass name=... to registry.add() or give the object a 'name' attribute"
            )
        if key in self._entries:
            other = self._entries[key].plugin
            raise PluginError(
                f"{self.family} {key!r} is registered twice: by plugin {other!r} and by plugin "
                f"{self.current_plugin!r}; disable one of them"
            )
        self._entries[key] = Entry(key, item, self.current_plugin)
        return item

    def get(self, name: str) -> T:
        try:
            return self._entries[name].item
        except KeyError:
            known = ", ".join(sorted(self._entries)) or "none installed"
            raise PluginNotFoundError(f"no {self.family} named {name!r}; installed: {known}") from None

    def plugin_of(self, name: str) -> str:
        return self._entries[name].plugin

    def names(self) -> list[str]:
        return list(self._entries)

    def items(self) -> list[T]:
        return [e.item for e in self._entries.values()]

    def entries(self) -> list[Entry[T]]:
        return list(self._entries.values())

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[T]:
        return iter(self.items())

    def __len__(self) -> int:
        return len(self._entries)
