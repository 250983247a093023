"""What a worker (a spawned process, a Ray task) needs to run an episode of a coordinator's team.

A :class:`TeamSpec` is the team as data: purpose, agents, model, settings, the store's path and the tools.
The worker rebuilds the team once per spec (keyed by a digest, so the model is loaded once per worker and
kept), opens the store READ-ONLY (test and replay episodes never write memory, and a worker could not if
it tried: only the coordinator writes the store), and returns each result with its model-call count.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import signal
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from purpose_agent.plugin import EpisodeJob, PluginManager, RunMode, ValidationError

from purpose_executors.base import CountingBackend, Ran, run_local


@dataclass
class TeamSpec:
    team_class: type
    purpose: str
    agents: list[Any]
    model: str
    name: str
    settings: Any
    store_path: str
    backend: Any = None
    """A backend object given explicitly (it must pickle); None: the worker resolves ``model`` itself."""
    tools: list[Any] = field(default_factory=list)
    task_tools: Any = None
    """The team's ``task_tools`` (per-case tools made fresh for each episode)."""
    checkers: dict[str, Any] = field(default_factory=dict)
    """The team's own checkers (a suite's), by the name their tasks use."""
    store_image: bytes | None = None
    """The store's content (:func:`store_image`), for a worker that may not see ``store_path`` (a Ray
    node elsewhere): the worker writes it to a file of its own and opens that read-only."""


def spec_of(team: Any) -> TeamSpec:
    """The spec of a coordinator's team (the backend only when it was given explicitly)."""
    return TeamSpec(
        team_class=type(team),
        purpose=team.purpose,
        agents=list(team.agents),
        model=team.model,
        name=team.name,
        settings=team.settings,
        store_path=team.store_path,
        backend=getattr(team, "explicit_backend", None),
        tools=list(team.extra_tools),
        task_tools=getattr(team, "task_tools", None),
        checkers=dict(getattr(team, "checkers", {})),
    )


def pack(spec: TeamSpec, executor: str) -> tuple[str, bytes]:
    """``(digest, pickled spec)``; an unpicklable part is named in a one-line error."""
    try:
        data = pickle.dumps(spec)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        parts = {
            "backend": spec.backend,
            "tools": spec.tools,
            "case tools": spec.task_tools,
            "checkers": spec.checkers,
            "team class": spec.team_class,
        }
        bad = [name for name, value in parts.items() if not _pickles(value)]
        raise ValidationError(
            f"executor {executor!r} sends the team to worker processes, but its "
            f"{', '.join(bad) or 'settings'} cannot be pickled ({exc}); use --executor threads or "
            f"sequential, or make them module-level objects"
        ) from None
    return hashlib.sha256(data).hexdigest(), data


def _pickles(value: Any) -> bool:
    try:
        pickle.dumps(value)
    except Exception:
        return False
    return True


def store_image(path: str | Path) -> bytes:
    """The SQLite store at ``path`` as bytes (committed content, WAL included), read without writing."""
    import sqlite3

    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        return conn.serialize()
    finally:
        conn.close()


def write_image(image: bytes, path: str | Path) -> Path:
    """Write a :func:`store_image` to ``path`` as an ordinary (rollback-journal) SQLite file."""
    import sqlite3

    path = Path(path)
    # a name of this writer's own: workers on one host materialise the same image at once
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    image_db = sqlite3.connect(":memory:")
    out = sqlite3.connect(partial)
    try:
        image_db.deserialize(_rollback_journal(image))
        image_db.backup(out)
        out.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm files that belong to another host
    finally:
        out.close()
        image_db.close()
    partial.replace(path)  # whole or not at all
    return path


def _rollback_journal(image: bytes) -> bytes:
    """The image with its header's WAL flag cleared: SQLite cannot open a WAL-mode database in memory
    (bytes 18-19 are the file format's write/read versions: 2 = WAL, 1 = rollback journal)."""
    if len(image) >= 20 and image[18:20] == b"\x02\x02":
        return image[:18] + b"\x01\x01" + image[20:]
    return image


def _local_store(spec: TeamSpec, key: str) -> str:
    if spec.store_image is None:
        return spec.store_path
    folder = Path(tempfile.gettempdir()) / "purpose-agent-worker-stores"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{key[:32]}.db"
    if not path.exists():
        write_image(spec.store_image, path)
    return str(path)


#: Teams kept per worker (each holds a store connection open); the oldest is closed past this
MAX_TEAMS = 8
_teams: dict[str, Any] = {}
_managers: dict[str, Any] = {}
_lock = threading.Lock()


def ignore_interrupts() -> None:
    """Process-pool initializer: Ctrl-C goes to the coordinator, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _manager(settings: Any) -> Any:
    key = settings.model_dump_json()
    if key not in _managers:
        _managers[key] = PluginManager(settings).load()
    return _managers[key]


def team_for(key: str, data: bytes) -> Any:
    """The worker's copy of a coordinator's team, built on first use and kept."""
    with _lock:
        team = _teams.get(key)
        if team is not None:
            return team
        spec: TeamSpec = pickle.loads(data)
        team = spec.team_class(
            spec.purpose,
            spec.agents,
            model=spec.model,
            store=_local_store(spec, key),
            run_mode=RunMode.EVAL_TEST,  # read-only: a worker never writes the store
            settings=spec.settings,
            manager=_manager(spec.settings),
            name=spec.name,
            backend=spec.backend,
            tools=spec.tools,
        )
        team.task_tools = spec.task_tools
        team.checkers = dict(spec.checkers)
        team._backend = CountingBackend(team.backend)
        _teams[key] = team
        while len(_teams) > MAX_TEAMS:  # a store image per batch would otherwise pile up open stores
            oldest = next(iter(_teams))
            _close(oldest, _teams.pop(oldest))
        return team


def run_job(key: str, data: bytes, job: EpisodeJob) -> Ran:
    """Run one episode of the spec'd team in this worker."""
    ran = run_local(team_for(key, data), job)
    ran.result = ran.result.model_copy()
    return ran


def forget(prefix: str = "") -> None:
    """Close and drop cached teams (their stores), e.g. when an arm is done."""
    with _lock:
        for key in [k for k in _teams if k.startswith(prefix)]:
            _close(key, _teams.pop(key))


def _close(key: str, team: Any) -> None:
    team.close()
    copy = Path(tempfile.gettempdir()) / "purpose-agent-worker-stores" / f"{key[:32]}.db"
    copy.unlink(missing_ok=True)
