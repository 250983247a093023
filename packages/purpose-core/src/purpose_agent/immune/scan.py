"""Scanning a memory (or any text) with every enabled scanner: one item, fail-closed results.

Core builds one :class:`ScanItem` per scan (the bounded text and what is known of the card) and hands the
same object to every detector; detectors built on purpose-immune-engine normalise it once and keep the
views in :attr:`ScanItem.memo`, so the work is shared without core knowing how text is normalised. The
result fails closed: no scanner installed, a scanner that raises or returns something that is not a list
of :class:`~purpose_agent.types.Threat`, or text too large to scan whole all mean ``passed=False``, with the
reason in ``details``. Only ``immune = "off"`` in the settings lets an unscanned card pass, and the result
says so.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from purpose_agent.immune.bounds import MAX_SCAN_CHARS, bound, to_text
from purpose_agent.types import ScanResult, Severity, Threat

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.plugins import PluginManager

CORE_SCANNER = "immune-core"
REDACTABLE = "privacy.redactable"
"""The category of a finding that redaction removes: a user's own personal data in an ordinary request."""
_RANK = {s: s.rank for s in Severity}
"""Severity order, looked up rather than recomputed for every threat of every scan."""


@dataclass(frozen=True)
class ScanItem:
    """What every scanner receives: the bounded text and what is known of the card.

    ``memo`` is shared scratch space for the scanners of one scan: a detector engine stores its normalised
    views there (under its own key) so the next detector reuses them, and may record ``signals`` (the
    obfuscations it saw) and ``decoded`` (the encodings it decoded) for the scan's details."""

    raw: str
    truncated: bool = False
    kind: str | None = None
    tool_names: tuple[str, ...] = ()
    is_global: bool | None = None
    origin: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    card: Any = None
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __str__(self) -> str:
        return self.raw

    @property
    def card_fields(self) -> Mapping[str, Any]:
        return self.fields

    @classmethod
    def from_text(cls, text: str | bytes, *, max_chars: int = MAX_SCAN_CHARS, **card_info: Any) -> ScanItem:
        if card_info.keys() - CARD_FIELDS:
            raise TypeError(f"unknown card fields: {sorted(card_info.keys() - CARD_FIELDS)}")
        raw, truncated = bound(to_text(text), max_chars)
        return cls(raw=raw, truncated=truncated, **card_info)

    @classmethod
    def from_card(cls, card: Any, *, max_chars: int = MAX_SCAN_CHARS) -> ScanItem:
        """A memory card (anything with ``text_for_scan()``), a mapping from a JSONL file, or text."""
        text, info = read_card(card)
        return cls.from_text(text, max_chars=max_chars, **info)


def read_card(card: Any) -> tuple[str | bytes, dict[str, Any]]:
    """The text to scan and the card information (kind, scope, origin, fields) of anything scannable:
    text or bytes, a card-shaped mapping from a JSONL file, or an object with ``text_for_scan()``."""
    if isinstance(card, (str, bytes, bytearray)):
        return (bytes(card) if not isinstance(card, str) else card), {}
    if isinstance(card, Mapping):
        return _mapping_text(card), _mapping_info(card)
    text_for_scan = getattr(card, "text_for_scan", None)
    if not callable(text_for_scan):
        raise TypeError(
            f"cannot scan a {type(card).__name__}: pass a str, a mapping or an object with text_for_scan()"
        )
    return text_for_scan(), {**card_info(card), "card": card}


_NO_SCANNER = "no scanner is installed or enabled (install purpose-immune, or set immune = 'off')"
CARD_FIELDS = frozenset({"kind", "tool_names", "is_global", "origin", "fields", "card"})


def _mapping_text(data: Mapping[str, Any]) -> str:
    parts = [str(data.get(key, "")) for key in ("text", "content", "prompt") if data.get(key)]
    fields = data.get("fields")
    if isinstance(fields, Mapping):
        parts.extend(f"{k}: {v}" for k, v in fields.items())
    return "\n".join(parts)


def _mapping_info(data: Mapping[str, Any]) -> dict[str, Any]:
    scope = data.get("scope") if isinstance(data.get("scope"), Mapping) else {}
    fields = data.get("fields") if isinstance(data.get("fields"), Mapping) else {}
    tools = tuple(scope.get("tool_names", ()) or ())
    provenance = data.get("provenance") if isinstance(data.get("provenance"), Mapping) else {}
    evidence = provenance.get("evidence") if isinstance(provenance.get("evidence"), Mapping) else {}
    origin = data.get("origin") or evidence.get("origin") or fields.get("origin")
    return {
        "kind": str(data["kind"]) if data.get("kind") else None,
        "tool_names": tuple(str(t) for t in tools),
        "is_global": bool(scope.get("global")) if scope else None,
        "origin": str(origin) if origin else None,
        "fields": dict(fields),
    }


