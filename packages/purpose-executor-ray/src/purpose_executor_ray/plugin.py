"""Entry point of ``executor-ray``: registers the ``ray`` executor (Ray is imported on first use)."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


def _factory(workers: int = 4, **settings: Any) -> Any:
    from purpose_executor_ray.executor import RayExecutor

    return RayExecutor(workers, **settings)


@hookimpl
def register_executors(registry: Any) -> None:
    registry.add(_factory, name="ray")
