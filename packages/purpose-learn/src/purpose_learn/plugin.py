"""Entry point of ``learn``: the ``purpose learn`` command and the built-in arithmetic suites.

Both are registered through the same hooks as any plugin's (``register_commands``,
``register_evaluators``); the command's module is small and imports the pipeline only when it runs.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Command, Registry, hookimpl


@hookimpl
def register_commands(registry: Registry) -> None:
    from purpose_learn import learn_cmd  # lazy: the plugin module stays cheap to load

    registry.add(Command(name="learn", help=learn_cmd.HELP, configure=learn_cmd.configure, run=learn_cmd.run))


@hookimpl
def register_evaluators(registry: Any) -> None:
    from purpose_learn import suites  # lazy: as above

    suites.register_evaluators(registry)
