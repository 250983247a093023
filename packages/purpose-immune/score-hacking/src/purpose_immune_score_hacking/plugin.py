"""Entry point of the ``immune-score-hacking`` plugin: registers :class:`ScoreHackingScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_score_hacking.scanner import ScoreHackingScanner

    registry.add(ScoreHackingScanner())
