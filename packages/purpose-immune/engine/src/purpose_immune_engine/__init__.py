"""The engine the Purpose Agent immune detectors share.

Normalisation (one pass builds every view of a text: NFKC, look-alike letters, hidden characters, spaced
letters, leetspeak, rot13, reversed text and decoded payloads), the rule engine (readable regex lists,
gated so that benign text costs little), and the secret and personal-data patterns used by the privacy
detector and by core's trace redaction. It is a library, not a plugin: it registers no scanner. Importing
it is cheap: submodules load on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY: dict[str, str] = {
    "ScanItem": "purpose_immune_engine.item",
    "prepare": "purpose_immune_engine.item",
    "normalize": "purpose_immune_engine.normalize",
    "Rule": "purpose_immune_engine.rules",
    "RuleScanner": "purpose_immune_engine.rules",
    "find_secrets": "purpose_immune_engine.secrets",
    "SecretMatch": "purpose_immune_engine.secrets",
    "find_pii": "purpose_immune_engine.pii",
    "redact_text": "purpose_immune_engine.redact",
    "LLMJudgeScanner": "purpose_immune_engine.llm_judge",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'purpose_immune_engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
