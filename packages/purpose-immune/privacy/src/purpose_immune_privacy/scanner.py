"""Privacy detector: secrets by provider format and entropy, and validated personal data.

The patterns live in the shared engine (:mod:`purpose_immune_engine.secrets`,
:mod:`purpose_immune_engine.pii`) because the trace writer redacts with the same ones when the engine is
installed. Secrets are
searched in the case-kept views, so a key hidden in base64 or split by zero-width characters is found.
Evidence is always redacted: a finding never repeats the secret it found.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Severity, Threat
from purpose_immune_engine.item import prepare
from purpose_immune_engine.pii import find_pii
from purpose_immune_engine.redact import marker, redact_text
from purpose_immune_engine.secrets import find_secrets

MAX_FINDINGS = 20

_SEVERE_PII = {"credit_card", "iban", "ssn", "id_number"}


class PrivacyScanner:
    """Secrets and personal data; one threat per kind found."""

    name = "immune-privacy"
    categories = ("privacy.secret", "privacy.pii")

    def scan(self, item: Any) -> list[Threat]:
        item = prepare(item)
        threats: list[Threat] = []
        seen: set[str] = set()
        for view in item.cased_views:
            for s in find_secrets(view):
                if s.kind in seen:
                    continue
                seen.add(s.kind)
                threats.append(self._threat("secret", s.kind, view, s.start, s.end, Severity.CRITICAL))
            for p in find_pii(view):
                if p.kind in seen:
                    continue
                seen.add(p.kind)
                severity = Severity.HIGH if p.kind in _SEVERE_PII else Severity.MEDIUM
                threats.append(self._threat("pii", p.kind, view, p.start, p.end, severity))
            if len(threats) >= MAX_FINDINGS:
                break
        return threats

    def _threat(self, family: str, kind: str, view: str, start: int, end: int, severity: Severity) -> Threat:
        before = view[max(0, start - 30) : start].replace("\n", " ")
        what = "a secret" if family == "secret" else "personal data"
        return Threat(
            scanner=self.name,
            category=f"privacy.{family}",
            severity=severity,
            message=f"{what}: {kind.replace('_', ' ')}",
            evidence=f"...{redact_text(before, pii=True)}{marker(kind)}",
        )
