"""``purpose memory``: inspect and govern the memory store.

Its own actions decide what reaches a prompt and let a person see why: list, show, history, rollback,
review and archive. More arrive as ``"memory <action>"`` commands (this distribution's export, import,
keygen, diff, stats, bisect and migrate; any plugin may add one).

Commands that only read (list, show, history) open the store in EVAL_TEST mode, so looking at memory can
never change it. rollback, review decisions and archive open it in LEARNING_TRAIN mode and write an
audit trail like any other change; with ``run_mode = "eval_test"`` in the settings (or
``PURPOSE_AGENT_RUN_MODE``) every such write is refused with one line.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from purpose_agent.plugin import ReadOnlyError, RunMode

from purpose_cli_extras import memory_archive, memory_review

HELP = (
    "inspect and govern memory: list, show, history, rollback, review, archive, export, import, keygen, "
    "diff, stats, bisect, migrate"
)

_STATUS_STYLE = {
    "candidate": "cyan",
    "quarantined": "yellow",
    "promoted": "green",
    "rejected": "red",
    "archived": "dim",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", help="store path or URL (default: the configured store)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    sub = parser.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list cards")
    p.add_argument("--status", action="append", help="only this status (repeatable)")
    p.add_argument("--kind", action="append", help="only this kind (repeatable)")
    p.add_argument("--query", help="rank by relevance to this text instead of listing in order")
    p.add_argument("--limit", type=int, default=50)
    p = sub.add_parser("show", help="show one card in full")
    p.add_argument("id")
    p = sub.add_parser("history", help="versions and status changes of one card")
    p.add_argument("id")
    p = sub.add_parser("rollback", help="make an earlier version current again (as a new version)")
    p.add_argument("id")
    p.add_argument("version", type=int)
    p.add_argument("--reason", required=True, help="why (written to the version history)")
    memory_review.configure(sub)
    memory_archive.configure(sub)
    for action, command in plugin_actions().items():
        p = sub.add_parser(action, help=command.help, description=command.help)
        command.configure(p)


def plugin_actions() -> dict[str, Any]:
    """Actions added to ``purpose memory`` as commands registered under ``"memory <action>"`` (this
    distribution's ``memory bisect``, ...). The command's own actions cannot be replaced."""
    from purpose_agent.plugin import get_plugin_manager  # lazy: --help of other commands loads no store

    own = {"list", "show", "history", "rollback", "review", "archive"}
    found = {}
    for entry in get_plugin_manager().commands().entries():
        kind, _, action = entry.item.name.partition(" ")
        if kind == "memory" and action and action not in own:
            found[action] = entry.item
    return found


def _open(args: argparse.Namespace, mode: RunMode) -> Any:
    from purpose_agent.plugin import get_plugin_manager, open_store  # lazy: only when this command runs

    manager = get_plugin_manager()
    location = args.store or manager.settings.store
    return open_store(location, mode, manager=manager)


def _console() -> Any:
    from rich.console import Console  # lazy: rich only when this command prints

    return Console(highlight=False, soft_wrap=True)


def _status(value: str) -> str:
    return f"[{_STATUS_STYLE.get(value, 'white')}]{value}[/]"


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def run(args: argparse.Namespace) -> int:
    action = args.memory_command
    extra = plugin_actions().get(action)
    if extra is not None:  # a plugin's action opens what it needs itself
        return int(extra.run(args) or 0)
    writes = action in ("rollback", "archive") or (
        action == "review" and (args.approve or args.reject or args.interactive)
    )
    if writes:
        refuse_in_eval_test(f"memory {action}")
    if action == "review" and not writes:  # listing the queue; on a terminal it may ask for decisions
        writes = not _eval_test()
        args.read_only = not writes
    store = _open(args, RunMode.LEARNING_TRAIN if writes else RunMode.EVAL_TEST)
    try:
        return _ACTIONS[action](store, args)
    finally:
        store.close()


def _list(store: Any, args: argparse.Namespace) -> int:
    from rich.table import Table  # lazy: rich only when this command prints

    if args.query:
        statuses = args.status or ["promoted"]
        found = store.retrieve(args.query, kinds=args.kind, statuses=statuses, k=args.limit)
        rows = [(card, score) for card, score in found]
    else:
        rows = [
            (card, None) for card in store.list_cards(statuses=args.status, kinds=args.kind, limit=args.limit)
        ]
    if args.json:
        print(json.dumps([{**c.to_json_dict(), "score": s} for c, s in rows], indent=2))
        return 0
    table = Table(title=f"memory in {store.location} ({len(rows)} shown)")
    for column in ("id", "kind", "status", "v", "trust", "q", "shown", "scope"):
        table.add_column(column, no_wrap=column in ("id", "kind", "status"))
    table.add_column("content", ratio=1)
    if args.query:
        table.add_column("score")
    for card, score in rows:
        scope = "global" if card.scope.is_global else _scope_text(card.scope)
        cells = [
            card.id,
            card.kind,
            _status(card.status.value),
            str(card.version),
            f"{card.trust:.2f}",
            f"{card.utility.q_value:.2f}",
            str(card.utility.shown),
            scope,
            _short(card.content),
        ]
        if args.query:
            cells.append(f"{score:.3g}")
        table.add_row(*cells)
    _console().print(table)
    return 0


def _scope_text(scope: Any) -> str:
    parts = [
        f"{k}={v}" for k, v in (("team", scope.team), ("agent", scope.agent), ("task", scope.task_type)) if v
    ]
    if scope.tool_names:
        parts.append("tools=" + ",".join(scope.tool_names))
    return " ".join(parts)


def _show(store: Any, args: argparse.Namespace) -> int:
    card = store.get(args.id)
    if args.json:
        print(json.dumps(card.to_json_dict(), indent=2))
        return 0
    from purpose_agent.plugin import flatten_fields  # lazy: only when this command runs
    from rich.panel import Panel  # lazy: rich only when this command prints
    from rich.table import Table  # lazy: rich only when this command prints

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("kind", card.kind)
    table.add_row("status", _status(card.status.value))
    table.add_row("version", str(card.version))
    table.add_row("scope", "global" if card.scope.is_global else _scope_text(card.scope))
    table.add_row("trust", f"{card.trust:.2f}")
    u = card.utility
    table.add_row("utility", f"shown {u.shown}, helped {u.helped}, q {u.q_value:.3f}")
    p = card.provenance
    table.add_row("provenance", f"optimizer {p.optimizer or '-'}; traces {', '.join(p.source_traces) or '-'}")
    if p.evidence:
        table.add_row("evidence", json.dumps(p.evidence, ensure_ascii=False)[:500])
    table.add_row("content", card.content)
    for line in flatten_fields(card.fields):
        key, _, value = line.partition(": ")
        table.add_row(f"fields.{key}", value)
    table.add_row("created", card.created_at.isoformat())
    table.add_row("updated", card.updated_at.isoformat())
    _console().print(Panel(table, title=card.id))
    return 0


def _history(store: Any, args: argparse.Namespace) -> int:
    versions = store.history(args.id)
    audit = store.audit(args.id)
    if args.json:
        print(
            json.dumps(
                {
                    "versions": [v.model_dump(mode="json") for v in versions],
                    "audit": [a.model_dump(mode="json") for a in audit],
                },
                indent=2,
            )
        )
        return 0
    from rich.table import Table  # lazy: rich only when this command prints

    vt = Table(title=f"versions of {args.id}")
    for column in ("v", "at", "actor", "reason", "content"):
        vt.add_column(column)
    for v in versions:
        vt.add_row(
            str(v.version), v.at.isoformat(timespec="seconds"), v.actor, v.reason, _short(v.card.content)
        )
    at = Table(title=f"status changes of {args.id}")
    for column in ("#", "at", "from", "to", "actor", "reason"):
        at.add_column(column)
    for a in audit:
        at.add_row(
            str(a.seq),
            a.at.isoformat(timespec="seconds"),
            a.old_status or "-",
            _status(a.new_status),
            a.actor,
            a.reason,
        )
    console = _console()
    console.print(vt)
    console.print(at)
    return 0


def _rollback(store: Any, args: argparse.Namespace) -> int:
    from purpose_cli_extras.governance import rollback  # lazy: only when this command runs

    done = rollback(store, args.id, args.version, reason=args.reason, actor="cli")
    status = (
        f"; status {done.status_before} -> {done.status_restored}, as at v{args.version}"
        if done.status_restored
        else (f"; {done.note}" if done.note else "")
    )
    _console().print(
        f"{done.card.id}: content of v{args.version} is current again as v{done.card.version}{status}"
    )
    return 0


def _eval_test() -> bool:
    from purpose_agent.plugin import get_plugin_manager  # lazy: plugins load when it runs

    return RunMode.parse(get_plugin_manager().settings.run_mode) is RunMode.EVAL_TEST


def refuse_in_eval_test(what: str) -> None:
    """One line, before anything is opened: EVAL_TEST means memory is read-only for every command."""
    if _eval_test():
        raise ReadOnlyError(
            f"cannot {what}: run_mode is eval_test (purpose.toml or PURPOSE_AGENT_RUN_MODE), where memory "
            f"is read-only"
        )


_ACTIONS = {
    "list": _list,
    "show": _show,
    "history": _history,
    "rollback": _rollback,
    "review": memory_review.run_review,
    "archive": memory_archive.run,
}
