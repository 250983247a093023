"""``ray``: arms, seeds, test and replay episodes as Ray tasks on a local or remote cluster.

Ray does the scheduling (``ray.remote`` tasks with resource requests; nothing here queues or places
work). Two kinds of task:

- **an arm task** per (arm, seed): the arm's whole run (training in order, replay, test) in a Ray worker,
  against a scratch copy of its store in the worker's temporary folder. Its test and replay episodes are
  nested episode tasks. It returns the arm's result, the final store as bytes and its traces as a tar
  archive; the coordinator (the ``purpose bench`` process) writes them where the arm's store and traces
  belong. So only the coordinator writes the stores a user sees, and a cancelled arm leaves nothing
  half-written. An arm that learns into the user's own store (``purpose learn``) stays in the
  coordinator, on a thread, and sends only its episodes to the cluster.
- **an episode task** per test or replay episode: rebuilds the arm's team from a pickled spec (put in
  the object store once per batch, with the store's content, so a node that cannot see the coordinator's
  files still reads the right memory), keeps it for later tasks in the same Ray worker process (the model
  is loaded once per worker), opens its store copy read-only and returns the episode's result.

Progress of arm tasks comes back through a ``ray.util.queue.Queue``. Ctrl-C cancels every pending task
(``ray.cancel(force=True)``, children too). Traces of episode tasks are written where the arm's settings
point, so on a multi-node cluster they need a folder every node sees (the result file does not).

Settings (``[plugin.executor-ray]`` or ``Executor`` keyword arguments): ``address`` (``ray.init``'s: None
starts a local cluster, ``"auto"`` joins the running one, ``"ray://host:10001"`` a remote one),
``num_cpus`` (CPUs of a local cluster this process starts), ``cpus_per_episode`` (the resource request of
each episode task, default 1), ``gpus_per_episode`` (default 0), ``cpus_per_arm`` (the request of an
arm task, default 0: it trains one episode at a time and otherwise waits for its episode tasks, and a
non-zero request lets arms hold every CPU while their episodes wait for one) and ``arm_tasks`` (default
true; false keeps arms on coordinator threads and sends only episodes).
"""

from __future__ import annotations

import io
import logging
import shutil
import tarfile
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import ConfigError, EpisodeJob, PluginManager
from purpose_executors.base import ArmJob, Done, Executor, Ran, Stopped, run_arm_threads
from purpose_executors.worker import pack, run_job, spec_of, store_image, write_image

log = logging.getLogger("purpose_agent")

_remote: Any = None
_arm_remote: Any = None
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


def _arm_task() -> Any:
    global _arm_remote
    if _arm_remote is None:
        import ray

        _arm_remote = ray.remote(max_retries=0)(run_arm)
    return _arm_remote


