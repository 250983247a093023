"""Redaction of secrets before text is written anywhere (traces, reports, scan evidence).

The full redactor (every provider format, secret-looking assignments, high-entropy tokens, optionally
personal data) lives in the shared detector engine, purpose-immune-engine, and is used whenever that is
installed (it comes with any detector). Core does not depend on the engine, so without it traces are
still redacted by the small set of unmistakable formats below: private key blocks, cloud and provider
keys with fixed prefixes, JWTs, bearer tokens and ``password = ...`` assignments. Only the secret value is
replaced; its context (``Bearer``, ``password =``) stays, so a reader still sees what was there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_BASIC: tuple[tuple[str, re.Pattern[str], int], ...] = (
    (
        "private_key",
        re.compile(
            r"-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"
            r"[\s\S]{0,12000}?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|\Z)"
        ),
        0,
    ),
    ("aws_access_key", re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"), 0),
    ("github_token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b"), 0),
    ("openai_key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b"), 0),
    ("slack_token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"), 0),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"), 0),
    ("bearer_token", re.compile(r"(?i)\bbearer\s+([A-Za-z0-9._~+/-]{16,}=*)"), 1),
    (
        "password",
        re.compile(r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|token)\s*[:=]\s*[\"']?([^\s\"',;]{6,})"),
        1,
    ),
)


def marker(kind: str) -> str:
    return f"[REDACTED:{kind}]"


def basic_redact(text: str) -> str:
    """Replace the unmistakable secret formats in ``text`` (what core redacts without the engine)."""
    spans: list[tuple[int, int, str]] = []
    for kind, pattern, group in _BASIC:
        for m in pattern.finditer(text):
            start, end = m.span(group)
            if not any(a < end and start < b for a, b, _ in spans):
                spans.append((start, end, kind))
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end, kind in sorted(spans):
        out.append(text[pos:start])
        out.append(marker(kind))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _engine() -> Callable[..., str] | None:
    try:
        from purpose_immune_engine.redact import redact_text as full
    except ImportError:
        return None
    return full


def redact_text(text: str, *, entropy: bool = True, pii: bool = False) -> str:
    """Return ``text`` with every secret replaced by ``[REDACTED:<kind>]`` (see the module docstring for
    what is found with and without purpose-immune-engine installed)."""
    if not text:
        return text
    full = _engine()
    if full is None:
        return basic_redact(text)
    return full(text, entropy=entropy, pii=pii)


def map_strings(value: Any, redact: Callable[[str], str]) -> Any:
    """``value`` (JSON-like: dicts, lists, tuples, scalars) with ``redact`` applied to every string in it.

    The one walk every redacting writer uses: the store (cards, evidence), the trace writer (event
    payloads) and :func:`redact_card`. Dicts, lists and tuples are rebuilt, other values kept."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: map_strings(v, redact) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(map_strings(v, redact) for v in value)
    return value


def redact_card(card: Any) -> Any | None:
    """A copy of a memory card (a pydantic model with ``content`` and ``fields``) with secrets and personal
    data masked in its content and every string field, or None when no personal-data redactor is
    installed (purpose-immune-engine): then the card cannot be made safe and must be rejected."""
    full = _engine()
    if full is None:
        return None

    def redact(text: str) -> str:
        return full(text, entropy=True, pii=True)

    return card.model_copy(
        update={"content": redact(card.content), "fields": map_strings(dict(card.fields), redact)}
    )
