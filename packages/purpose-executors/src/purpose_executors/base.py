"""The executor protocol, the sequential executor (the reference for the rest) and ``auto``.

They left purpose-core with ``threads`` and ``processes``: the kernel's learn loop needs only
:class:`~purpose_agent.plugin.EpisodeJob` and a ``run_batch`` callable (it runs a batch one episode after
another when given none), so where episodes run is this distribution's business.

What an executor may run at once is decided by the harness, not here: a batch handed to
:meth:`Executor.run_episodes` is a set of episodes that do not depend on one another (test episodes in
EVAL_TEST, replay episodes in LEARNING_VALIDATION without learning), so any order of execution gives
the same results; :meth:`Executor.run_arms` runs whole (arm, seed) runs, each with its own store.
Results always come back in input order, so a caller cannot tell one executor from another except by
the time taken.
"""

from __future__ import annotations

import contextvars
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from purpose_agent.plugin import ConfigError, PluginNotFoundError, get_plugin_manager

if TYPE_CHECKING:  # a type only: loading the plugin must not import the runtime's models
    from purpose_agent.plugin import EpisodeJob

T = TypeVar("T")
R = TypeVar("R")

Done = Callable[[int], None]
"""``on_done(index)``: called (from any thread) as each job of a batch finishes, for progress bars."""


@dataclass
class Ran:
    """An episode's result with the model calls it made (counted where it ran)."""

    result: Any
    calls: int = 0


# -- model-call counting ------------------------------------------------------------------------------

_calls: contextvars.ContextVar[tuple[list[int], ...]] = contextvars.ContextVar(
    "purpose_agent_calls", default=()
)


