"""``purpose memory migrate`` (an action purpose-cli-extras adds to ``purpose memory``): copy a store with
its whole history into another, then prove the copy.

``--from sqlite:///path/memory.db --to postgresql://...`` copies every card with every version and every
audit row through the JSONL exchange format (validated, all-or-nothing), then exports the destination
and compares, card by card, the count of versions and audit rows and a SHA-256 over each card's current
state, versions and status changes. ``--upgrade URL`` brings a store with an older schema up to date in
place, through the store plugin that owns the URL.

Exposure records (which trace showed which card) are not part of the exchange format and are not copied;
the per-card counters (shown, helped, Q-value) are.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import secrets
import tempfile
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    MemoryStoreError,
    ReadOnlyError,
    RunMode,
    ValidationError,
    get_plugin_manager,
    open_store,
    read_jsonl,
)
from purpose_exchange import export_jsonl, import_jsonl
from pydantic import BaseModel, Field

HELP = "copy a store with its history into another and verify it; or --upgrade an older schema"


class Digest(BaseModel):
    cards: int = 0
    versions: int = 0
    audit_rows: int = 0
    per_card: dict[str, str] = Field(default_factory=dict)

    @property
    def sha256(self) -> str:
        joined = "\n".join(f"{k} {v}" for k, v in sorted(self.per_card.items()))
        return hashlib.sha256(joined.encode()).hexdigest()


class MigrationReport(BaseModel):
    source: str
    destination: str
    added: int
    skipped_identical: int
    source_digest: Digest
    destination_digest: Digest
    mismatched: list[str] = Field(default_factory=list)

    @property
    def verified(self) -> bool:
        d, s = self.destination_digest, self.source_digest
        return not self.mismatched and (d.cards, d.versions, d.audit_rows) == (
            s.cards,
            s.versions,
            s.audit_rows,
        )


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", help="source store (path, sqlite:///..., postgresql://...)")
    p.add_argument("--to", dest="destination", help="destination store URL")
    p.add_argument("--upgrade", metavar="URL", help="upgrade the schema of the store at URL in place")


def digest_export(path: Path, only: set[str] | None = None) -> Digest:
    """Counts and per-card hashes of an export file (the store-assigned ``seq`` is left out)."""
    out = Digest()
    for number, _, record in read_jsonl(path):
        if number == 1:  # the header
            continue
        card_id = record["card"]["id"]
        if only is not None and card_id not in only:
            continue
        out.cards += 1
        out.versions += len(record.get("history", []))
        out.audit_rows += len(record.get("audit", []))
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        out.per_card[card_id] = hashlib.sha256(canonical.encode()).hexdigest()
    return out


def migrate(source: str, destination: str, *, manager: Any = None) -> MigrationReport:
    """Copy ``source`` into ``destination`` (all or nothing) and compare both afterwards."""
    if source == destination:
        raise ValidationError("--from and --to name the same store; nothing to migrate")
    src = open_store(source, RunMode.EVAL_TEST, manager=manager)
    try:
        dst = open_store(destination, RunMode.LEARNING_TRAIN, manager=manager)
    except BaseException:
        src.close()
        raise
    try:
        with tempfile.TemporaryDirectory(prefix="purpose-migrate-") as tmp:
            exported = Path(tmp) / "source.jsonl"
            key = secrets.token_bytes(32)  # signs this one copy, so the destination keeps the history
            export_jsonl(src, exported, key=key)
            report = import_jsonl(dst, exported, actor="migrate", key=key)
            copied = Path(tmp) / "destination.jsonl"
            export_jsonl(dst, copied)
            before = digest_export(exported)
            after = digest_export(copied, only=set(before.per_card))
        mismatched = sorted(cid for cid, h in before.per_card.items() if after.per_card.get(cid) != h)
        return MigrationReport(
            source=src.location,
            destination=dst.location,
            added=report.added,
            skipped_identical=report.skipped_identical,
            source_digest=before,
            destination_digest=after,
            mismatched=mismatched,
        )
    finally:
        src.close()
        dst.close()


def upgrade(url: str, *, manager: Any = None) -> list[int]:
    """Upgrade a store's schema through the store plugin that claims ``url`` (its factory's ``upgrade``)."""
    manager = manager or get_plugin_manager()
    name = manager.resolve_store_name(url)
    factory = manager.stores().get(name)
    step = getattr(factory, "upgrade", None)
    if step is None:
        raise MemoryStoreError(
            f"the {name} store has no schema upgrade step; it upgrades itself when opened, or needs none"
        )
    return list(step(url))


def run(args: argparse.Namespace) -> int:
    from rich.console import Console  # lazy: rich only when this command prints

    manager = get_plugin_manager()
    if RunMode.parse(manager.settings.run_mode) is RunMode.EVAL_TEST:  # one line, before anything is opened
        raise ReadOnlyError(
            "cannot memory migrate: run_mode is eval_test (purpose.toml or PURPOSE_AGENT_RUN_MODE), where "
            "memory is read-only"
        )
    console = Console(highlight=False, soft_wrap=True, stderr=args.json)
    if args.upgrade:
        applied = upgrade(args.upgrade, manager=manager)
        if args.json:
            print(json.dumps({"applied": applied}))
        elif applied:
            console.print(f"upgraded the schema to version {applied[-1]} (applied {applied})")
        else:
            console.print("the schema is already current; nothing to do")
        return 0
    if not args.source or not args.destination:
        raise ValidationError("migrate needs --from SOURCE and --to DESTINATION (or --upgrade URL)")
    report = migrate(args.source, args.destination, manager=manager)
    if args.json:
        print(json.dumps({**report.model_dump(mode="json"), "verified": report.verified}, indent=2))
        return 0 if report.verified else 1
    from rich.table import Table  # lazy: rich only when this command prints

    s, d = report.source_digest, report.destination_digest
    table = Table(title=f"migrated {report.source} -> {report.destination}")
    for column in ("", "cards", "versions", "audit rows", "sha256"):
        table.add_column(column)
    table.add_row("source", str(s.cards), str(s.versions), str(s.audit_rows), s.sha256[:16])
    table.add_row("destination", str(d.cards), str(d.versions), str(d.audit_rows), d.sha256[:16])
    console.print(table)
    console.print(f"added {report.added}, already present and identical {report.skipped_identical}")
    if report.verified:
        console.print("[green]verified[/]: counts and content hashes match card by card")
        return 0
    console.print(
        f"[red]NOT verified[/]: {len(report.mismatched)} card(s) differ, e.g. {report.mismatched[:5]}"
    )
    return 1
