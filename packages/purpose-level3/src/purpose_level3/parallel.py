"""``pa.parallel``: many tasks at once under a concurrency limit, every outcome kept in input order.

Each task runs in a worker thread of a pool sized to the limit (asyncio's default pool has only
``cpu + 4`` threads, which would quietly cap concurrency on a small machine), driven from asyncio so a
per-task timeout and cancellation are plain ``asyncio`` operations. One task's exception or timeout is
that task's outcome; the others' results are never lost. A timed-out task's thread cannot be killed from
Python; it finishes in the background and its late result is discarded.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Literal

from purpose_agent.plugin import Task, ValidationError
from purpose_team import Event, EventCallback
from pydantic import BaseModel, ConfigDict

Status = Literal["ok", "error", "timeout", "cancelled"]


class TaskOutcome(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: int
    task: Any
    status: Status
    result: Any = None
    """What the agent or function returned (an EpisodeResult for agents)."""
    error: str | None = None
    seconds: float = 0.0
    agent: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class ParallelResults(list[TaskOutcome]):
    """Outcomes in input order, with the run's wall time."""

    wall_seconds: float = 0.0

    @property
    def results(self) -> list[Any]:
        return [o.result for o in self]

    @property
    def failed(self) -> list[TaskOutcome]:
        return [o for o in self if not o.ok]


class CancelToken:
    """Cancel a running :func:`parallel` from another thread: tasks not yet started are not started."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: list[asyncio.Task[Any]] = []

    def cancel(self) -> None:
        self._event.set()
        if self._loop is not None:
            for task in self._tasks:
                self._loop.call_soon_threadsafe(task.cancel)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


def _runner(agent: Any) -> tuple[Callable[[Any], Any], str]:
    if hasattr(agent, "run") and callable(agent.run):
        return agent.run, str(getattr(agent, "name", type(agent).__name__))
    if callable(agent):
        return agent, getattr(agent, "__name__", "function")
    raise ValidationError(f"parallel() needs agents (with .run) or functions, got {agent!r}")


def _pair(tasks: Sequence[Any], agents: Any) -> list[tuple[Callable[[Any], Any], str]]:
    if not isinstance(agents, Sequence) or isinstance(agents, str):
        agents = [agents]
    if len(agents) == 1:
        return [_runner(agents[0])] * len(tasks)
    if len(agents) != len(tasks):
        raise ValidationError(
            f"parallel() got {len(tasks)} tasks and {len(agents)} agents; pass one agent for all tasks "
            "or exactly one agent per task"
        )
    return [_runner(a) for a in agents]


async def aparallel(
    tasks: Sequence[str | Task | Any],
    agents: Any,
    *,
    max_concurrency: int = 8,
    timeout_s: float | None = None,
    cancel: CancelToken | None = None,
    on_event: EventCallback | None = None,
) -> ParallelResults:
    """The async form of :func:`parallel` (for callers already inside an event loop)."""
    if max_concurrency < 1:
        raise ValidationError("max_concurrency must be at least 1")
    runners = _pair(tasks, agents)
    started = time.perf_counter()
    outcomes: list[TaskOutcome | None] = [None] * len(tasks)
    semaphore = asyncio.Semaphore(max_concurrency)
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=max_concurrency, thread_name_prefix="purpose-par"
    )

    async def one(i: int, task: Any) -> None:
        run, name = runners[i]
        t0 = time.perf_counter()

        def done(status: Status, result: Any = None, error: str | None = None) -> None:
            outcomes[i] = TaskOutcome(
                index=i,
                task=task,
                status=status,
                result=result,
                error=error,
                seconds=time.perf_counter() - t0,
                agent=name,
            )
            if on_event is not None:
                on_event(
                    Event(
                        type="task_finished",
                        source=f"parallel[{i}]",
                        data={"index": i, "status": status, "error": error},
                    )
                )

        try:
            async with semaphore:
                if cancel is not None and cancel.cancelled:
                    return done("cancelled", error="cancelled before it started")
                t0 = time.perf_counter()
                future = loop.run_in_executor(pool, run, task)
                result = await asyncio.wait_for(future, timeout_s) if timeout_s else await future
            done("ok", result)
        except TimeoutError:
            done("timeout", error=f"did not finish within {timeout_s:g} s")
        except asyncio.CancelledError:
            done("cancelled", error="cancelled")
        except Exception as exc:
            done("error", error=f"{type(exc).__name__}: {exc}")

    jobs = [asyncio.ensure_future(one(i, t)) for i, t in enumerate(tasks)]
    if cancel is not None:
        cancel._loop, cancel._tasks = loop, jobs
    try:
        await asyncio.gather(*jobs, return_exceptions=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    results = ParallelResults(o for o in outcomes if o is not None)
    results.wall_seconds = time.perf_counter() - started
    return results


def parallel(
    tasks: Sequence[str | Task | Any],
    agents: Any,
    *,
    max_concurrency: int = 8,
    timeout_s: float | None = None,
    cancel: CancelToken | None = None,
    on_event: EventCallback | None = None,
) -> ParallelResults:
    """Run every task on its agent (one agent for all, or one per task); outcomes in input order.

    ``timeout_s`` bounds each task; ``cancel`` (a :class:`CancelToken`) stops what has not finished.
    Agents must tolerate concurrent calls: core's backends and the SQLite store do.
    """
    return asyncio.run(
        aparallel(
            tasks,
            agents,
            max_concurrency=max_concurrency,
            timeout_s=timeout_s,
            cancel=cancel,
            on_event=on_event,
        )
    )
