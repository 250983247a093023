"""Redaction of secrets before text is written anywhere (traces, reports, scan evidence).

The trace writer imports :func:`redact_text`; the privacy detector uses it for its evidence so a finding
never leaks the secret it found. Only the secret value is replaced; its context (``Bearer``, ``password =``)
stays, so a reader still sees what was there.
"""

from __future__ import annotations

from purpose_immune_engine.secrets import find_secrets


def marker(kind: str) -> str:
    return f"[REDACTED:{kind}]"


def redact_text(text: str, *, entropy: bool = True, pii: bool = False) -> str:
    """Return ``text`` with every secret replaced by ``[REDACTED:<kind>]``.

    ``entropy=False`` skips the high-entropy layer (use it for text known to hold hashes or ids);
    ``pii=True`` also replaces personal data (card numbers, IBANs, SSNs, e-mail, phone, addresses)."""
    if not text:
        return text
    secrets = find_secrets(text, entropy=entropy, limit=None)
    if pii:
        from purpose_immune_engine.pii import find_pii

        taken = [(s.start, s.end) for s in secrets]
        secrets = sorted(
            [*secrets, *(p for p in find_pii(text) if not any(a < p.end and p.start < b for a, b in taken))],
            key=lambda s: s.start,
        )
    if not secrets:
        return text
    out: list[str] = []
    pos = 0
    for s in secrets:
        out.append(text[pos : s.start])
        out.append(marker(s.kind))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)
