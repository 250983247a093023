"""The immune system's shared core: normalisation, scan orchestration, redaction and trust rules.

Detectors live in their own distributions (purpose-immune-*); what several of them need (the normalised
views of a text, secret patterns, redaction) lives here so that each detector works when installed alone.
Importing this package is cheap: submodules are loaded on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY: dict[str, str] = {
    "redact_text": "purpose_agent.immune.redact",
    "find_secrets": "purpose_agent.immune.secrets",
    "SecretMatch": "purpose_agent.immune.secrets",
    "ScanItem": "purpose_agent.immune.scan",
    "scan_memory": "purpose_agent.immune.scan",
    "scan_text": "purpose_agent.immune.scan",
    "run_scanners": "purpose_agent.immune.scan",
    "find_pii": "purpose_agent.immune.pii",
    "LLMJudgeScanner": "purpose_agent.immune.llm_judge",
    "RuleScanner": "purpose_agent.immune.rules",
    "Rule": "purpose_agent.immune.rules",
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
