"""``purpose_agent.testing``: the conformance kit, kept under this import name for third parties.

The kit itself is the ``purpose-testing`` distribution (import name ``purpose_testing``), so purpose-core
does not carry test helpers. This module re-exports its names on first use (PEP 562); without it
installed, any name raises one line saying to ``pip install purpose-testing``.
"""

from __future__ import annotations

import importlib
from typing import Any

_KIT = "purpose_testing"
_INSTALL = "the conformance kit is the purpose-testing distribution: pip install purpose-testing"


def _kit() -> Any:
    try:
        return importlib.import_module(_KIT)
    except ModuleNotFoundError as exc:
        if exc.name != _KIT:
            raise
        raise ImportError(f"purpose_agent.testing: {_INSTALL}") from None


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return list(_kit().__all__)
    if name.startswith("__"):
        raise AttributeError(name)
    kit = _kit()
    if name not in kit.__all__:
        raise AttributeError(f"module 'purpose_agent.testing' has no attribute {name!r}")
    value = getattr(kit, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(_kit().__all__)
