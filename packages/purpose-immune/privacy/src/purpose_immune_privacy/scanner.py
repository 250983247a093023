"""Privacy detector: secrets by provider format and entropy, and validated personal data.

The patterns live in the shared engine (:mod:`purpose_immune_engine.secrets`,
:mod:`purpose_immune_engine.pii`) because the trace writer redacts with the same ones when the engine is
installed. Secrets are
searched in the case-kept views, so a key hidden in base64 or split by zero-width characters is found.
Evidence is always redacted: a finding never repeats the secret it found.
"""

from __future__ import annotations

import re
from typing import Any

from purpose_agent.plugin import Severity, Threat
from purpose_immune_engine.item import prepare
from purpose_immune_engine.pii import Prefilter, find_pii
from purpose_immune_engine.redact import marker, redact_text
from purpose_immune_engine.secrets import Prefilter as SecretPrefilter
from purpose_immune_engine.secrets import find_secrets

MAX_FINDINGS = 20

_SEVERE_PII = {"credit_card", "iban", "ssn", "id_number"}


_MARKER = re.compile(r"\[REDACTED:[a-z_]+\]")
_WORD = re.compile(r"[^\W\d_]{2,}")
# the personal data is the point: a request to keep, list or hand over the data itself
_DATA_IS_THE_POINT = re.compile(
    r"\b(?:remember|store|save|keep|memori[sz]e|write down|note down|list|dump|export|send|share|forward|"
    r"post|leak|give)\b[^.\n]{0,40}\b(?:(?:credit )?card numbers?|ssns?|social security|passports?|"
    r"ibans?|account numbers?|phone numbers?|addresses|e-?mails?|contacts?|personal (?:data|details))\b",
    re.IGNORECASE,
)
MIN_WORDS_KEPT = 5


def _fact_survives(text: str) -> bool:
    """With every personal datum masked, does the text still say something (at least
    :data:`MIN_WORDS_KEPT` words), and is it not about handing over the data itself?"""
    if _DATA_IS_THE_POINT.search(text):
        return False
    masked = _MARKER.sub(" ", redact_text(text, pii=True))
    return len(_WORD.findall(masked)) >= MIN_WORDS_KEPT


class PrivacyScanner:
    """Secrets and personal data; one threat per kind found."""

    name = "immune-privacy"
    categories = ("privacy.secret", "privacy.pii", "privacy.redactable")

    def __init__(self) -> None:
        self._prefilter = Prefilter()
        self._secret_prefilter = SecretPrefilter()

    def scan(self, item: Any) -> list[Threat]:
        item = prepare(item)
        threats: list[Threat] = []
        seen: set[str] = set()
        views = zip(item.cased_views, self._prefilter.possible(item), self._secret_prefilter.possible(item),
                    strict=True)  # fmt: skip
        for view, possible, possible_secrets in views:
            for s in find_secrets(view, possible=possible_secrets):
                if s.kind in seen:
                    continue
                seen.add(s.kind)
                threats.append(self._threat("secret", s.kind, view, s.start, s.end, Severity.CRITICAL))
            for p in find_pii(view, possible=possible):
                if p.kind in seen:
                    continue
                seen.add(p.kind)
                severity = Severity.HIGH if p.kind in _SEVERE_PII else Severity.MEDIUM
                threats.append(self._threat("pii", p.kind, view, p.start, p.end, severity))
            if len(threats) >= MAX_FINDINGS:
                break
        if threats and all(t.subcategory == "privacy.pii" for t in threats) and _fact_survives(item.clean):
            # a user's own contact or bank details inside a request: store it masked, the fact kept
            threats = [t.model_copy(update={"detail": "privacy.redactable",
                                            "message": t.message + " (redactable: the text keeps its "
                                                                   "meaning with it masked)"})
                       for t in threats]  # fmt: skip
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
