"""``purpose models``: the model presets, and whether the backend each one needs is installed."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from purpose_agent.plugin import Command

from purpose_slm.presets import PRESETS

HELP = "list the model presets (context size, template quirks, tool calling, sampling)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def run(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import get_plugin_manager

    installed = set(get_plugin_manager().backends().names())
    if args.json:
        rows = [{**asdict(p), "backend_installed": p.backend in installed} for p in PRESETS.values()]
        print(json.dumps(rows, indent=2))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"model presets ({len(PRESETS)})", show_lines=True)
    for column in ("model", "backend", "context", "template", "tools", "sampling", "quirks"):
        table.add_column(column, overflow="fold")
    for p in PRESETS.values():
        backend = p.backend if p.backend in installed else f"{p.backend} [red](not installed)[/]"
        sampling = ", ".join(f"{k}={v}" for k, v in p.sampling.items())
        context = f"{p.context_size} (trained {p.trained_context})"
        table.add_row(
            p.name, backend, context, p.chat_template, p.tool_calling, sampling, "\n".join(p.quirks)
        )
    Console(highlight=False).print(table)
    return 0


COMMAND = Command(name="models", help=HELP, configure=configure, run=run)
