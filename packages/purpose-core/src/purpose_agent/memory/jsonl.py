"""The JSONL exchange format for memory: one header line, then one line per card with its history.

An export is a complete backup (every version and every status change), so importing it into an empty
store reproduces history, diff and rollback. Import is all-or-nothing: the whole file is parsed and
validated before anything is written, and every problem names the line and the field.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError as PydanticValidationError

from purpose_agent.errors import ValidationError
from purpose_agent.memory.card import MemoryCard, describe_errors
from purpose_agent.memory.store import AuditEntry, VersionEntry

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.memory.kinds import KindCatalog

FORMAT = "purpose-memory"
SCHEMA_VERSION = 1


@dataclass
class ImportRecord:
    line: int
    card: MemoryCard
    history: list[VersionEntry]
    audit: list[AuditEntry]


def export_line(card: MemoryCard, history: list[VersionEntry], audit: list[AuditEntry]) -> str:
    record = {
        "card": card.to_json_dict(),
        "history": [
            {
                "version": h.version,
                "card": h.card.to_json_dict(),
                "reason": h.reason,
                "actor": h.actor,
                "at": h.at.isoformat(),
            }
            for h in history
        ],
        "audit": [
            {
                "version": a.version,
                "old_status": a.old_status,
                "new_status": a.new_status,
                "reason": a.reason,
                "actor": a.actor,
                "at": a.at.isoformat(),
            }
            for a in audit
        ],
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_export(path: str | Path, lines: Iterable[str], *, count: int, source: str) -> None:
    """Write atomically (temporary file, then rename) so a crash never leaves half an export."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "cards": count,
        "source": source,
        "exported_at": datetime.now().astimezone().isoformat(),
    }
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(header) + "\n")
            for line in lines:
                fh.write(line + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fail(where: str, message: str) -> ValidationError:
    return ValidationError(f"{where}: {message}; nothing was imported")


def read_import(path: str | Path, kinds: KindCatalog) -> list[ImportRecord]:
    """Parse and validate a whole export file; raise :class:`ValidationError` at the first bad line."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{source}: not UTF-8 text ({exc}); nothing was imported") from None
    lines = text.splitlines()
    if not lines:
        raise _fail(str(source), "empty file, expected a header line")
    header = _json(lines[0], f"{source}:1")
    if header.get("format") != FORMAT:
        raise _fail(f"{source}:1", f"format: expected {FORMAT!r}, found {header.get('format')!r}")
    version = header.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION or version < 1:
        raise _fail(f"{source}:1", f"schema_version: {version!r} is not supported (this build reads 1)")
    records: list[ImportRecord] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        obj = _json(raw, where)
        record = _record(obj, number, where, kinds)
        if record.card.id in seen:
            raise _fail(where, f"card.id: {record.card.id!r} also appears on line {seen[record.card.id]}")
        seen[record.card.id] = number
        records.append(record)
    if isinstance(header.get("cards"), int) and header["cards"] != len(records):
        raise _fail(
            f"{source}:1",
            f"cards: header says {header['cards']} cards, file holds {len(records)} (truncated or edited?)",
        )
    return records


def _json(raw: str, where: str) -> dict[str, Any]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _fail(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _fail(where, "expected a JSON object")
    return obj


def _card(data: Any, where: str, field: str, kinds: KindCatalog | None) -> MemoryCard:
    if not isinstance(data, dict):
        raise _fail(where, f"{field}: expected an object")
    try:
        return MemoryCard.model_validate(data, context={"kinds": kinds})
    except PydanticValidationError as exc:
        detail = "; ".join(f"{field}.{part}" for part in describe_errors(exc).split("; "))
        raise _fail(where, detail) from None


def _record(obj: dict[str, Any], number: int, where: str, kinds: KindCatalog) -> ImportRecord:
    unknown = set(obj) - {"card", "history", "audit"}
    if unknown:
        raise _fail(where, f"{sorted(unknown)[0]}: unknown key")
    card = _card(obj.get("card"), where, "card", kinds)
    history: list[VersionEntry] = []
    raw_history = obj.get("history") or []
    if not isinstance(raw_history, list):
        raise _fail(where, "history: expected a list")
    for i, h in enumerate(raw_history):
        if not isinstance(h, dict):
            raise _fail(where, f"history.{i}: expected an object")
        old = _card(h.get("card"), where, f"history.{i}.card", None)
        try:
            entry = VersionEntry(
                card_id=card.id,
                version=h.get("version"),
                card=old,
                reason=h.get("reason", ""),
                actor=h.get("actor", ""),
                at=h.get("at"),
            )
        except PydanticValidationError as exc:
            raise _fail(where, f"history.{i}.{describe_errors(exc)}") from None
        if old.id != card.id or entry.version != i + 1:
            raise _fail(where, f"history.{i}: expected version {i + 1} of {card.id}")
        history.append(entry)
    if not history:
        history = [
            VersionEntry(
                card_id=card.id,
                version=card.version,
                card=card,
                reason="imported",
                actor="import",
                at=card.updated_at,
            )
        ]
        if card.version != 1:
            raise _fail(where, "history: missing, but card.version is not 1")
    if history[-1].version != card.version:
        raise _fail(
            where, f"history: ends at version {history[-1].version} but card.version is {card.version}"
        )
    audit: list[AuditEntry] = []
    raw_audit = obj.get("audit") or []
    if not isinstance(raw_audit, list):
        raise _fail(where, "audit: expected a list")
    for i, a in enumerate(raw_audit):
        if not isinstance(a, dict):
            raise _fail(where, f"audit.{i}: expected an object")
        try:
            audit.append(AuditEntry(seq=0, card_id=card.id, **a))
        except (PydanticValidationError, TypeError) as exc:
            detail = describe_errors(exc) if isinstance(exc, PydanticValidationError) else str(exc)
            raise _fail(where, f"audit.{i}.{detail}") from None
    if audit and audit[-1].new_status != card.status.value:
        raise _fail(
            where, f"audit: last status {audit[-1].new_status} disagrees with card.status {card.status.value}"
        )
    return ImportRecord(line=number, card=card, history=history, audit=audit)
