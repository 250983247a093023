"""Built-in plugin ``core-executors``: the ``sequential``, ``threads`` and ``processes`` executors.

Registered through the same hook as third-party executors (``purpose-executor-ray`` adds ``ray``), so
any of them can be blocked. A registered executor is a factory ``factory(workers=N, **settings)``.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.hookspecs import hookimpl


def _sequential(workers: int = 1, **options: Any) -> Any:
    from purpose_agent.executors.base import SequentialExecutor

    return SequentialExecutor(workers, **options)


def _threads(workers: int = 4, **options: Any) -> Any:
    from purpose_agent.executors.threads import ThreadExecutor

    return ThreadExecutor(workers, **options)


def _processes(workers: int = 2, **options: Any) -> Any:
    from purpose_agent.executors.processes import ProcessExecutor

    return ProcessExecutor(workers, **options)


@hookimpl
def register_executors(registry: Any) -> None:
    registry.add(_sequential, name="sequential")
    registry.add(_threads, name="threads")
    registry.add(_processes, name="processes")
