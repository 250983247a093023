"""``ray``: test and replay episodes as Ray tasks on a local or remote cluster.

Ray does the scheduling (``ray.remote`` tasks with resource requests; nothing here queues or places
work). Each task rebuilds the coordinator's team from a pickled spec (put in the object store once per
batch), keeps it for later tasks in the same Ray worker process (so a worker loads the model once), opens
the memory store read-only and returns the episode's result. Only the coordinator writes the store; on a
multi-node cluster the store and trace folders must be on a filesystem every node sees (the paths are
sent as they are). Arms and seeds run together as coordinator threads, each sending its episodes to the
cluster; training episodes stay with their arm, in order (see docs/evaluation.md).

Settings (``[plugin.executor-ray]`` or ``Executor`` keyword arguments): ``address`` (``ray.init``'s: None
starts a local cluster, ``"auto"`` joins the running one, ``"ray://host:10001"`` a remote one),
``num_cpus`` (CPUs of a local cluster this process starts), ``cpus_per_episode`` (the resource request of
each task, default 1) and ``gpus_per_episode`` (default 0).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import ConfigError, Done, EpisodeJob, Executor, Ran, pack, run_job, spec_of

log = logging.getLogger("purpose_agent")

_remote: Any = None
_init_lock = threading.Lock()
#: Tries at starting a local cluster: Ray gives its raylet a fixed 30 s to register, which a loaded
#: 2-core machine can exceed (seen at a load average of 20).
START_ATTEMPTS = 3


def _task() -> Any:
    global _remote
    if _remote is None:
        import ray

        _remote = ray.remote(max_retries=0)(run_job)
    return _remote


class RayExecutor(Executor):
    def __init__(
        self,
        workers: int = 4,
        *,
        address: str | None = None,
        num_cpus: int | None = None,
        cpus_per_episode: float = 1.0,
        gpus_per_episode: float = 0.0,
        **options: Any,
    ) -> None:
        if cpus_per_episode < 0 or gpus_per_episode < 0:
            raise ConfigError("executor ray: cpus_per_episode and gpus_per_episode must be >= 0")
        super().__init__(workers=workers, name="ray", options=options)
        self.address = address
        self.num_cpus = num_cpus
        self.cpus_per_episode = cpus_per_episode
        self.gpus_per_episode = gpus_per_episode
        self._started = False

    @property
    def parallel(self) -> bool:
        return True  # a cluster: even one worker slot runs arms beside each other's training

    def connect(self) -> Any:
        """``ray.init`` once (a local cluster unless ``address`` names one); we shut down what we started."""
        import ray

        with _init_lock:  # arms on several coordinator threads connect at once
            return self._connect(ray)

    def _connect(self, ray: Any) -> Any:
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"address": self.address, "include_dashboard": False}
            if self.address is None:
                kwargs["num_cpus"] = self.num_cpus or self.workers
            for attempt in range(1, START_ATTEMPTS + 1):
                try:
                    ray.init(**kwargs, logging_level=logging.WARNING, log_to_driver=False)
                    break
                except Exception as exc:  # Ray waits 30 s for its raylet; a busy machine can take longer
                    if self.address is not None or attempt == START_ATTEMPTS:
                        raise
                    log.warning("local Ray cluster did not start (%s); trying again (%d)", exc, attempt + 1)
                    ray.shutdown()
            self._started = True
        return ray

    def run_episodes(self, team: Any, jobs: Sequence[EpisodeJob], on_done: Done | None = None) -> list[Ran]:
        if not jobs:
            return []
        self.check()
        ray = self.connect()
        key, data = pack(spec_of(team), self.name)
        spec = ray.put(data)
        task = _task().options(num_cpus=self.cpus_per_episode, num_gpus=self.gpus_per_episode)
        refs = [task.remote(key, spec, job) for job in jobs]
        index = {ref: i for i, ref in enumerate(refs)}
        waiting = list(refs)
        try:
            while waiting:
                ready, waiting = ray.wait(waiting, num_returns=1, timeout=0.2)
                self.check()
                for ref in ready:
                    ray.get(ref)  # raises the task's error here, as soon as it happens
                    if on_done is not None:
                        on_done(index[ref])
            return list(ray.get(refs))
        except BaseException as exc:
            if not isinstance(exc, Exception):
                self.stop.set()
            for ref in waiting:
                ray.cancel(ref, force=True)
            raise

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
            self._started = False
