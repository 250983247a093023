"""``purpose memory bisect``: find the promotion that made a suite's score drop, then offer to archive it.

The suite is replayed in EVAL_TEST against past states of the store rebuilt from its version and audit
tables (see :mod:`purpose_cli_extras.bisect`), with the same team ``purpose learn`` builds for the same
purpose, so team-scoped memories are retrieved as they were when they were learned.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import RunMode

HELP = "find the promotion that made a suite's score drop (binary search over history)"
DESCRIPTION = (
    "Replay a suite against past states of memory to find the promotion after which its score dropped, "
    "then offer to archive that card. --good/--bad take an audit number (a store version; --list shows "
    "them) or an ISO time."
)


def configure(p: argparse.ArgumentParser) -> None:
    """The options of ``purpose memory bisect`` (``p`` is its parser; ``--store``/``--json`` are memory's)."""
    from purpose_learn import DEFAULT_PURPOSE

    p.description = DESCRIPTION
    p.add_argument("--good", help="a state that scored well: audit number or time")
    p.add_argument("--bad", help="a later state that scores worse: audit number or time")
    p.add_argument("--list", action="store_true", help="list the promotions (audit numbers) and exit")
    p.add_argument("--suite", default="arithmetic", help="built-in suite (default: arithmetic)")
    p.add_argument("--tasks", help="a JSONL file of tasks instead of a suite")
    p.add_argument("-n", "--size", type=int, default=12, help="number of suite tasks (default 12)")
    p.add_argument("--ops", default="*", help="arithmetic operators, from '*+-' (default '*')")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--purpose", default=DEFAULT_PURPOSE, help="the team's purpose (as given to learn)")
    p.add_argument("--model", help="model string (default: settings)")
    p.add_argument("--tolerance", type=float, default=0.0, help="score drop ignored as noise (default 0)")
    answer = p.add_mutually_exclusive_group()
    answer.add_argument("--yes", action="store_true", help="archive the culprit without asking")
    answer.add_argument("--no-rollback", action="store_true", help="report only; change nothing")


def load_tasks(args: argparse.Namespace, manager: Any = None) -> list[Any]:
    """The tasks replayed at each step: a JSONL file, the arithmetic suite with ``--ops``, or any suite."""
    from purpose_agent.plugin import ValidationError
    from purpose_learn import JsonlSuite, arithmetic_cases, resolve_suite

    if args.tasks:
        cases = JsonlSuite(args.tasks).cases(0, args.seed)
    elif args.suite == "arithmetic":
        if not args.ops or not set(args.ops) <= set("*+-"):
            raise ValidationError(f"--ops {args.ops!r} names no operator; use some of '*+-'")
        cases = arithmetic_cases(args.size, args.seed, args.ops)
    else:
        cases = resolve_suite(args.suite, manager).cases(args.size, args.seed)
    return [case.to_task(split="test") for case in cases]


def suite_replay(
    tasks: Sequence[Any],
    *,
    purpose: str,
    model: str | None = None,
    manager: Any = None,
    settings: Any = None,
    backend: Any = None,
    agents: Sequence[Any] | None = None,
    name: str | None = None,
) -> Any:
    """``replay(location) -> mean score`` of ``tasks`` run by the team in EVAL_TEST on that store."""
    from purpose_team import Team

    def replay(location: str) -> float:
        options: dict[str, Any] = {
            "store": location,
            "run_mode": RunMode.EVAL_TEST,
            "manager": manager,
            "backend": backend,
        }
        if settings is not None:
            options["settings"] = settings
        if name is not None:
            options["name"] = name
        team = Team.build(purpose=purpose, model=model, agents=agents, **options)
        try:
            scores = [r.score.value if r.score else 0.0 for r in (team.run_chain(t) for t in tasks)]
        finally:
            team.close()
        return sum(scores) / len(scores) if scores else 0.0

    return replay


def run(args: argparse.Namespace) -> int:
    """Open the store read-only (EVAL_TEST) and bisect it; archiving the culprit opens it for writing."""
    from purpose_agent.plugin import get_plugin_manager, open_store

    manager = get_plugin_manager()
    store = open_store(args.store or manager.settings.store, RunMode.EVAL_TEST, manager=manager)
    try:
        return bisect(store, args)
    finally:
        store.close()


def bisect(store: Any, args: argparse.Namespace) -> int:
    from purpose_agent.plugin import ValidationError, get_plugin_manager
    from rich.console import Console

    from purpose_cli_extras.bisect import bisect_store, promotions

    console = Console(highlight=False, soft_wrap=True, stderr=args.json)
    if args.list:
        return _list(store, console, promotions(store), args.json)
    if args.good is None or args.bad is None:
        raise ValidationError("bisect needs --good and --bad (audit numbers or times); --list shows them")
    manager = get_plugin_manager()
    tasks = load_tasks(args, manager)
    replay = suite_replay(tasks, purpose=args.purpose, model=args.model, manager=manager)

    def progress(step: Any) -> None:
        console.print(
            f"  replayed audit #{step.seq} ({step.promoted} promoted, {step.purpose}): score {step.score:.3f}"
        )

    console.print(f"bisecting {store.location} with {len(tasks)} task(s), good {args.good}, bad {args.bad}")
    result = bisect_store(
        store, args.good, args.bad, replay, tolerance=args.tolerance, manager=manager, progress=progress
    )
    if args.json:
        print(json.dumps({**result.model_dump(mode="json"), "replays": result.replays}, indent=2))
    console.print(f"{result.message} ({result.replays} replays over {result.candidates} promotions)")
    if result.culprit is None:
        return 1 if result.candidates else 0
    card = store.get(result.culprit.card_id)
    console.print(f"  {card.id} [{card.kind}] {card.content[:200]}")
    return _offer_rollback(store, args, result, console)


def _list(store: Any, console: Any, events: Sequence[Any], as_json: bool) -> int:
    if as_json:
        print(json.dumps([e.model_dump(mode="json") for e in events], indent=2))
        return 0
    from rich.table import Table

    table = Table(title=f"promotions in {store.location} ({len(events)})")
    for column in ("audit #", "at", "card", "v", "actor", "reason"):
        table.add_column(column)
    for e in events:
        table.add_row(
            str(e.seq), e.at.isoformat(timespec="seconds"), e.card_id, str(e.version), e.actor, e.reason
        )
    console.print(table)
    return 0


def _offer_rollback(store: Any, args: argparse.Namespace, result: Any, console: Any) -> int:
    from purpose_agent.plugin import get_plugin_manager, open_store

    culprit = result.culprit
    current = store.get(culprit.card_id)
    if current.status.value != "promoted":
        console.print(f"{culprit.card_id} is {current.status.value} now; nothing to roll back")
        return 0
    if args.no_rollback:
        console.print(f"left as is; to archive it: purpose memory bisect ... --yes, or fix {culprit.card_id}")
        return 0
    if not args.yes:
        if not sys.stdin.isatty():
            console.print("not archived (no terminal to ask); rerun with --yes to archive it")
            return 0
        reply = input(f"archive {culprit.card_id} so it is no longer retrieved? [y/N] ").strip().lower()
        if reply not in ("y", "yes"):
            console.print("left as is")
            return 0
    reason = (
        f"memory bisect: after this promotion (audit #{culprit.seq}) the suite score dropped from "
        f"{result.score_before:.3f} to {result.score_after:.3f}"
    )
    manager = get_plugin_manager()
    writer = open_store(args.store or manager.settings.store, RunMode.LEARNING_TRAIN, manager=manager)
    try:
        writer.transition(culprit.card_id, "archived", reason=reason, actor="bisect")
    finally:
        writer.close()
    console.print(f"archived {culprit.card_id}: {reason}")
    return 0
