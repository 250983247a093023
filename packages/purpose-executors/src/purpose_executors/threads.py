"""``threads``: N episodes at once against a server backend (an OpenAI-compatible server, Ollama).

Why threads: an episode against a server spends nearly all its time waiting for HTTP responses, so N
threads keep N requests in flight (a server with N parallel slots answers them together) at the cost of
one Python process. The backend's connection pool is sized to the worker count, so no request waits
for a connection. The embedded llama.cpp model serialises generation behind its lock, so threads give it
no speed-up; use ``processes`` for it.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import Any

from purpose_agent.plugin import EpisodeJob

from purpose_executors.base import Done, Executor, Ran, run_local

log = logging.getLogger("purpose_agent")


class ThreadExecutor(Executor):
    def __init__(self, workers: int = 4, **options: Any) -> None:
        super().__init__(workers=workers, name="threads", options=options)
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    @property
    def pool(self) -> ThreadPoolExecutor:
        with self._pool_lock:  # arms on several coordinator threads share one pool
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=self.workers, thread_name_prefix="purpose-episode"
                )
            return self._pool

    def prepare(self, team: Any) -> None:
        _ = team.store, team.backend  # resolved once here, not raced for by N threads
        backend = getattr(team.backend, "inner", team.backend)
        size = getattr(backend, "set_concurrency", None)
        if callable(size):
            size(self.workers)
        elif getattr(backend, "name", "") == "llamacpp":
            log.warning(
                "executor 'threads' with the embedded model: generation is serialised by its lock, so "
                "episodes will not run faster; use --executor processes for an embedded model"
            )

    def run_episodes(self, team: Any, jobs: Sequence[EpisodeJob], on_done: Done | None = None) -> list[Ran]:
        if len(jobs) <= 1 or self.workers <= 1:
            return super().run_episodes(team, jobs, on_done)
        self.prepare(team)

        def one(index: int, job: EpisodeJob) -> Ran:
            self.check()
            # Team.run_chain adds per-task tools to the team it runs on: give each episode its own
            # shallow copy (same store, backend and manager) so concurrent episodes never share them
            ran = run_local(copy.copy(team), job)
            if on_done is not None:
                on_done(index)
            return ran

        futures = [self.pool.submit(one, i, job) for i, job in enumerate(jobs)]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
            for f in futures:
                if f.done() and f.exception() is not None:
                    raise f.exception()  # type: ignore[misc]
            return [f.result() for f in futures]
        except BaseException as exc:
            if not isinstance(exc, Exception):  # Ctrl-C: no episode starts from now on, anywhere
                self.stop.set()
            for f in futures:
                f.cancel()
            wait(futures)  # running episodes end before the store is closed under them
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
