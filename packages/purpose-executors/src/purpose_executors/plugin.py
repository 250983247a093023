"""Entry point of ``executors``: registers ``sequential``, ``threads`` and ``processes``.

A registered executor is a factory ``factory(workers=N, **settings)``; the executor's module is imported
when the factory is called, so loading the plugin stays cheap.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl

from purpose_executors.base import SequentialExecutor


def _sequential(workers: int = 1, **options: Any) -> Any:
    return SequentialExecutor(workers, **options)


def _threads(workers: int = 4, **options: Any) -> Any:
    from purpose_executors.threads import ThreadExecutor  # lazy: loaded when the executor is chosen

    return ThreadExecutor(workers, **options)


def _processes(workers: int = 2, **options: Any) -> Any:
    from purpose_executors.processes import ProcessExecutor  # lazy: loaded when the executor is chosen

    return ProcessExecutor(workers, **options)


@hookimpl
def register_executors(registry: Any) -> None:
    registry.add(_sequential, name="sequential")
    registry.add(_threads, name="threads")
    registry.add(_processes, name="processes")
