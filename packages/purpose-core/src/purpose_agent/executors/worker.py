"""What a worker (a spawned process, a Ray task) needs to run an episode of a coordinator's team.

A :class:`TeamSpec` is the team as data: purpose, agents, model, settings, the store's path and the tools.
The worker rebuilds the team once per spec (keyed by a digest, so the model is loaded once per worker and
kept), opens the store READ-ONLY (test and replay episodes never write memory, and a worker could not if
it tried: only the coordinator writes the store), and returns each result with its model-call count.
"""

from __future__ import annotations

import hashlib
import pickle
import signal
import threading
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.errors import ValidationError
from purpose_agent.executors.base import CountingBackend, EpisodeJob, Ran, run_local


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


_teams: dict[str, Any] = {}
_managers: dict[str, Any] = {}
_lock = threading.Lock()


def ignore_interrupts() -> None:
    """Process-pool initializer: Ctrl-C goes to the coordinator, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _manager(settings: Any) -> Any:
    from purpose_agent.plugins import PluginManager

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
        from purpose_agent.runmode import RunMode

        spec: TeamSpec = pickle.loads(data)
        team = spec.team_class(
            spec.purpose,
            spec.agents,
            model=spec.model,
            store=spec.store_path,
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
            _teams.pop(key).close()
