"""``processes``: one embedded model per worker process, for CPU machines.

Why processes: llama.cpp generation holds the model's lock (a context is not thread-safe), so a second
episode in the same process waits; a second process with its own copy of the model (SmolLM2-135M: about
100 MB) runs on a second core. Workers are *spawned* (not forked: a forked llama.cpp context or SQLite
connection is unsafe), load the model on their first episode and keep it for the rest of the run.
Workers open the store read-only; the coordinator alone writes it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import BackendError, EpisodeJob, ValidationError

from purpose_executors.base import Done, Executor, Ran
from purpose_executors.worker import ignore_interrupts, pack, run_job, spec_of

log = logging.getLogger("purpose_agent")


class ProcessExecutor(Executor):
    def __init__(self, workers: int = 2, **options: Any) -> None:
        super().__init__(workers=workers, name="processes", options=options)
        self._pool: Any = None
        self._pids: set[int] = set()
        """The workers the pool started with: ``multiprocessing.Pool`` replaces a worker that dies and
        silently loses the task it held, so a caller waiting for that task would wait forever."""
        self._pool_lock = threading.Lock()
        self._here = 0
        """Episodes running in this process now (one-episode batches; see :meth:`run_episodes`)."""
        self._here_lock = threading.Lock()

    @property
    def pool(self) -> Any:
        with self._pool_lock:  # arms on several coordinator threads share one pool
            if self._pool is None:
                import multiprocessing

                context = multiprocessing.get_context("spawn")
                self._pool = context.Pool(self.workers, initializer=ignore_interrupts)
                self._pids = self._worker_pids()
            return self._pool

    def _worker_pids(self) -> set[int]:
        # Pool keeps its worker processes in ``_pool`` (stable since Python 3.3; read only)
        return {p.pid for p in getattr(self._pool, "_pool", ()) if p.pid is not None}

    def _check_workers(self, pool: Any) -> None:
        """Raise when a worker of ``pool`` died (a crash in native code, the OOM killer): its task is
        lost. Batches of other arms waiting on the same pool raise too: ending it leaves theirs unfinished."""
        with self._pool_lock:
            if self._pool is pool and (not self._pids or self._worker_pids() == self._pids):
                return
            if self._pool is pool:
                pool.terminate()  # the next batch starts a fresh pool
                pool.join()
                self._pool = None
        raise BackendError(
            "a worker process ended in the middle of an episode (a crash in the model library, or the "
            "system ran out of memory), so its episode is lost; run again, or with --executor sequential "
            "to see the error in this process"
        )

    def run_episodes(self, team: Any, jobs: Sequence[EpisodeJob], on_done: Done | None = None) -> list[Ran]:
        if self.workers <= 1 or not jobs:
            return super().run_episodes(team, jobs, on_done)
        if len(jobs) == 1 and self._claim_here():
            # one episode, and this process's model is free: no round trip to a worker. Callers on
            # other threads (candidates replayed side by side, the "with" and "without" run of a case)
            # find it taken and go to the workers: here they would queue behind the model's lock.
            try:
                return super().run_episodes(team, jobs, on_done)
            finally:
                with self._here_lock:
                    self._here -= 1
        self.check()
        try:
            key, data = pack(spec_of(team), self.name)
        except ValidationError:
            if not self.fallback_local:
                raise
            # chosen by ``auto``, not by the user: a team that cannot be sent runs here, same results
            log.info("executor auto: this team cannot be sent to worker processes; running it here")
            return super().run_episodes(team, jobs, on_done)

        def callback(index: int) -> Any:
            return (lambda _: on_done(index)) if on_done is not None else None

        pool = self.pool
        pending = [
            pool.apply_async(run_job, (key, data, job), callback=callback(i)) for i, job in enumerate(jobs)
        ]
        try:
            out = []
            for item in pending:
                while not item.ready():  # wake up for Ctrl-C, a stop from another arm, a dead worker
                    item.wait(0.2)
                    self.check()
                    if not item.ready():
                        self._check_workers(pool)
                out.append(item.get())
            return out
        except BaseException as exc:
            if not isinstance(exc, Exception):
                self.stop.set()
                self.terminate()
            raise

    def _claim_here(self) -> bool:
        with self._here_lock:
            if self._here:
                return False
            self._here += 1
            return True

    def terminate(self) -> None:
        """Kill the workers now (Ctrl-C): they hold no store open for writing, so nothing is half-done."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
