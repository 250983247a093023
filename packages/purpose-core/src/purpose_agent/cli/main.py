"""Entry point of the ``purpose`` command: argument parsing, plugin commands, one-line errors.

Plugin subcommands arrive through the ``register_commands`` hook. Any :class:`PurposeError` becomes one
clear line on stderr and its exit status, never a traceback; ``PURPOSE_AGENT_DEBUG=1`` shows the
traceback for developers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from purpose_agent._version import __version__
from purpose_agent.errors import PurposeError


def _builtin_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from purpose_agent.cli import config_cmd, plugins_cmd

    p = sub.add_parser("plugins", help="list every plugin with its kind, distribution, version and state")
    plugins_cmd.configure(p)
    p.set_defaults(_run=plugins_cmd.run)

    p = sub.add_parser("config", help="show the settings in force and where they came from")
    config_cmd.configure(p)
    p.set_defaults(_run=config_cmd.run)


def build_parser(manager: object | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="purpose",
        description="Purpose Agent: a local-first self-improvement kernel for LLM agents.",
    )
    parser.add_argument("--version", action="version", version=f"purpose-agent {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (to stderr)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _builtin_commands(sub)
    if manager is not None:
        for entry in manager.commands().entries():  # type: ignore[attr-defined]
            command = entry.item
            p = sub.add_parser(command.name, help=f"{command.help} [{entry.plugin}]")
            command.configure(p)
            p.set_defaults(_run=command.run)
    return parser


def _error(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]error:[/] {message}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = os.environ.get("PURPOSE_AGENT_DEBUG") == "1"
    try:
        if any(a in ("--version", "-h", "--help") for a in argv[:1]) or not argv:
            manager = None
        else:
            from purpose_agent.plugins import get_plugin_manager

            manager = get_plugin_manager() if argv[0] not in ("config",) else None
        parser = build_parser(manager)
        args = parser.parse_args(argv)
        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
        run = getattr(args, "_run", None)
        if run is None:
            parser.print_help()
            return 0
        return int(run(args) or 0)
    except PurposeError as exc:
        if debug:
            raise
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
