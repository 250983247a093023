"""Built-in plugin: the kernel's own CLI subcommands, contributed through ``register_commands`` as any
plugin's are (``purpose run`` from purpose-team, ``purpose models`` from purpose-slm, ...).

Each command module has ``HELP``, ``configure(parser)`` and ``run(args)``; a module that is not there (its
feature has not landed) is not offered. The CLI always registers this plugin itself, so an allow-list of
plugins in the settings cannot take ``purpose plugins`` or ``purpose config`` away.
"""

from __future__ import annotations

import importlib
import importlib.util

from purpose_agent.hookspecs import hookimpl
from purpose_agent.registry import Command, Registry

#: name -> module with ``HELP``, ``configure(parser)`` and ``run(args)``
MODULES: dict[str, str] = {
    "plugins": "purpose_agent.cli.plugins_cmd",
    "config": "purpose_agent.cli.config_cmd",
}


@hookimpl
def register_commands(registry: Registry) -> None:
    for name, module_name in MODULES.items():
        if importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        registry.add(Command(name=name, help=module.HELP, configure=module.configure, run=module.run))
