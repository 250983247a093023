"""Executors live in purpose-executors: how a batch of episodes (and whole arms and seeds) is run, one
after another (``sequential``), on threads against a server backend or in worker processes that each load
the model once; purpose-executor-ray adds a Ray cluster.

The names still import from here when that distribution is installed; without it, one line names it.
``EpisodeJob``, what the kernel's learn loop hands an executor, is core's (:mod:`purpose_agent.runtime.task`).
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_BASE = ("ArmJob", "Executor", "SequentialExecutor", "resolve_executor", "auto_executor")
_EXPORTS = {name: "purpose_executors.base" for name in _BASE}
_EXPORTS.update(
    EpisodeJob="purpose_agent.runtime.task",
    ThreadExecutor="purpose_executors.threads",
    ProcessExecutor="purpose_executors.processes",
    TeamSpec="purpose_executors.worker",
)

__all__, __getattr__, __dir__ = lazy_exports(
    __name__, _EXPORTS, optional={"purpose_executors": "purpose-executors"}
)
