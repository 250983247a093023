"""Optional dependencies, imported only when a feature needs them (core's and its plugins').

Core depends on pluggy, pydantic, attrs and rich alone; parsing PDF and HTML are extras of
purpose-knowledge (OpenTelemetry spans are a distribution of their own, purpose-otel). A missing extra is
a :class:`MissingExtraError` that names the exact ``pip install`` line, never an ``ImportError`` from deep
inside a loader.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from purpose_agent.errors import ConfigError

#: extra name -> what it is for (shown in the message)
EXTRAS: dict[str, str] = {
    "pdf": "reading PDF documents (pypdf)",
    "html": "reading HTML documents (beautifulsoup4 + html5lib)",
}


class MissingExtraError(ConfigError):
    """A feature needs an optional dependency that is not installed."""

    def __init__(self, extra: str, module: str, distribution: str = "purpose-core") -> None:
        self.extra = extra
        self.module = module
        why = EXTRAS.get(extra, extra)
        super().__init__(
            f"{why} needs the '{extra}' extra ({module} is not installed): "
            f"pip install '{distribution}[{extra}]'"
        )


def require(module: str, extra: str, *, distribution: str = "purpose-core") -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``distribution[extra]``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(extra, module, distribution) from None
