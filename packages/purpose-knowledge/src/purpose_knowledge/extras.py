"""Optional dependencies, imported only when a document needs them: parsing PDF and HTML are extras.

A missing extra is a :class:`MissingExtraError` that names the exact ``pip install`` line, never an
``ImportError`` from deep inside a loader. (It was ``purpose_agent.extras``; the kernel has no extras.)
"""

from __future__ import annotations

import importlib
from types import ModuleType

from purpose_agent.plugin import ConfigError

#: extra name -> what it is for (shown in the message)
EXTRAS: dict[str, str] = {
    "pdf": "reading PDF documents (pypdf)",
    "html": "reading HTML documents (beautifulsoup4 + html5lib)",
}


class MissingExtraError(ConfigError):
    """A feature needs an optional dependency that is not installed."""

    def __init__(self, extra: str, module: str, distribution: str = "purpose-knowledge") -> None:
        self.extra = extra
        self.module = module
        why = EXTRAS.get(extra, extra)
        super().__init__(
            f"{why} needs the '{extra}' extra ({module} is not installed): "
            f"pip install '{distribution}[{extra}]'"
        )


def require(module: str, extra: str, *, distribution: str = "purpose-knowledge") -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``distribution[extra]``."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(extra, module, distribution) from None
