"""Built-in plugin ``core-executors``: the ``sequential`` executor.

Registered through the same hook as the other executors (purpose-executors adds ``threads`` and
``processes``, purpose-executor-ray adds ``ray``), so any of them can be blocked. A registered executor
is a factory ``factory(workers=N, **settings)``.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.hookspecs import hookimpl


def _sequential(workers: int = 1, **options: Any) -> Any:
    from purpose_agent.executors.base import SequentialExecutor

    return SequentialExecutor(workers, **options)


@hookimpl
def register_executors(registry: Any) -> None:
    registry.add(_sequential, name="sequential")
