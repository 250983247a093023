"""``purpose memory review``: a person approves or rejects what waits in quarantine.

Without an id it shows the queue; with ``ID --approve/--reject --reason`` it decides one card; with
``--interactive`` (the default on a terminal when no id is given) it walks the queue asking for each.
Decisions go through memory CI (trust rules included) and into the same audit log as everything else.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from purpose_agent.plugin import ValidationError


def configure(sub: Any) -> None:
    p = sub.add_parser("review", help="approve or reject quarantined candidates (the human in memory CI)")
    p.add_argument("id", nargs="?", help="the card to decide (omit to list or walk the queue)")
    decision = p.add_mutually_exclusive_group()
    decision.add_argument("--approve", action="store_true", help="promote the card")
    decision.add_argument("--reject", action="store_true", help="reject the card")
    p.add_argument("--reason", help="why (required for a decision; written to the audit log)")
    p.add_argument("--interactive", action="store_true", help="ask about each quarantined card in turn")
    p.add_argument("--actor", default="user", help="who decides (recorded in the audit log)")


def _evidence_lines(card: Any) -> list[str]:
    evidence = card.provenance.evidence
    lines = [
        f"{card.id}  {card.kind}  trust {card.trust:.2f}  from {card.provenance.optimizer or '?'} "
        f"({', '.join(card.provenance.source_traces) or 'no trace'})",
        f"  {card.content}",
    ]
    scan = evidence.get("scan")
    if scan:
        threats = scan.get("threats") or []
        lines.append(
            f"  scan: {'passed' if scan.get('passed') else 'FAILED'}"
            + (f", {len(threats)} finding(s)" if threats else "")
        )
    replay = evidence.get("replay")
    if replay:
        lines.append(f"  replay: {replay.get('reason')} [rule: {replay.get('statement')}]")
    else:
        lines.append("  replay: not run yet")
    return lines


def run_review(store: Any, args: argparse.Namespace) -> int:
    from purpose_agent.plugin import MemoryCI, get_plugin_manager  # lazy: only when this command runs
    from rich.console import Console  # lazy: rich only when this command prints

    console = Console(highlight=False, soft_wrap=True)
    ci = MemoryCI(store, manager=get_plugin_manager())
    if args.id:
        if not (args.approve or args.reject):
            for line in _evidence_lines(store.get(args.id)):
                console.print(line)
            return 0
        if not args.reason:
            raise ValidationError("a decision needs --reason (it goes into the audit log)")
        outcome = ci.review(args.id, approve=args.approve, reason=args.reason, actor=args.actor)
        console.print(f"{outcome.card_id}: [bold]{outcome.status}[/] ({outcome.reason})")
        return 0
    queue = store.list_cards(statuses=["quarantined"], limit=1000)
    if getattr(args, "json", False):
        print(json.dumps([c.model_dump(mode="json") for c in queue], indent=2))
        return 0
    if not queue:
        console.print("nothing waits in quarantine")
        return 0
    interactive = (args.interactive or sys.stdin.isatty()) and not getattr(args, "read_only", False)
    for card in queue:
        for line in _evidence_lines(card):
            console.print(line)
        if not interactive:
            continue
        from rich.prompt import Prompt  # lazy: rich only when this command prints

        answer = Prompt.ask("approve, reject or skip?", choices=["a", "r", "s"], default="s", console=console)
        if answer == "s":
            continue
        reason = Prompt.ask("reason", console=console) or "reviewed"
        outcome = ci.review(card.id, approve=answer == "a", reason=reason, actor=args.actor)
        console.print(f"  -> [bold]{outcome.status}[/]")
    if not interactive:
        console.print(
            f"{len(queue)} card(s) in quarantine; decide with: purpose memory review ID --approve|--reject "
            f"--reason '...'"
        )
    return 0
