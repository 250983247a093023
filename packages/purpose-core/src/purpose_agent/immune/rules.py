"""Rule-based scanners: readable regex lists grouped by threat family, one fast pass per view.

Each detector distribution declares its rules as data (family, pattern, severity, message) and builds a
:class:`RuleScanner`; this module runs them against every normalised view of a :class:`ScanItem`. Benign
text is the common case, so all rules of a scanner are first tried as one combined pattern per view, and
only a view that hits is examined rule by rule to name the families found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from purpose_agent.types import Severity, Threat

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.immune.scan import ScanItem

EVIDENCE_CHARS = 160

_NEGATION = re.compile(
    r"(?:\b(?:don'?t|do not|never|not|avoid|no|without|shouldn'?t|should not|must not|mustn'?t|won'?t|"
    r"instead of|rather than|refuse to|how to detect|detect|detects|detecting|flag|flags|block|blocks|"
    r"warn(?:s|ing)? (?:about|against)|example of|e\.g\.)\W+(?:\w+\W+){0,3})$"
)


@dataclass(frozen=True)
class Rule:
    """One pattern of one threat family.

    ``cased`` rules match the case-kept views (secrets, chat-template tokens); the others match the
    lower-case views. ``negatable`` rules are dropped when the words just before the match negate them
    ("don't hard-code the expected output"). ``when`` restricts a rule to some items (a card kind).
    """

    family: str
    pattern: str
    severity: Severity = Severity.HIGH
    message: str = ""
    cased: bool = False
    negatable: bool = False
    when: Callable[[ScanItem], bool] | None = None


def _sentence_aware(pattern: str) -> str:
    """``[^.\\n]`` in a rule means "within one sentence"; a dot inside a path or a domain is not a sentence
    end, so it is allowed when no space follows it."""
    return pattern.replace("[^.\\n]", r"(?:[^.\n]|\.(?=\S))")


def _combine(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts)) if parts else None


class RuleScanner:
    """A scanner made of :class:`Rule` lists. Subclasses set ``name``, ``categories`` and ``rules``;
    ``extra_checks`` adds logic a regex cannot express (checksums, card metadata)."""

    name: str = "rules"
    categories: tuple[str, ...] = ()
    category: str = "threat"
    rules: Sequence[Rule] = ()

    def __init__(self) -> None:
        pairs = [(rule, _sentence_aware(rule.pattern)) for rule in self.rules]
        self._compiled = [(rule, re.compile(p)) for rule, p in pairs]
        self._lower_any = _combine(p for r, p in pairs if not r.cased and r.when is None)
        self._cased_any = _combine(p for r, p in pairs if r.cased and r.when is None)

    def scan(self, item: ScanItem) -> list[Threat]:
        threats: list[Threat] = []
        seen: set[str] = set()
        lower_hit = self._lower_any is not None and any(self._lower_any.search(v) for v in item.views)
        cased_hit = self._cased_any is not None and any(self._cased_any.search(v) for v in item.cased_views)
        for rule, pattern in self._compiled:
            if rule.family in seen:
                continue
            if rule.when is None and not (cased_hit if rule.cased else lower_hit):
                continue
            if rule.when is not None and not rule.when(item):
                continue
            views = item.cased_views if rule.cased else item.views
            match = self._first_match(pattern, views, rule.negatable)
            if match is not None:
                seen.add(rule.family)
                threats.append(self.threat(rule.family, rule.message or rule.family, match, rule.severity))
        threats.extend(self.extra_checks(item, seen))
        return threats

    @staticmethod
    def _first_match(pattern: re.Pattern[str], views: Sequence[str], negatable: bool) -> str | None:
        for view in views:
            for m in pattern.finditer(view):
                if negatable and _NEGATION.search(view[max(0, m.start() - 40) : m.start()]):
                    continue
                return m.group(0)
        return None

    def threat(self, family: str, message: str, evidence: str, severity: Severity = Severity.HIGH) -> Threat:
        from purpose_agent.immune.redact import redact_text

        snippet = evidence.strip()
        if len(snippet) > EVIDENCE_CHARS:
            snippet = snippet[: EVIDENCE_CHARS - 3] + "..."
        return Threat(
            scanner=self.name,
            category=f"{self.category}.{family}",
            severity=severity,
            message=message,
            evidence=redact_text(snippet),
        )

    def extra_checks(self, item: ScanItem, seen: set[str]) -> list[Threat]:
        return []
