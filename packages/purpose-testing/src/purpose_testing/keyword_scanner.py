"""A tiny scanner plugin for tests (core ships no detector; the real ones are plugins): it flags the
phrase "ignore all previous instructions"."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Severity, Threat, hookimpl


class KeywordScanner:
    name = "keyword"
    categories = ("injection",)

    def scan(self, item: Any) -> list[Threat]:
        text = item.text if hasattr(item, "text") else str(item)
        if "ignore all previous instructions" in text.lower():
            return [
                Threat(
                    scanner=self.name,
                    category="injection",
                    severity=Severity.HIGH,
                    message="instruction override",
                    evidence="ignore all previous instructions",
                )
            ]
        return []


@hookimpl
def register_scanners(registry: Any) -> None:
    registry.add(KeywordScanner())
