"""``purpose plugins``: what is installed, what it provides, and whether it is on."""

from __future__ import annotations

import argparse
import json

from purpose_agent.plugins import DISABLED, ENABLED, FAILED, get_plugin_manager

HELP = "list every plugin with its kind, distribution, version and state"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    manager = get_plugin_manager()
    # Build every registry so a hook that raises shows up as a failed plugin here.
    for family in (
        "backends",
        "scanners",
        "evaluators",
        "memory_kinds",
        "tools",
        "optimizers",
        "strategies",
        "retrievers",
        "stores",
        "commands",
    ):
        getattr(manager, family)()
    infos = manager.plugin_infos()
    if args.json:
        print(json.dumps([vars(i) for i in infos], indent=2))
        return 0
    from rich.console import Console  # lazy: rich only when this command prints
    from rich.table import Table  # lazy: rich only when this command prints

    style = {ENABLED: "green", DISABLED: "yellow", FAILED: "bold red"}
    table = Table(title=f"purpose_agent plugins ({len(infos)})")
    for column in ("plugin", "kind", "distribution", "version", "state"):
        table.add_column(column)
    for info in infos:
        kinds = ", ".join(info.kinds) if info.state == ENABLED else "-"
        state = f"[{style[info.state]}]{info.state}[/]"
        table.add_row(info.name, kinds or "(none yet)", info.distribution, info.version, state)
    console = Console(highlight=False)
    console.print(table)
    for problem in manager.problems:
        console.print(f"[bold red]problem:[/] {problem}", soft_wrap=True)
    return 1 if any(i.state == FAILED for i in infos) else 0
