"""What core keeps of the immune system: fail-closed scan orchestration, trust rules and trace redaction.

Detectors live in their own distributions (purpose-immune-*) on a shared engine (purpose-immune-engine:
normalisation, the rule engine, secret and personal-data patterns); core depends on neither. Importing
this package is cheap: submodules are loaded on first use (PEP 562).
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_LAZY: dict[str, str] = {
    "redact_text": "purpose_agent.immune.redact",
    "ScanItem": "purpose_agent.immune.scan",
    "scan_memory": "purpose_agent.immune.scan",
    "scan_text": "purpose_agent.immune.scan",
    "run_scanners": "purpose_agent.immune.scan",
    "promotion_allowed": "purpose_agent.immune.trust",
    "initial_trust": "purpose_agent.immune.trust",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _LAZY)
