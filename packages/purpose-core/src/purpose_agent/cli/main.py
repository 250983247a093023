"""Entry point of the ``purpose`` command: argument parsing, plugin commands, one-line errors.

Subcommands arrive through the ``register_commands`` hook: the kernel's own (``builtins.commands``,
always present) and every enabled plugin's, which ``purpose --help`` lists with the plugin's name. Any
:class:`PurposeError` becomes one clear line on stderr and its exit status, never a traceback;
``PURPOSE_AGENT_DEBUG=1`` shows the traceback for developers.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from purpose_agent._version import __version__
from purpose_agent.builtins import commands
from purpose_agent.errors import PluginNotFoundError, PurposeError
from purpose_agent.registry import Command, Entry, Registry

#: Commands that work without loading plugins (so a broken plugin cannot stop them).
NO_PLUGIN_COMMANDS = {"config"}

#: Commands that left the kernel for a distribution of their own: asked for without it, they say in one
#: line what to install instead of argparse's "invalid choice".
ELSEWHERE = {
    "run": "purpose-team",
    "bench": "purpose-eval",
    "learn": "purpose-learn",
    **{name: "purpose-cli-extras" for name in ("wizard", "trace", "memory", "scan")},
}


def _entries(manager: Any) -> list[Entry[Command]]:
    core: Registry[Command] = Registry("command", current_plugin="core-commands")
    commands.register_commands(registry=core)  # the kernel's own, through the same hook as plugins'
    return [*core.entries(), *(manager.commands().entries() if manager is not None else [])]


def _wanted(argv: Sequence[str]) -> str:
    """The command ``argv`` asks for: its first word that is not an option."""
    return next((arg for arg in argv if not arg.startswith("-")), "")


def _refuse_moved(argv: Sequence[str], manager: Any) -> None:
    wanted = _wanted(argv)
    dist = ELSEWHERE.get(wanted)
    if dist is not None and wanted not in {entry.item.name for entry in _entries(manager)}:
        raise PluginNotFoundError(
            f"`purpose {wanted}` comes from {dist}, which is not installed or is disabled: pip install {dist}"
        )


def build_parser(manager: Any = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="purpose",
        description="Purpose Agent: a local-first self-improvement kernel for LLM agents.",
    )
    parser.add_argument("--version", action="version", version=f"purpose-agent {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (to stderr)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for entry in _entries(manager):
        command = entry.item
        if command.name in sub.choices or " " in command.name:  # no replacing a kernel command;
            continue  # "memory <action>" is an action of `purpose memory` (purpose-cli-extras)
        label = command.help if entry.plugin == "core-commands" else f"{command.help} [{entry.plugin}]"
        p = sub.add_parser(command.name, help=label, description=command.help)
        command.configure(p)
        p.set_defaults(_run=command.run)
    return parser


def _at_a_terminal() -> list[str]:
    """A bare ``purpose`` at a terminal starts the wizard when a plugin provides it (purpose-cli-extras),
    else shows the help."""
    from purpose_agent.plugins import get_plugin_manager  # lazy: only for a person at a terminal

    return ["wizard"] if "wizard" in get_plugin_manager().commands() else ["--help"]


def _error(message: str) -> None:
    from rich.console import Console  # lazy: rich only when an error is printed
    from rich.markup import escape  # lazy: as above

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"[bold red]error:[/] {escape(message)}")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = os.environ.get("PURPOSE_AGENT_DEBUG") == "1"
    try:
        if not argv and sys.stdin.isatty() and sys.stdout.isatty():
            argv = _at_a_terminal()
        if argv[:1] == ["--version"] or argv[:1] == [] or argv[0] in NO_PLUGIN_COMMANDS:
            manager = None
        else:  # --help too: it lists the installed plugins' commands
            from purpose_agent.plugins import get_plugin_manager  # lazy: --version and config load none

            manager = get_plugin_manager()
            _refuse_moved(argv, manager)
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
    except (OSError, UnicodeError, RecursionError, ValueError) as exc:  # bad input from outside: one line
        if debug:
            raise
        _error(_input_error(exc))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


def _input_error(exc: BaseException) -> str:
    """What went wrong with a file, a path or a text the user gave, in one line."""
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    if isinstance(exc, UnicodeDecodeError):
        return f"input is not UTF-8 text ({exc.reason} at byte {exc.start}); convert it to UTF-8"
    if isinstance(exc, UnicodeEncodeError):
        return f"input holds characters that are not valid Unicode ({exc.reason}); fix its encoding"
    if isinstance(exc, RecursionError):
        return "input is nested too deeply to read"
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:500]


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
