"""A tiny scanner for core unit tests (core ships no detector; the real ones are plugins)."""

from purpose_agent import hookimpl
from purpose_agent.types import Severity, Threat


class KeywordScanner:
    name = "keyword"
    categories = ("injection",)

    def scan(self, item):
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
def register_scanners(registry):
    registry.add(KeywordScanner())
