"""Entry point of the ``immune-scope`` plugin: registers :class:`ScopeScanner`."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_scanners(registry: Any) -> None:
    from purpose_immune_scope.scanner import ScopeScanner

    registry.add(ScopeScanner())
