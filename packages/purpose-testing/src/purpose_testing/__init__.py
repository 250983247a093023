"""The conformance kit for plugin authors and a scripted backend for unit tests.

A third party proves a plugin with one subclass::

    from purpose_agent.testing import ScannerContract

    class TestFoo(ScannerContract):
        scanner = FooScanner()

Besides the contracts it holds what several plugin distributions' tests share, so none of them keeps
a copy: a scripted judge that follows calibration rules (``rule_judge``), and for runs on the real thing
the embedded model, a throw-away store with a stand-in scanner and small teams
(``purpose_testing.embedded``; llama.cpp is imported only when the model is asked for), a scripted
weather team whose one episode leaves a known trace (``weather_team``), and a learning run interrupted by
a real Ctrl-C for executor tests (``interrupted_learning_run``) and the view of a result every executor
must agree on (``comparable``, ``promoted_cards``).

This is the ``purpose-testing`` distribution; ``purpose_agent.testing`` (in purpose-core) re-exports the
same names, so third parties keep that import path.

Names are imported lazily so that importing the kit does not import pytest until a contract is used.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "ScriptedBackend": "purpose_testing.scripted",
    "CALCULATOR": "purpose_testing.backend_contract",
    "sample_episodes": "purpose_testing.optimizer_contract",
    "BackendContract": "purpose_testing.backend_contract",
    "ScannerContract": "purpose_testing.scanner_contract",
    "ToolContract": "purpose_testing.tool_contract",
    "EvaluatorContract": "purpose_testing.evaluator_contract",
    "OptimizerContract": "purpose_testing.optimizer_contract",
    "StoreContract": "purpose_testing.store_contract",
    "RetrieverContract": "purpose_testing.retriever_contract",
    "MeasurementContract": "purpose_testing.measurement_contract",
    "check_measurement": "purpose_testing.measurement_contract",
    "measure_on_splits": "purpose_testing.measuring",
    "print_decisions": "purpose_testing.measuring",
    "rule_judge": "purpose_testing.calibration_judge",
    "OverrideScanner": "purpose_testing.embedded",
    "embedded_backend": "purpose_testing.embedded",
    "scratch_store": "purpose_testing.embedded",
    "embedded_team": "purpose_testing.embedded",
    "arithmetic_task": "purpose_testing.embedded",
    "trace_plugins": "purpose_testing.embedded",
    "isolate_settings": "purpose_testing.embedded",
    "WEATHER_ANSWER": "purpose_testing.weather",
    "WEATHER_KERNEL": "purpose_testing.weather",
    "WEATHER_TASK": "purpose_testing.weather",
    "WeatherTool": "purpose_testing.weather",
    "weather_policy": "purpose_testing.weather",
    "weather_settings": "purpose_testing.weather",
    "weather_team": "purpose_testing.weather",
    "Interrupted": "purpose_testing.interrupt",
    "interrupted_learning_run": "purpose_testing.interrupt",
    "check_stores": "purpose_testing.interrupt",
    "marked_processes": "purpose_testing.interrupt",
    "comparable": "purpose_testing.executors",
    "promoted_cards": "purpose_testing.executors",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
