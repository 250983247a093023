"""Where runs live: an append-only JSONL index of every folder a command wrote traces or results into.

``purpose learn`` and ``purpose bench`` write under their own work folders (``.purpose/learn/<arm>/
seed-0/traces``), ``purpose run`` into the configured traces folder, and a result file may go anywhere
``--out`` says. Without one record of those places a reader (the review page, a script) would have to
guess. Each command appends one line per output folder: the command, arm, seed, time and paths.

Appending is safe under concurrent writers: each entry is one ``write`` of one line on a file opened with
``O_APPEND`` while holding an exclusive ``flock`` (where the platform has one), so lines never interleave;
a reader skips a cut-off or unreadable line and says how many it skipped, and never fails on them.
Registering never ends a run: if the index cannot be written, a warning is logged and the run goes on.

Paths inside the workspace (the folder holding ``.purpose``) are stored relative to it, so a workspace
can be moved; others are stored absolute.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import os
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

INDEX_ENV = "PURPOSE_AGENT_RUN_INDEX"
"""Environment variable naming the index file (default ``.purpose/runs.jsonl`` of the workspace)."""
WORKSPACE_DIR = ".purpose"
FILE_NAME = "runs.jsonl"
SCHEMA_VERSION = 1
log = logging.getLogger("purpose_agent")

_COMMAND: contextvars.ContextVar[str | None] = contextvars.ContextVar("purpose_run_command", default=None)


@dataclass(frozen=True)
class RunEntry:
    """One registered output folder (``kind`` "traces") or result file (``kind`` "result")."""

    id: str
    at: str
    command: str
    kind: str
    paths: dict[str, Path]
    arm: str | None = None
    seed: int | None = None
    trace_ids: tuple[str, ...] = ()
    """For a folder shared by many commands (the configured traces folder): the traces this run wrote."""
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def traces(self) -> Path | None:
        return self.paths.get("traces")

    @property
    def result(self) -> Path | None:
        return self.paths.get("result")


def index_path(near: str | Path | None = None) -> Path:
    """The index file: ``$PURPOSE_AGENT_RUN_INDEX``, else the ``.purpose`` folder ``near`` lies in, else
    ``./.purpose/runs.jsonl``."""
    explicit = os.environ.get(INDEX_ENV)
    if explicit:
        return Path(explicit).expanduser()
    if near is not None:
        resolved = Path(near).expanduser().absolute()
        for folder in (resolved, *resolved.parents):
            if folder.name == WORKSPACE_DIR:
                return folder / FILE_NAME
    return Path.cwd() / WORKSPACE_DIR / FILE_NAME


@contextlib.contextmanager
def command(label: str) -> Iterator[None]:
    """Label what runs inside (``learn``, ``bench``): the harness registers its arm folders under it."""
    token = _COMMAND.set(label)
    try:
        yield
    finally:
        _COMMAND.reset(token)


def current_command(default: str) -> str:
    return _COMMAND.get() or default


def _root(index: Path) -> Path:
    """The workspace root the index's relative paths are relative to."""
    parent = index.absolute().parent
    return parent.parent if parent.name == WORKSPACE_DIR else parent


def _stored(path: str | Path, root: Path) -> str:
    absolute = Path(path).expanduser().absolute()
    try:
        return str(absolute.relative_to(root))
    except ValueError:
        return str(absolute)


def register(
    command: str,
    *,
    traces: str | Path | None = None,
    result: str | Path | None = None,
    store: str | Path | None = None,
    workdir: str | Path | None = None,
    arm: str | None = None,
    seed: int | None = None,
    trace_ids: Sequence[str] = (),
    info: Mapping[str, Any] | None = None,
    index: str | Path | None = None,
) -> RunEntry | None:
    """Append one entry; returns it, or None (with a logged warning) when the index cannot be written."""
    paths = (("traces", traces), ("result", result), ("store", store), ("workdir", workdir))
    given = {k: v for k, v in paths if v is not None and str(v) != ""}
    target = Path(index) if index is not None else index_path(result or traces or workdir)
    root = _root(target)
    entry = {
        "v": SCHEMA_VERSION,
        "id": f"run_{datetime.now(UTC):%Y%m%dT%H%M%S}_{uuid.uuid4().hex[:8]}",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "kind": "result" if result is not None else "traces",
        "arm": arm,
        "seed": seed,
        "paths": {k: _stored(v, root) for k, v in given.items()},
        "trace_ids": list(trace_ids),
        "info": dict(info or {}),
        "pid": os.getpid(),
    }
    line = (json.dumps(entry, ensure_ascii=False, default=str, separators=(",", ":")) + "\n").encode()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _append(target, line)
    except OSError as exc:
        log.warning("run index %s not updated (%s); the run itself is unaffected", target, exc)
        return None
    return _entry(entry, root)


def _append(path: Path, line: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: O_APPEND alone keeps whole lines in order
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        written = os.write(fd, line)
        if written != len(line):  # pragma: no cover - a full disk; say so rather than leave half a line
            raise OSError(f"wrote {written} of {len(line)} bytes")
    finally:
        os.close(fd)  # closing releases the lock


def _entry(raw: Mapping[str, Any], root: Path) -> RunEntry:
    paths = {}
    for key, value in (raw.get("paths") or {}).items():
        path = Path(str(value))
        paths[str(key)] = path if path.is_absolute() else root / path
    seed = raw.get("seed")
    return RunEntry(
        id=str(raw.get("id") or ""),
        at=str(raw.get("at") or ""),
        command=str(raw.get("command") or "?"),
        kind=str(raw.get("kind") or "traces"),
        paths=paths,
        arm=str(raw["arm"]) if raw.get("arm") is not None else None,
        seed=seed if isinstance(seed, int) and not isinstance(seed, bool) else None,
        trace_ids=tuple(str(t) for t in raw.get("trace_ids") or ()),
        info=dict(raw.get("info") or {}) if isinstance(raw.get("info"), dict) else {},
    )


def read(index: str | Path | None = None) -> tuple[list[RunEntry], list[str]]:
    """Every readable entry in file order, and one line per line that could not be read (never raises
    for a missing or damaged file: a reader must keep working while a writer is mid-line)."""
    path = Path(index) if index is not None else index_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        return [], [f"{path}: cannot read the run index ({exc.strerror})"]
    root = _root(path)
    entries: list[RunEntry] = []
    problems: list[str] = []
    lines = data.split(b"\n")
    if lines and lines[-1]:
        problems.append(f"{path}:{len(lines)}: the last line is incomplete (a writer may be mid-line)")
    for number, raw_line in enumerate(lines[:-1], 1):
        if not raw_line.strip():
            continue
        try:
            raw = json.loads(raw_line)
            if not isinstance(raw, dict) or not raw.get("command"):
                raise ValueError("not an entry object with a command")
            entries.append(_entry(raw, root))
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"{path}:{number}: skipped an unreadable entry ({str(exc)[:120]})")
    return entries, problems
