"""The conformance kit for plugin authors and a scripted backend for unit tests.

A third party proves a plugin with one subclass::

    from purpose_agent.testing import ScannerContract

    class TestFoo(ScannerContract):
        scanner = FooScanner()

Names are imported lazily so that importing the kit does not import pytest until a contract is used.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "ScriptedBackend": "purpose_agent.testing.scripted",
    "BackendContract": "purpose_agent.testing.backend_contract",
    "ScannerContract": "purpose_agent.testing.scanner_contract",
    "ToolContract": "purpose_agent.testing.tool_contract",
    "EvaluatorContract": "purpose_agent.testing.evaluator_contract",
    "OptimizerContract": "purpose_agent.testing.optimizer_contract",
    "StoreContract": "purpose_agent.testing.store_contract",
    "RetrieverContract": "purpose_agent.testing.retriever_contract",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
