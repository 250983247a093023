"""The conformance kit for plugin authors and a scripted backend for unit tests.

A third party proves a plugin with one subclass::

    from purpose_agent.testing import ScannerContract

    class TestFoo(ScannerContract):
        scanner = FooScanner()

Besides the contracts it holds what several plugin distributions' tests share, so none of them keeps
a copy: a scripted judge that follows calibration rules (``rule_judge``), and for runs on the real thing
the embedded model, a throw-away store with a stand-in scanner and small teams
(``purpose_agent.testing.embedded``; llama.cpp is imported only when the model is asked for).

Names are imported lazily so that importing the kit does not import pytest until a contract is used.
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_EXPORTS = {
    "ScriptedBackend": "purpose_agent.testing.scripted",
    "BackendContract": "purpose_agent.testing.backend_contract",
    "ScannerContract": "purpose_agent.testing.scanner_contract",
    "ToolContract": "purpose_agent.testing.tool_contract",
    "EvaluatorContract": "purpose_agent.testing.evaluator_contract",
    "OptimizerContract": "purpose_agent.testing.optimizer_contract",
    "StoreContract": "purpose_agent.testing.store_contract",
    "RetrieverContract": "purpose_agent.testing.retriever_contract",
    "MeasurementContract": "purpose_agent.testing.measurement_contract",
    "check_measurement": "purpose_agent.testing.measurement_contract",
    "measure_on_splits": "purpose_agent.testing.measuring",
    "print_decisions": "purpose_agent.testing.measuring",
    "rule_judge": "purpose_agent.testing.calibration_judge",
    "OverrideScanner": "purpose_agent.testing.embedded",
    "embedded_backend": "purpose_agent.testing.embedded",
    "scratch_store": "purpose_agent.testing.embedded",
    "embedded_team": "purpose_agent.testing.embedded",
    "arithmetic_task": "purpose_agent.testing.embedded",
    "trace_plugins": "purpose_agent.testing.embedded",
    "isolate_settings": "purpose_agent.testing.embedded",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
