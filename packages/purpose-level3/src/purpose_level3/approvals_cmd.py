"""``purpose approvals``: answer approval requests that a running agent is waiting on.

A program that uses :class:`purpose_level3.approval.QueueApprover` writes each request to
``<folder>/pending``; this command lists them and writes the answer the program is polling for, so a
person can approve a tool call or a memory promotion from another shell.
"""

from __future__ import annotations

import argparse
import getpass
import json

HELP = "list pending approval requests and approve or deny them"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--folder", default=".purpose/approvals", help="approval queue folder")
    sub = parser.add_subparsers(dest="approval_action", metavar="ACTION")
    sub.add_parser("list", help="pending requests (the default)")
    for name in ("approve", "deny"):
        p = sub.add_parser(name, help=f"{name} a pending request")
        p.add_argument("id", help="request id (from `purpose approvals list`)")
        p.add_argument("--reason", default="", help="why (kept with the decision)")


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from purpose_level3.approval import QueueApprover

    queue = QueueApprover(args.folder)
    console = Console(highlight=False)
    action = getattr(args, "approval_action", None)
    if action in ("approve", "deny"):
        who = f"cli:{getpass.getuser()}"
        queue.answer(args.id, approved=action == "approve", by=who, reason=args.reason)
        console.print(f"{args.id}: {'approved' if action == 'approve' else 'denied'} by {who}")
        return 0
    pending = queue.pending()
    if not pending:
        console.print(f"no pending approvals in {args.folder}")
    for request in pending:
        details = json.dumps(request.details, ensure_ascii=False)[:200]
        console.print(f"[bold]{request.id}[/]  {request.kind}: {request.subject}  {details}")
    return 0
