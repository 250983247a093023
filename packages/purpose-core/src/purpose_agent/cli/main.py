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

#: Core subcommands: name -> module with ``HELP``, ``configure(parser)`` and ``run(args)``. A module that
#: is not there yet (its feature has not landed) is simply not offered.
CORE_COMMANDS: dict[str, str] = {
    "plugins": "purpose_agent.cli.plugins_cmd",
    "config": "purpose_agent.cli.config_cmd",
    "memory": "purpose_agent.cli.memory_cmd",
    "scan": "purpose_agent.cli.scan_cmd",
    "run": "purpose_agent.cli.run_cmd",
    "learn": "purpose_agent.cli.learn_cmd",
    "trace": "purpose_agent.cli.trace_cmd",
    "bench": "purpose_agent.cli.bench_cmd",
    "wizard": "purpose_agent.cli.wizard",
}

#: Commands that work without loading plugins (so a broken plugin cannot stop them).
NO_PLUGIN_COMMANDS = {"config"}


def _core_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    import importlib
    import importlib.util

    for name, module_name in CORE_COMMANDS.items():
        if importlib.util.find_spec(module_name) is None:
            continue
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(p)
        p.set_defaults(_run=module.run)


def build_parser(manager: object | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="purpose",
        description="Purpose Agent: a local-first self-improvement kernel for LLM agents.",
    )
    parser.add_argument("--version", action="version", version=f"purpose-agent {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (to stderr)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _core_commands(sub)
    if manager is not None:
        for entry in manager.commands().entries():  # type: ignore[attr-defined]
            command = entry.item
            p = sub.add_parser(command.name, help=f"{command.help} [{entry.plugin}]")
            command.configure(p)
            p.set_defaults(_run=command.run)
    return parser


def _error(message: str) -> None:
    from rich.console import Console
    from rich.markup import escape

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]error:[/] {escape(message)}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = os.environ.get("PURPOSE_AGENT_DEBUG") == "1"
    try:
        if not argv and sys.stdin.isatty() and sys.stdout.isatty():
            from purpose_agent.cli.wizard import Wizard  # a person at a terminal: walk them through it

            return int(Wizard().start() or 0)
        if any(a in ("--version", "-h", "--help") for a in argv[:1]) or not argv:
            manager = None
        else:
            from purpose_agent.plugins import get_plugin_manager

            manager = get_plugin_manager() if argv[0] not in NO_PLUGIN_COMMANDS else None
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
