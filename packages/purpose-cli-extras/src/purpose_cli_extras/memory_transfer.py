"""``purpose memory export|import|keygen|diff|stats``: move a store's cards between machines, and look closer.

Actions of ``purpose memory`` (registered as ``"memory <action>"`` commands; the kernel keeps ``list``,
``show``, ``history``, ``rollback``, ``review`` and ``archive``, the actions that govern what reaches a
prompt). The work is purpose-exchange's (``export_jsonl``, ``import_jsonl``: the file format), the store
protocol's (``import_records``: the import gate; ``diff``, ``stats``) and memory CI's, both in the kernel;
these are their command-line faces.

export, diff and stats open the store in EVAL_TEST mode, so they can never change it. import opens it in
LEARNING_TRAIN mode and writes an audit trail like any other change; with ``run_mode = "eval_test"`` it
is refused with one line before anything is opened. An import goes through memory CI: unless the file's
signature verifies with the user's key (``purpose memory keygen``), every card in it arrives as a
candidate and is scanned and gated like anything an optimizer proposes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    MemoryCI,
    ReadOnlyError,
    RunMode,
    get_plugin_manager,
    open_store,
)
from purpose_exchange import default_key_path, export_jsonl, generate_key, import_jsonl, load_key

HELP = {
    "export": "write every card with its history to a JSONL file",
    "import": "import a JSONL export (all of it or nothing) through memory CI",
    "keygen": "make the key that signs exports (a 0600 file you keep)",
    "diff": "what changed between two versions of a card",
    "stats": "counts by status and kind, versions, audit rows, size",
}
_KEY_HELP = "key file (default: $PURPOSE_AGENT_EXPORT_KEY or ~/.config/purpose-agent/export.key)"
_STATUS_STYLE = {
    "candidate": "cyan",
    "quarantined": "yellow",
    "promoted": "green",
    "rejected": "red",
    "archived": "dim",
}


def configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("path")
    p.add_argument("--sign", action="store_true", help="sign it with your key (see keygen)")
    p.add_argument("--key", help=_KEY_HELP)


def configure_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("path")
    p.add_argument(
        "--key", help="key that signed the export; without a verified signature cards are re-gated"
    )


def configure_keygen(p: argparse.ArgumentParser) -> None:
    p.add_argument("--key", help="where to write it (default: ~/.config/purpose-agent/export.key)")
    p.add_argument("--force", action="store_true", help="replace an existing key")


def configure_diff(p: argparse.ArgumentParser) -> None:
    p.add_argument("id")
    p.add_argument("a", type=int)
    p.add_argument("b", type=int)


def configure_stats(p: argparse.ArgumentParser) -> None:
    """``stats`` takes no options of its own (``--store`` and ``--json`` are ``purpose memory``'s)."""


def _console() -> Any:
    from rich.console import Console  # lazy: rich only when a command prints

    return Console(highlight=False, soft_wrap=True)


def _with_store(action: Callable[[Any, argparse.Namespace], int], mode: RunMode) -> Callable[..., int]:
    def run(args: argparse.Namespace) -> int:
        manager = get_plugin_manager()
        if mode is not RunMode.EVAL_TEST and RunMode.parse(manager.settings.run_mode) is RunMode.EVAL_TEST:
            raise ReadOnlyError(  # one line, before anything is opened
                f"cannot memory {args.memory_command}: run_mode is eval_test (purpose.toml or "
                f"PURPOSE_AGENT_RUN_MODE), where memory is read-only"
            )
        store = open_store(args.store or manager.settings.store, mode, manager=manager)
        try:
            return action(store, args)
        finally:
            store.close()

    return run


def _key_path(args: argparse.Namespace) -> Path:
    return Path(args.key).expanduser() if getattr(args, "key", None) else default_key_path()


def run_keygen(args: argparse.Namespace) -> int:
    path = _key_path(args)
    kid = generate_key(path, force=args.force)
    _console().print(f"wrote export key {kid} to {path} (mode 0600); keep it private and back it up")
    return 0


def _export(store: Any, args: argparse.Namespace) -> int:
    key = load_key(_key_path(args)) if args.sign or args.key else None
    count = export_jsonl(store, args.path, key=key)
    signed = " (signed)" if key else ""
    _console().print(f"exported {count} card(s) with their history to {args.path}{signed}")
    return 0


def _import(store: Any, args: argparse.Namespace) -> int:
    path = _key_path(args)
    key = load_key(path) if args.key or path.is_file() else None
    report = import_jsonl(store, args.path, actor="cli", key=key)
    console = _console()
    if report.signature == "verified":
        console.print(
            f"imported {report.added} card(s) with their history (signature verified); "
            f"{report.skipped_identical} already present unchanged"
        )
        return 0
    ci = MemoryCI(store, manager=get_plugin_manager())
    counts: dict[str, int] = {}
    for card_id in report.regated:
        outcome = ci.screen(store.get(card_id))
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "none new"
    console.print(
        f"imported {report.added} card(s) as candidates (signature: {report.signature}), through memory CI: "
        f"{summary}; {report.skipped_identical} already present unchanged"
    )
    return 0


def _diff(store: Any, args: argparse.Namespace) -> int:
    diff = store.diff(args.id, args.a, args.b)
    if args.json:
        print(diff.model_dump_json(indent=2))
        return 0
    console = _console()
    if not diff.changed:
        console.print(f"{args.id}: v{args.a} and v{args.b} are the same")
        return 0
    for key, (old, new) in diff.changes.items():
        if key == "content":
            continue
        console.print(
            f"[bold]{key}[/]: [red]{json.dumps(old, ensure_ascii=False)}[/] -> "
            f"[green]{json.dumps(new, ensure_ascii=False)}[/]"
        )
    if diff.content_diff:
        from rich.syntax import Syntax  # lazy: rich only when a command prints

        console.print(Syntax(diff.content_diff, "diff", theme="ansi_dark", background_color="default"))
    return 0


def _stats(store: Any, args: argparse.Namespace) -> int:
    stats = store.stats()
    if args.json:
        print(stats.model_dump_json(indent=2))
        return 0
    from rich.table import Table  # lazy: rich only when a command prints

    table = Table(title=f"memory store {stats.location}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("cards", str(stats.cards))
    for status, n in sorted(stats.by_status.items()):
        table.add_row(f"  [{_STATUS_STYLE.get(status, 'white')}]{status}[/]", str(n))
    for kind, n in sorted(stats.by_kind.items()):
        table.add_row(f"  kind {kind}", str(n))
    table.add_row("versions", str(stats.versions))
    table.add_row("status changes (audit rows)", str(stats.audit_rows))
    table.add_row("exposures recorded", str(stats.exposures))
    if stats.size_bytes is not None:
        table.add_row("size", f"{stats.size_bytes / 1e6:.2f} MB")
    _console().print(table)
    return 0


#: action -> (configure, run), registered by the plugin as ``"memory <action>"``
ACTIONS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]] = {
    "export": (configure_export, _with_store(_export, RunMode.EVAL_TEST)),
    "import": (configure_import, _with_store(_import, RunMode.LEARNING_TRAIN)),
    "keygen": (configure_keygen, run_keygen),
    "diff": (configure_diff, _with_store(_diff, RunMode.EVAL_TEST)),
    "stats": (configure_stats, _with_store(_stats, RunMode.EVAL_TEST)),
}