def run_arm(
    job: ArmJob, image: bytes | None, queue: Any, options: dict[str, Any]
) -> tuple[Any, bytes, bytes]:
    """An arm task: the arm's whole run against a scratch store; returns (result, store bytes, traces tar).

    Runs in a Ray worker; its episodes go to the same cluster as nested episode tasks."""
    scratch = Path(tempfile.mkdtemp(prefix="purpose-arm-"))
    try:
        store = scratch / "memory.db"
        if image:
            write_image(image, store)
        settings = job.settings.model_copy(update={"store": str(store), "traces": str(scratch / "traces")})
        settings.source = getattr(job.settings, "source", None)
        manager = PluginManager(settings).load()
        executor = RayExecutor(**options)

        def progress(stage: str, done: int, total: int) -> None:
            queue.put((stage, done, total))

        run = job.run(progress, executor, settings=settings, manager=manager)
        out_image = store_image(store) if store.exists() else b""
        return run, out_image, _tar(scratch / "traces")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _tar(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        if folder.exists():
            archive.add(folder, arcname=".")
    return buffer.getvalue()


def _untar(data: bytes, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        archive.extractall(folder, filter="data")


class RayExecutor(Executor):
    def __init__(
        self,
        workers: int = 4,
        *,
        address: str | None = None,
        num_cpus: int | None = None,
        cpus_per_episode: float = 1.0,
        gpus_per_episode: float = 0.0,
        arm_tasks: bool = True,
        cpus_per_arm: float = 0.0,
        ship_store: bool = True,
        **options: Any,
    ) -> None:
        if cpus_per_episode < 0 or gpus_per_episode < 0:
            raise ConfigError("executor ray: cpus_per_episode and gpus_per_episode must be >= 0")
        super().__init__(workers=workers, name="ray", options=options)
        self.address = address
        self.num_cpus = num_cpus
        self.cpus_per_episode = cpus_per_episode
        self.gpus_per_episode = gpus_per_episode
        self.arm_tasks = arm_tasks
        self.cpus_per_arm = cpus_per_arm
        self.ship_store = ship_store
        self._started = False

    def worker_options(self) -> dict[str, Any]:
        """How an arm task builds its own executor for its nested episode tasks (same cluster)."""
        return {
            "workers": self.workers,
            "address": self.address,
            "cpus_per_episode": self.cpus_per_episode,
            "gpus_per_episode": self.gpus_per_episode,
            "ship_store": self.ship_store,
        }

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
        team_spec = spec_of(team)
        if self.ship_store and Path(team_spec.store_path).exists():
            team_spec.store_image = store_image(team_spec.store_path)
        key, data = pack(team_spec, self.name)
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

    def run_arm_jobs(self, jobs: Sequence[ArmJob], progress: Callable[[str, int, int], None]) -> list[Any]:
        """Each arm a Ray task (see the module's docstring); ``local`` arms and arms whose data will not
        pickle stay on coordinator threads. Results in input order."""
        if not self.arm_tasks:
            return super().run_arm_jobs(jobs, progress)
        ray = self.connect()
        from ray.util.queue import Empty, Queue

        queue = Queue(actor_options={"num_cpus": 0})
        finished = threading.Event()

        def relay() -> None:  # progress of arm tasks, reported here in the coordinator
            while not finished.is_set():
                try:
                    items = [queue.get(timeout=0.2)]
                    items += queue.get_nowait_batch(queue.qsize())
                except Empty:
                    continue
                except Exception:  # the queue's actor is gone (shutdown): nothing more to report
                    return
                for item in items:
                    try:
                        progress(*item)
                    except Stopped:
                        return

        relayer = threading.Thread(target=relay, name="purpose-ray-progress", daemon=True)
        relayer.start()

        def one(job: ArmJob) -> Any:
            if job.local:
                return job.run(progress, self)
            try:
                job_ref = ray.put(job)
            except Exception as exc:  # e.g. a tool object that will not pickle
                log.warning("arm %s runs in the coordinator: it cannot be sent to Ray (%s)", job.label, exc)
                return job.run(progress, self)
            store = Path(job.settings.store)
            image = store_image(store) if store.exists() else None
            # an arm task mostly waits for its episode tasks; requesting 0 CPUs (the default) means arms
            # can never hold every CPU while their episodes wait for one
            task = _arm_task().options(num_cpus=self.cpus_per_arm)
            ref = task.remote(job_ref, image, queue, self.worker_options())
            try:
                while not ray.wait([ref], timeout=0.2)[0]:
                    self.check()
                run, out_image, traces = ray.get(ref)
            except BaseException:
                ray.cancel(ref, force=True, recursive=True)
                raise
            self._land(job, out_image, traces)
            if hasattr(run, "store"):
                run.store = str(store)
            return run

        try:
            return run_arm_threads(one, jobs, self.stop)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                self.stop.set()
            raise
        finally:
            finished.set()
            relayer.join(timeout=5)
            ray.kill(queue.actor)

    @staticmethod
    def _land(job: ArmJob, image: bytes, traces: bytes) -> None:
        """The coordinator writes what an arm task returned: its store (whole, by rename) and traces."""
        store = Path(job.settings.store)
        if image:
            for stale in (store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
                stale.unlink(missing_ok=True)
            write_image(image, store)
        _untar(traces, Path(job.settings.traces))

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
            self._started = False
