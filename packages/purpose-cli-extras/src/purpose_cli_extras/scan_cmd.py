"""``purpose scan``: scan text or a JSONL file of cards with every enabled scanner.

``purpose scan "some text"`` or ``purpose scan --file cards.jsonl`` (one card or ``{"text": ...}`` per
line; ``-`` reads standard input). Prints a table of findings and exits 1 when anything is flagged, so it
can gate a script or CI step.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ValidationError

HELP = "scan text or a JSONL file of memory cards for injections, secrets and other threats"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="the text to scan")
    parser.add_argument("--file", "-f", help="a JSONL file of cards or {'text': ...} objects ('-' for stdin)")
    parser.add_argument(
        "--json", action="store_true", help="print one JSON result per input instead of a table"
    )


def _inputs(args: argparse.Namespace) -> list[tuple[str, Any]]:
    if args.text is None and not args.file:
        raise ValidationError("give a text to scan or --file cards.jsonl")
    items: list[tuple[str, Any]] = []
    if args.text is not None:
        items.append(("text", args.text))
    if args.file:
        raw = sys.stdin.buffer.read() if args.file == "-" else _read(Path(args.file))
        for n, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                data = line  # a plain text line is scanned as text
            label = f"line {n}"
            if isinstance(data, dict) and data.get("id"):
                label = f"{label} ({data['id']})"
            items.append((label, data if isinstance(data, (dict, str)) else str(data)))
    return items


def _read(path: Path) -> bytes:
    if not path.is_file():
        raise ValidationError(f"{path} is not a file; pass a JSONL file of cards")
    return path.read_bytes()


def run(args: argparse.Namespace) -> int:
    from purpose_agent.plugin import scan_memory  # lazy: only when this command runs
    from rich.console import Console  # lazy: rich only when this command prints
    from rich.table import Table  # lazy: rich only when this command prints

    results = [(label, scan_memory(data)) for label, data in _inputs(args)]
    flagged = [r for _, r in results if not r.passed]
    if args.json:
        for label, result in results:
            print(json.dumps({"input": label, **result.model_dump(mode="json")}))
        return 1 if flagged else 0
    console = Console(highlight=False, soft_wrap=True)
    table = Table(title=f"scan: {len(results)} input(s), {len(flagged)} flagged")
    for column in ("input", "verdict", "severity", "scanner", "category", "finding", "evidence"):
        table.add_column(column, overflow="fold")
    for label, result in results:
        verdict = "[green]pass[/]" if result.passed else "[bold red]FAIL[/]"
        if not result.threats:
            table.add_row(
                label, verdict, result.severity.value, "-", "-", result.details.get("reason", ""), ""
            )
        for threat in result.threats:
            table.add_row(
                label,
                verdict,
                threat.severity.value,
                threat.scanner,
                f"{threat.category} ({threat.detail})" if threat.detail else threat.category,
                threat.message,
                threat.evidence,
            )
    console.print(table)
    for label, result in results:
        for name, error in (result.details.get("errors") or {}).items():
            console.print(f"[bold red]scanner error[/] {label}: {name}: {error}")
    return 1 if flagged else 0
