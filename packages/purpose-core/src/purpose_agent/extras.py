"""Optional dependencies of purpose-core, imported only when a feature needs them.

Core depends on pluggy, pydantic, attrs and rich alone; parsing PDF and HTML and exporting spans are
extras. A missing extra is a :class:`MissingExtraError` that names the exact ``pip install`` line, never
an ``ImportError`` from deep inside a loader.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from purpose_agent.errors import ConfigError

#: extra name -> what it is for (shown in the message)
EXTRAS: dict[str, str] = {
    "pdf": "reading PDF documents (pypdf)",
    "html": "reading HTML documents (beautifulsoup4 + html5lib)",
    "otel": "exporting OpenTelemetry spans (opentelemetry-api, opentelemetry-sdk)",
}


class MissingExtraError(ConfigError):
    """A feature needs an optional dependency that is not installed."""

    def __init__(self, extra: str, module: str) -> None:
        self.extra = extra
        self.module = module
        why = EXTRAS.get(extra, extra)
        super().__init__(
            f"{why} needs the '{extra}' extra ({module} is not installed): "
            f"pip install 'purpose-core[{extra}]'"
        )


def require(module: str, extra: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(extra, module) from None
