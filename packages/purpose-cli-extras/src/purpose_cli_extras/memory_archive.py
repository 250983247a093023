"""``purpose memory archive <id> --reason``: retire a promoted memory, with an audit entry.

The card leaves every prompt; its versions and audit trail stay, and ``purpose memory rollback`` can
restore it. Only a promoted card can be archived (a candidate or quarantined one is rejected instead).
"""

from __future__ import annotations

import argparse
from typing import Any


def configure(sub: Any) -> None:
    p = sub.add_parser("archive", help="retire a promoted memory (it leaves every prompt; history stays)")
    p.add_argument("id")
    p.add_argument("--reason", required=True, help="why (written to the audit log)")


def run(store: Any, args: argparse.Namespace) -> int:
    from rich.console import Console  # lazy: rich only when this command prints

    from purpose_cli_extras.governance import archive  # lazy: only when this command runs

    card = archive(store, args.id, reason=args.reason, actor="cli")
    Console(highlight=False, soft_wrap=True).print(
        f"{card.id}: archived (v{card.version}); it no longer reaches any prompt. "
        f"`purpose memory history {card.id}` shows the trail"
    )
    return 0
