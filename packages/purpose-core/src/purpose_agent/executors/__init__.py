"""Executors: how a batch of episodes (and whole arms and seeds) is run: one after another here, on
threads against a server backend or in worker processes that each load the model once (both from the
purpose-executors distribution), or on a Ray cluster (purpose-executor-ray).

An executor never changes what is computed, only where and when: results come back in input order, and
only the coordinating process writes the memory store. Names are imported lazily.
"""

from __future__ import annotations

from purpose_agent._lazy import lazy_exports

_EXPORTS = {
    "ArmJob": "purpose_agent.executors.base",
    "EpisodeJob": "purpose_agent.executors.base",
    "Executor": "purpose_agent.executors.base",
    "SequentialExecutor": "purpose_agent.executors.base",
    "resolve_executor": "purpose_agent.executors.base",
    "ThreadExecutor": "purpose_executors.threads",
    "ProcessExecutor": "purpose_executors.processes",
    "TeamSpec": "purpose_executors.worker",
}

__all__, __getattr__, __dir__ = lazy_exports(
    __name__, _EXPORTS, optional={"purpose_executors": "purpose-executors"}
)
