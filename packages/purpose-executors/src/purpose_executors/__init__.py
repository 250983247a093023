"""The executor protocol, the ``sequential``, ``auto``, ``threads`` and ``processes`` executors, and what
a worker needs to rebuild a coordinator's team.

Names are imported lazily: importing this package loads neither a thread pool nor ``multiprocessing``.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "ArmJob": "purpose_executors.base",
    "AutoExecutor": "purpose_executors.base",
    "CountingBackend": "purpose_executors.base",
    "Executor": "purpose_executors.base",
    "Ran": "purpose_executors.base",
    "SequentialExecutor": "purpose_executors.base",
    "Stopped": "purpose_executors.base",
    "auto_executor": "purpose_executors.base",
    "counted": "purpose_executors.base",
    "resolve_executor": "purpose_executors.base",
    "run_arm_threads": "purpose_executors.base",
    "run_local": "purpose_executors.base",
    "ThreadExecutor": "purpose_executors.threads",
    "ProcessExecutor": "purpose_executors.processes",
    "TeamSpec": "purpose_executors.worker",
    "pack": "purpose_executors.worker",
    "run_job": "purpose_executors.worker",
    "spec_of": "purpose_executors.worker",
    "store_image": "purpose_executors.worker",
    "write_image": "purpose_executors.worker",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
