"""The worst case for the provenance gate, for tests: a detector that misses everything, and replay
evidence that says every card helps. Whatever a test still sees held or rejected is then the gate's doing,
not a detector's or replay's."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ReplayEvidence, hookimpl


class BlindScanner:
    """Stands for detectors that miss everything."""

    name = "blind"
    categories = ("injection",)

    def scan(self, item: Any) -> list[Any]:
        return []


class BlindScanners:
    """The plugin that registers :class:`BlindScanner` (``manager.register(BlindScanners(), name=...)``)."""

    @hookimpl
    def register_scanners(self, registry: Any) -> None:
        registry.add(BlindScanner())


def replay_that_helps(
    statement: str = "test rule", reason: str = "helps on 3 of 3"
) -> ReplayEvidence:
    """Replay evidence that promotes: three untied wins, no loss."""
    return ReplayEvidence(
        rule="sign_test",
        statement=statement,
        runs=[],
        mean_without=0.0,
        mean_with=1.0,
        mean_gain=1.0,
        wins=3,
        losses=0,
        promote=True,
        reason=reason,
    )