class CountingBackend:
    """Wraps a backend and counts its calls into the running episode's counter (a context variable), so
    concurrent episodes on one shared backend are each charged for their own calls."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def _count(self) -> None:
        for box in _calls.get():  # nested counters (an arm's phase, one episode) each see the call
            box[0] += 1

    def complete(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return self.inner.complete(*args, **kwargs)

    def stream(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return self.inner.stream(*args, **kwargs)

    async def acomplete(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return await self.inner.acomplete(*args, **kwargs)

    def astream(self, *args: Any, **kwargs: Any) -> Any:
        self._count()
        return self.inner.astream(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __repr__(self) -> str:
        return f"CountingBackend({self.inner!r})"


def counted(fn: Callable[[], T]) -> tuple[T, int]:
    """Run ``fn`` with a fresh call counter; return its value and the model calls it made."""
    box = [0]
    token = _calls.set((*_calls.get(), box))
    try:
        return fn(), box[0]
    finally:
        _calls.reset(token)


def run_local(team: Any, job: EpisodeJob) -> Ran:
    """One episode in this process, counted."""
    result, calls = counted(lambda: team.run_chain(job.task, **job.options()))
    return Ran(result, calls)


@dataclass
class ArmJob:
    """One whole (arm, seed) run as data, so an executor can run it away from the coordinator.

    ``fn(*args, settings=, manager=, progress=, executor=)`` is a module-level function (the harness's; it
    pickles by reference) that trains, replays and tests one arm against the store and trace folder
    named in ``settings``, and returns the arm's result. ``manager`` is the coordinator's plugin manager
    (not sent anywhere: a worker builds its own from ``settings``). ``local``: the run must stay in the
    coordinator (it learns into the user's own store, which must not be replaced from elsewhere).
    """

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    settings: Any
    label: str
    manager: Any = None
    local: bool = False

    def run(self, progress: Callable[[str, int, int], None], executor: Executor, **where: Any) -> Any:
        """Run here; ``where`` replaces ``settings``/``manager`` (a worker's own scratch store)."""
        options = {"settings": self.settings, "manager": self.manager, **where}
        return self.fn(*self.args, progress=progress, executor=executor, **options)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "manager": None}


# -- executors ----------------------------------------------------------------------------------------


@dataclass
class Executor:
    """Runs batches of independent episodes and whole arms; the base class runs them one after another."""

    workers: int = 1
    name: str = "sequential"
    options: dict[str, Any] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    """Set on Ctrl-C or when an arm fails: no new episode starts once it is set."""
    fallback_local: bool = False
    """Chosen by ``auto`` rather than named by the user: a batch this executor cannot send to its
    workers (a team that does not pickle) runs in this process instead of failing."""

    @property
    def parallel(self) -> bool:
        return self.workers > 1

    def prepare(self, team: Any) -> None:
        """Get ``team`` ready for concurrent use before a batch (resolve lazy resources once)."""

    def run_episodes(self, team: Any, jobs: Sequence[EpisodeJob], on_done: Done | None = None) -> list[Ran]:
        """Run ``jobs`` on ``team``; results in input order."""
        out = []
        for i, job in enumerate(jobs):
            self.check()
            out.append(run_local(team, job))
            if on_done is not None:
                on_done(i)
        return out

    def run_arms(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """Run whole (arm, seed) runs; each writes only its own store. Results in input order.

        Sequential: one after another. Parallel executors run them on coordinator threads."""
        if not self.parallel:
            return [fn(item) for item in items]
        return run_arm_threads(fn, items, self.stop)

    def run_arm_jobs(self, jobs: Sequence[ArmJob], progress: Callable[[str, int, int], None]) -> list[Any]:
        """Run whole arms given as data; results in input order. Here (and for threads and processes): on
        this process's threads, each arm's independent episodes going to :meth:`run_episodes`. An
        executor for a cluster overrides it to run each arm as a task of its own."""
        return self.run_arms(lambda job: job.run(progress, self), jobs)

    def check(self) -> None:
        """Raise :class:`Stopped` once the run is being stopped (called between episodes)."""
        if self.stop.is_set():
            raise Stopped("the run was stopped")

    def close(self) -> None:
        """Stop workers; safe to call twice and after an interrupt."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SequentialExecutor(Executor):
    """Every episode in turn, in this thread: the behaviour every other executor must reproduce."""

    def __init__(self, workers: int = 1, **options: Any) -> None:
        super().__init__(workers=1, name="sequential", options=options)


class Stopped(KeyboardInterrupt):
    """Raised in a worker or arm thread once the run is being stopped (Ctrl-C or another arm failed)."""


def run_arm_threads(fn: Callable[[T], R], items: Sequence[T], stop: threading.Event) -> list[R]:
    """Whole arms on coordinator threads: each arm trains in order on its own thread and store and hands
    its independent batches to the shared executor. On the first failure or Ctrl-C, ``stop`` is set so
    the other arms end at their next episode boundary, and the first error is raised."""
    from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

    if len(items) <= 1:
        return [fn(item) for item in items]
    pool = ThreadPoolExecutor(max_workers=len(items), thread_name_prefix="purpose-arm")
    futures = [pool.submit(fn, item) for item in items]
    try:
        wait(futures, return_when=FIRST_EXCEPTION)
        failed = [f for f in futures if f.done() and f.exception() is not None]
        if failed:
            stop.set()
            wait(futures)
            errors = [f.exception() for f in futures if f.exception() is not None]
            first = next((e for e in errors if not isinstance(e, Stopped)), errors[0])
            raise first  # type: ignore[misc]
        return [f.result() for f in futures]
    except BaseException:
        stop.set()
        for f in futures:
            f.cancel()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def auto_executor(
    manager: Any, models: Sequence[str] = (), backend: Any = None, workers: int | None = None
) -> Executor:
    """``auto`` (the default): the executor that gives the same result soonest for the model in use.

    A backend object handed over in Python: ``sequential`` (nothing is sent anywhere). Otherwise an
    :class:`AutoExecutor`, which looks at the first arm's resolved backend (``models`` are kept for the
    record only: a preset name does not say which backend it builds until it is built)."""
    if backend is not None:
        return SequentialExecutor()
    return AutoExecutor(manager, workers)


class AutoExecutor(Executor):
    """Chooses once, from the first team it is given (:meth:`prepare`), then delegates everything:

    - a server backend (one with ``set_concurrency``: OpenAI-compatible, Ollama): ``threads`` with the
      configured worker count (N requests in flight);
    - the embedded model (``llamacpp``) on 2+ cores: ``processes`` with 2 workers (llama.cpp runs a
      model on half the cores, so one-at-a-time leaves half the machine idle; 2 workers fill it); a team
      that will not pickle runs in this process instead;
    - anything else, or when purpose-executors (which registers ``threads`` and ``processes``) is not
      installed: ``sequential``.

    Arms and seeds run side by side on coordinator threads on 2+ cores (each has its own store, so the
    result is the same as one after another). Every choice gives the sequential result."""

    def __init__(self, manager: Any, workers: int | None = None) -> None:
        super().__init__(workers=workers or 1, name="auto")
        self.manager = manager
        self.given = workers
        self.inner: Executor | None = None
        self._choose_lock = threading.Lock()

    @property
    def parallel(self) -> bool:
        return (os.cpu_count() or 1) >= 2

    def prepare(self, team: Any) -> None:
        with self._choose_lock:
            if self.inner is None:
                self.inner = self._choose(team)
                self.inner.stop = self.stop
                self.name, self.workers = f"auto:{self.inner.name}", self.inner.workers
        self.inner.prepare(team)

    def _choose(self, team: Any) -> Executor:
        if getattr(team, "explicit_backend", None) is not None:
            return SequentialExecutor()
        backend = getattr(team.backend, "inner", team.backend)
        registry = _registry(self.manager)
        if callable(getattr(backend, "set_concurrency", None)) and "threads" in registry:
            return resolve_executor(
                "threads", self.given or self.manager.settings.executor.workers, manager=self.manager
            )
        if (
            getattr(backend, "name", "") == "llamacpp"
            and (os.cpu_count() or 1) >= 2
            and "processes" in registry
        ):
            executor = resolve_executor("processes", self.given or 2, manager=self.manager)
            executor.fallback_local = True
            return executor
        return SequentialExecutor()

    def run_episodes(self, team: Any, jobs: Sequence[EpisodeJob], on_done: Done | None = None) -> list[Ran]:
        self.prepare(team)
        assert self.inner is not None
        return self.inner.run_episodes(team, jobs, on_done)

    def close(self) -> None:
        if self.inner is not None:
            self.inner.close()


def _registry(manager: Any) -> Any:
    return manager._collect("register_executors", "executor")


def resolve_executor(name: str | None = None, workers: int | None = None, *, manager: Any = None) -> Executor:
    """The executor registered as ``name`` (default: the settings' ``[executor]``), with ``workers``.

    Raises :class:`PluginNotFoundError` naming what is installed, or :class:`ConfigError` for a bad count.
    """
    if manager is None:
        manager = get_plugin_manager()
    config = manager.settings.executor
    name = (name or config.name).strip()
    given = workers
    workers = workers if workers is not None else config.workers
    if workers < 1:
        raise ConfigError(f"executor workers must be at least 1, not {workers}")
    if name == "auto":  # the first team's resolved backend decides
        return auto_executor(manager, workers=given)
    registry = _registry(manager)
    if name not in registry:
        installed = ", ".join(registry.names()) or "none"
        where = {"ray": "purpose-executor-ray", "threads": "purpose-executors"}
        where["processes"] = where["threads"]
        hint = f"; pip install {where[name]} for {name!r}" if name in where else ""
        raise PluginNotFoundError(f"no installed executor is called {name!r}; installed: {installed}{hint}")
    factory = registry.get(name)
    return factory(workers=workers, **manager.settings.plugin_settings(registry.plugin_of(name)))  # type: ignore[no-any-return]
