"""Entry point of the ``immune-injection`` plugin: registers :class:`InjectionScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_injection.scanner import InjectionScanner

    registry.add(InjectionScanner())
