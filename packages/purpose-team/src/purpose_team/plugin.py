"""Entry point of ``team``: the ``purpose run`` command, registered through ``register_commands`` as any
plugin's command is (the kernel's CLI names purpose-team when it is missing).

The command's module is small and imports the team only when it runs, so loading this plugin stays cheap.
"""

from __future__ import annotations

from purpose_agent.plugin import Command, Registry, hookimpl


@hookimpl
def register_commands(registry: Registry) -> None:
    from purpose_team import run_cmd  # lazy: the plugin module stays cheap to load

    registry.add(Command(name="run", help=run_cmd.HELP, configure=run_cmd.configure, run=run_cmd.run))
