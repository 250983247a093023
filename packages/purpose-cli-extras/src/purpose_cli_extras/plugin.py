"""purpose-cli-extras' plugin: its commands, registered through ``register_commands`` as any plugin's.

``purpose memory`` (list, show, history, rollback, review, archive) and ``purpose scan`` are here; ``memory
bisect``, ``migrate``, ``export``, ``import``, ``keygen``, ``diff`` and ``stats`` are commands named
``"memory <action>"``, which the memory command offers as its actions, as it does any plugin's
(docs/architecture.md, "Registries the kernel honours").
"""

from __future__ import annotations

from purpose_agent.plugin import Command, Registry, hookimpl


@hookimpl
def register_commands(registry: Registry) -> None:
    # lazy: the plugin module stays cheap to load; each command's module is imported when it is registered
    from purpose_cli_extras import (
        memory_bisect,
        memory_cmd,
        memory_migrate,
        memory_transfer,
        scan_cmd,
        trace_cmd,
        wizard,
    )

    for name, module in (("memory", memory_cmd), ("scan", scan_cmd)):
        registry.add(Command(name=name, help=module.HELP, configure=module.configure, run=module.run))

    registry.add(Command(name="wizard", help=wizard.HELP, configure=wizard.configure, run=wizard.run))
    registry.add(Command(name="trace", help=trace_cmd.HELP, configure=trace_cmd.configure, run=trace_cmd.run))
    registry.add(
        Command(
            name="memory bisect",
            help=memory_bisect.HELP,
            configure=memory_bisect.configure,
            run=memory_bisect.run,
        )
    )
    registry.add(
        Command(
            name="memory migrate",
            help=memory_migrate.HELP,
            configure=memory_migrate.configure,
            run=memory_migrate.run,
        )
    )
    for action, (configure, run) in memory_transfer.ACTIONS.items():
        help_ = memory_transfer.HELP[action]
        registry.add(Command(name=f"memory {action}", help=help_, configure=configure, run=run))
