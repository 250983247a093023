"""``purpose config show``: the merged settings and their source."""

from __future__ import annotations

import argparse
import json

from purpose_agent.config import load_settings

HELP = "show the settings in force and where they came from"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="config_action", metavar="ACTION")
    show = sub.add_parser("show", help="print the settings in force")
    show.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    data = settings.model_dump(mode="json")
    if getattr(args, "json", False):
        print(json.dumps({"source": settings.source, "settings": data}, indent=2))
        return 0
    from rich.console import Console  # lazy: rich only when this command prints
    from rich.syntax import Syntax  # lazy: rich only when this command prints

    console = Console(highlight=False)
    console.print(
        f"# source: {settings.source or 'built-in defaults'} (environment PURPOSE_AGENT_* overrides)"
    )
    console.print(Syntax(json.dumps(data, indent=2), "json", theme="ansi_dark", background_color="default"))
    return 0
