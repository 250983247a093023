"""A plugin that adds a ``purpose greet`` subcommand."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Command, hookimpl


def _configure(parser: Any) -> None:
    parser.add_argument("who", nargs="?", default="world")


def _run(args: Any) -> int:
    print(f"hello, {args.who}")
    return 0


@hookimpl
def register_commands(registry: Any) -> None:
    registry.add(Command(name="greet", help="say hello", configure=_configure, run=_run))
