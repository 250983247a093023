"""Level 3's plugin: contributes the ``purpose approvals`` command (``register_commands``)."""

from __future__ import annotations

from purpose_agent.plugin import Command, Registry, hookimpl


@hookimpl
def register_commands(registry: Registry) -> None:
    from purpose_level3 import approvals_cmd

    registry.add(
        Command(
            name="approvals",
            help=approvals_cmd.HELP,
            configure=approvals_cmd.configure,
            run=approvals_cmd.run,
        )
    )
