"""purpose-eval's plugin: the ``purpose bench`` command, registered as every plugin's commands are."""

from __future__ import annotations

from purpose_agent.plugin import Command, Registry, hookimpl


@hookimpl
def register_commands(registry: Registry) -> None:
    from purpose_eval import bench_cmd  # lazy: the plugin module stays cheap to load

    registry.add(Command(name="bench", help=bench_cmd.HELP, configure=bench_cmd.configure, run=bench_cmd.run))
