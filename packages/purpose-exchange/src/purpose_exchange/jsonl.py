"""The JSONL exchange format for memory: one header line, then one line per card with its history.

An export is a complete backup (every version and every status change). Import is all-or-nothing: the
whole file is parsed and validated before anything is written, and every problem names the line, the card
and the field.

Import is not a back door into memory. A file can claim anything, so a status, evidence or audit entry in
it is trusted only when the export is signed (HMAC-SHA256) with a key the user holds and the signature
verifies (:mod:`purpose_exchange.signing`); then history, diff and rollback are reproduced. Anything else
arrives as candidates that memory CI scans and gates like any other. This module reads and writes the
file; the gate itself is the store's (``Store.import_records``: kinds, redaction, re-gating unverified
cards, refusing a history that cannot have happened), so no file format can go around it.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    AuditEntry,
    CardRecord,
    ImportReport,
    MemoryCard,
    Store,
    ValidationError,
    VersionEntry,
    describe_errors,
    jsonl_lines,
    parse_jsonl,
)
from pydantic import ValidationError as PydanticValidationError

from purpose_exchange.signing import sign, verify

FORMAT = "purpose-memory"
SCHEMA_VERSION = 1
#: The most an import reads (a device like /dev/zero or a huge file is refused, not read forever).
MAX_IMPORT_BYTES = int(os.environ.get("PURPOSE_AGENT_MAX_IMPORT_BYTES", 64 * 2**20))


def export_jsonl(store: Store, path: str | Path, *, key: bytes | None = None) -> int:
    """Write every card of ``store`` with its versions and audit trail, from one snapshot; returns the
    card count. With ``key`` the file is signed, so an import holding the same key may keep its history."""
    records = store.export_records()
    lines = [export_line(r.card, r.history, r.audit) for r in records]
    write_export(path, lines, count=len(lines), source=store.location, key=key)
    return len(lines)


def import_jsonl(
    store: Store, path: str | Path, *, actor: str = "import", key: bytes | None = None
) -> ImportReport:
    """Import an export file into ``store``: all of it or, on any problem, nothing.

    Only a file whose signature verifies with ``key`` keeps its statuses, evidence and history; every
    other card arrives as a candidate (``report.regated`` lists them for memory CI to scan and gate).
    """
    parsed = read_import(path, key=key)
    return store.import_records(parsed.records, source=str(path), signature=parsed.signature, actor=actor)


@dataclass
class ImportFile:
    """A parsed export: its records, and whether its signature verified with the caller's key."""

    records: list[CardRecord]
    signature: str
    """``verified``, ``unsigned``, ``no key`` or ``did not verify``."""

    @property
    def verified(self) -> bool:
        return self.signature == "verified"


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


def write_export(
    path: str | Path, lines: Iterable[str], *, count: int, source: str, key: bytes | None = None
) -> None:
    """Write atomically (temporary file, then rename) so a crash never leaves half an export.

    With ``key`` the header carries an HMAC-SHA256 over the header and every line, so an import with the
    same key may keep the history; without it the file is a plain exchange of candidates.
    """
    target = Path(path)
    if target.is_dir():
        raise ValidationError(f"{target}: is a folder; give a file name such as {target / 'memory.jsonl'}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(f"{target}: cannot create its folder ({exc.strerror or exc})") from None
    lines = list(lines)
    header: dict[str, object] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "cards": count,
        "source": source,
        "exported_at": datetime.now().astimezone().isoformat(),
    }
    if key is not None:
        header["signature"] = sign(key, header, lines)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise ValidationError(f"{target}: cannot write there ({exc.strerror or exc})") from None
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


def _read_bounded(source: Path) -> str:
    try:
        if source.is_dir():
            raise ValidationError(f"{source}: is a folder, not an export file; nothing was imported")
        with source.open("rb") as fh:
            data = fh.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file") from None
    except OSError as exc:
        raise ValidationError(
            f"{source}: cannot read it ({exc.strerror or exc}); nothing was imported"
        ) from None
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(
            f"{source}: larger than {MAX_IMPORT_BYTES} bytes (is it an export file?); nothing was imported"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start}); nothing was imported"
        ) from None


def read_import(path: str | Path, *, key: bytes | None = None) -> ImportFile:
    """Parse and validate a whole export file; raise :class:`ValidationError` at the first bad line.

    Cards are checked for shape here and against the store's kinds by ``Store.import_records``."""
    source = Path(path)
    text = _read_bounded(source)
    if not text.strip():
        raise _fail(str(source), "empty file, expected a header line")
    try:
        rows = parse_jsonl(text, str(source))
    except ValidationError as exc:
        raise ValidationError(f"{exc}; nothing was imported") from None
    if rows[0].number != 1:
        raise _fail(f"{source}:1", "expected the header line, found a blank line")
    header = rows[0].data
    if header.get("format") != FORMAT:
        raise _fail(f"{source}:1", f"format: expected {FORMAT!r}, found {header.get('format')!r}")
    version = header.get("schema_version")
    if not isinstance(version, int) or version > SCHEMA_VERSION or version < 1:
        raise _fail(f"{source}:1", f"schema_version: {version!r} is not supported (this build reads 1)")
    records: list[CardRecord] = []
    seen: dict[str, int] = {}
    for number, where, obj in rows[1:]:
        record = _record(obj, number, where)
        if record.card.id in seen:
            raise _fail(where, f"card.id: {record.card.id!r} also appears on line {seen[record.card.id]}")
        seen[record.card.id] = number
        records.append(record)
    if isinstance(header.get("cards"), int) and header["cards"] != len(records):
        raise _fail(
            f"{source}:1",
            f"cards: header says {header['cards']} cards, file holds {len(records)} (truncated or edited?)",
        )
    claimed = header.pop("signature", None)
    if claimed is None:
        signature = "unsigned"
    elif key is None:
        signature = "no key"
    else:
        body = [raw for raw in jsonl_lines(text)[1:] if raw.strip()]
        signature = "verified" if verify(key, header, body, claimed) else "did not verify"
    return ImportFile(records=records, signature=signature)


def _card(data: Any, where: str, field: str) -> MemoryCard:
    if not isinstance(data, dict):
        raise _fail(where, f"{field}: expected an object")
    try:
        return MemoryCard.model_validate(data, context={"kinds": None})
    except PydanticValidationError as exc:
        detail = "; ".join(f"{field}.{part}" for part in describe_errors(exc).split("; "))
        raise _fail(where, detail) from None


def _record(obj: dict[str, Any], number: int, where: str) -> CardRecord:
    unknown = set(obj) - {"card", "history", "audit"}
    if unknown:
        raise _fail(where, f"{sorted(unknown)[0]}: unknown key")
    card = _card(obj.get("card"), where, "card")
    history: list[VersionEntry] = []
    raw_history = obj.get("history") or []
    if not isinstance(raw_history, list):
        raise _fail(where, "history: expected a list")
    for i, h in enumerate(raw_history):
        if not isinstance(h, dict):
            raise _fail(where, f"history.{i}: expected an object")
        old = _card(h.get("card"), where, f"history.{i}.card")
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
    return CardRecord(line=number, card=card, history=history, audit=audit)