def card_info(card: Any) -> dict[str, Any]:
    """Kind, scope, origin and structured fields of a card, read defensively (any card-like object)."""
    kind = getattr(card, "kind", None)
    kind = getattr(kind, "value", kind)
    scope = getattr(card, "scope", None)
    tools = tuple(getattr(scope, "tool_names", ()) or ())
    is_global = getattr(scope, "is_global", None) if scope is not None else None
    fields = getattr(card, "fields", None)
    fields = dict(fields) if isinstance(fields, Mapping) else {}
    provenance = getattr(card, "provenance", None)
    evidence = getattr(provenance, "evidence", None)
    evidence = evidence if isinstance(evidence, Mapping) else {}
    origin = getattr(card, "origin", None) or evidence.get("origin") or fields.get("origin")
    return {
        "kind": str(kind) if kind else None,
        "tool_names": tuple(str(t) for t in tools),
        "is_global": bool(is_global) if is_global is not None else None,
        "origin": str(origin) if origin else None,
        "fields": fields,
    }


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def run_scanners(
    item: ScanItem, scanners: Sequence[Any], *, details: dict[str, Any] | None = None
) -> ScanResult:
    """Run ``scanners`` on one prepared item and fold their findings into a fail-closed result.

    This runs once per scan around every detector, so it is kept lean: no per-scanner formatting beyond
    the timing, and the reason is spelled out in full only when the scan fails closed."""
    details = dict(details) if details else {}
    threats: list[Threat] = []
    errors: dict[str, str] = {}
    timings: dict[str, float] = {}
    names: list[str] = []
    clock = time.perf_counter
    for scanner in scanners:
        name = getattr(scanner, "name", None)
        if type(name) is not str:
            name = str(getattr(scanner, "name", type(scanner).__name__))
        names.append(name)
        start = clock()
        try:
            found = scanner.scan(item)
            if not isinstance(found, list):
                raise TypeError(f"scan() must return a list of Threat, got {type(found).__name__}")
            if found:
                for t in found:
                    if not isinstance(t, Threat):
                        raise TypeError(f"scan() must return a list of Threat, got a {type(t).__name__}")
                threats.extend(found)
        except Exception as exc:  # a broken scanner fails the scan closed, it never passes a card
            errors[name] = _describe(exc)
        timings[name] = round((clock() - start) * 1000, 3)
    if item.truncated:
        threats.append(
            Threat(
                scanner=CORE_SCANNER,
                category="input.oversized",
                severity=Severity.MEDIUM,
                message=f"text longer than {MAX_SCAN_CHARS} characters: only its head and tail were scanned",
                evidence=f"{len(item.raw)} characters scanned of a larger text",
            )
        )
    details["scanners"] = names
    details["errors"] = errors
    details["timings_ms"] = timings
    memo = getattr(item, "memo", None) or {}
    details["signals"] = sorted(memo.get("signals", ()))
    details["decoded"] = list(memo.get("decoded", ()))
    details["truncated"] = item.truncated
    # every finding is personal data the text can lose without losing its meaning: the card can be
    # stored redacted (see purpose_agent.immune.redact.redact_card) instead of being rejected
    details["redactable"] = bool(threats) and not errors and all(t.subcategory == REDACTABLE for t in threats)
    severity = max((t.severity for t in threats), key=_RANK.__getitem__) if threats else Severity.NONE
    if not names or errors:
        reasons = []
        if not names:
            reasons.append(_NO_SCANNER)
        if errors:
            reasons.append("scanner error: " + "; ".join(f"{k}: {v}" for k, v in errors.items()))
        if threats:
            reasons.append(f"{len(threats)} threat(s) found")
        severity = max(severity, Severity.HIGH, key=_RANK.__getitem__)
        details["reason"] = "; ".join(reasons)
        passed = False
    else:
        details["reason"] = f"{len(threats)} threat(s) found" if threats else "clean"
        passed = not threats
    return ScanResult(passed=passed, threats=threats, severity=severity, details=details)


def scan_memory(card_or_text: Any, *, manager: PluginManager | None = None) -> ScanResult:
    """Scan a memory card (or text, bytes, or a card-shaped mapping) with every enabled scanner.

    Fails closed: no scanner, a scanner error or a card that cannot be read gives ``passed=False``. With
    ``immune = "off"`` in the settings nothing is scanned and the result says ``details["immune"] == "off"``.
    """
    if manager is None:
        from purpose_agent.plugins import get_plugin_manager

        manager = get_plugin_manager()
    if manager.settings.immune == "off":
        return ScanResult(
            passed=True,
            details={"immune": "off", "scanners": [], "reason": "immune system is off in the settings"},
        )
    try:
        item = ScanItem.from_card(card_or_text)
    except Exception as exc:
        return ScanResult(
            passed=False,
            severity=Severity.HIGH,
            details={
                "immune": "on",
                "scanners": [],
                "errors": {CORE_SCANNER: _describe(exc)},
                "reason": f"could not read the card: {_describe(exc)}",
            },
        )
    entries = manager.scanners().entries()
    details: dict[str, Any] = {"immune": "on", "plugins": {e.name: e.plugin for e in entries}}
    return run_scanners(item, [e.item for e in entries], details=details)


def scan_text(text: str | bytes, *, manager: PluginManager | None = None) -> ScanResult:
    """:func:`scan_memory` for plain text."""
    return scan_memory(text, manager=manager)
