"""Entry point of the ``immune-classifier`` plugin: registers :class:`ClassifierScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_classifier.scanner import ClassifierScanner

    registry.add(ClassifierScanner())
