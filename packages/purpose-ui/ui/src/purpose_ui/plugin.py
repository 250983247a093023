"""Entry point of the ``ui`` plugin: adds ``purpose ui`` through the ``register_commands`` hook.

Imported whenever plugins load, so it imports only core's hook marker and the light command module;
the web framework waits until the page is actually served.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Command, hookimpl


@hookimpl
def register_commands(registry: Any) -> None:
    from purpose_ui import command

    registry.add(Command(name="ui", help=command.HELP, configure=command.configure, run=command.run))
