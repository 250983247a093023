"""Entry point of the ``immune-privacy`` plugin: registers :class:`PrivacyScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_privacy.scanner import PrivacyScanner

    registry.add(PrivacyScanner())
