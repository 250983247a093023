"""What core keeps of the immune system: fail-closed scan orchestration, trust rules and trace redaction.

Detectors live in their own distributions (purpose-immune-*) on a shared engine (purpose-immune-engine:
normalisation, the rule engine, secret and personal-data patterns); core depends on neither. Importing
this package is cheap: submodules are loaded on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY: dict[str, str] = {
    "redact_text": "purpose_agent.immune.redact",
    "ScanItem": "purpose_agent.immune.scan",
    "scan_memory": "purpose_agent.immune.scan",
    "scan_text": "purpose_agent.immune.scan",
    "run_scanners": "purpose_agent.immune.scan",
    "promotion_allowed": "purpose_agent.immune.trust",
    "initial_trust": "purpose_agent.immune.trust",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'purpose_agent.immune' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
