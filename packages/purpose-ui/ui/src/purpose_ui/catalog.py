"""Every trace and result the workspace holds, found through the run index, listed fast and read once.

Commands write where they like (``purpose learn`` under ``.purpose/learn/<arm>/seed-N/traces``, ``purpose
run`` into the configured traces folder, results wherever ``--out`` says) and register those places in
the workspace's run index. The catalog reads that index, adds the configured traces folder (API and
level-3 runs write there) and the result folders given on the command line, and keeps:

- each folder's listing, re-read only when the folder's modification time moves (a new trace), so a page
  over 10,000 traces costs a sort of cached entries, not 10,000 ``stat`` calls;
- each trace's summary (header, outcome, memories shown, candidates proposed), parsed once per file
  version; a background pass parses them all so content filters (run mode, a card, text) answer at once.

A folder or file that cannot be read is reported, never allowed to take a page down.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from purpose_runs import RunEntry
from purpose_runs import index_path as run_index_path
from purpose_runs import read as read_run_index

TRACE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,120}$")
OTHER = "other"
"""Label of traces in the configured folder that no command registered (the Python API, level-3 runs)."""


@dataclass(frozen=True)
class Folder:
    """A traces folder and who wrote it: the newest index entry for that path wins (a rerun replaces it)."""

    path: Path
    command: str
    arm: str | None = None
    seed: int | None = None
    at: str = ""
    workdir: Path | None = None
    origin: str = "index"
    """``index`` (registered), ``configured`` (the settings' traces folder) or ``found`` (harness layout
    in a workspace written before the index existed)."""

    @property
    def key(self) -> str:
        return _key(self.path)

    @property
    def label(self) -> str:
        parts = [self.command]
        if self.arm:
            parts.append(f"arm {self.arm}")
        if self.seed is not None:
            parts.append(f"seed {self.seed}")
        return " · ".join(parts)


@dataclass
class TraceInfo:
    trace_id: str
    path: Path
    folder: Folder
    command: str
    mtime: float
    size: int
    parsed_at: tuple[float, int] | None = None
    task: str = ""
    started_at: str = ""
    run_mode: str = ""
    agent: str = ""
    team: str = ""
    status: str = ""
    score: float | None = None
    finished: bool = False
    truncated: bool = False
    shown: tuple[str, ...] = ()
    proposed: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class ResultSource:
    path: Path
    command: str = ""
    at: str = ""
    mtime: float = 0.0

    def with_mtime(self, mtime: float) -> ResultSource:
        return ResultSource(self.path, self.command, self.at, mtime)

    @property
    def key(self) -> str:
        return result_key(self.path)


@dataclass
class _Listing:
    mtime: float = -1.0
    files: dict[str, tuple[float, int]] = field(default_factory=dict)


def _key(path: Path) -> str:
    return hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]


def result_key(path: Path) -> str:
    """A stable URL name for a result file: ``result.json`` is everywhere, so the stem alone is not."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem)[:60] or "result"
    return f"{stem}-{_key(path.absolute())[:8]}"


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


class Catalog:
    def __init__(
        self,
        *,
        traces: Path,
        results: Sequence[Path] = (),
        index: Path | None = None,
    ) -> None:
        self.configured = Path(traces)
        self.result_dirs = [Path(p) for p in results]
        self.index = Path(index) if index is not None else run_index_path()
        self.workspace = self.index.parent
        self.lock = threading.RLock()
        self.problems: list[str] = []
        self._index_sig: tuple[float, int] | None = None
        self._entries: list[RunEntry] = []
        self._folders: list[Folder] = []
        self._labels: dict[str, str] = {}
        self._listings: dict[Path, _Listing] = {}
        self._infos: dict[Path, TraceInfo] = {}
        self._by_id: dict[str, TraceInfo] = {}
        self._ordered: list[TraceInfo] = []
        self._dirty = True
        self._found_checked = -1.0
        self._version = 0
        """Moves whenever the set of traces or any trace's summary changes: the key of every cache below."""
        self._open: set[Path] = set()
        """Parsed traces whose episode had not finished: the only files that can still grow."""
        self._cache: dict[Any, tuple[int, Any]] = {}
        self._results_key: Any = None
        self._results: list[ResultSource] = []

    # -- the run index ------------------------------------------------------------------------------

    def _refresh_index(self) -> None:
        st = _stat(self.index)
        sig = (st.st_mtime, st.st_size) if st else None
        now = _stat(self.workspace)
        found_mtime = now.st_mtime if now else -1.0
        if sig == self._index_sig and found_mtime == self._found_checked and self._folders:
            return
        self._index_sig, self._found_checked = sig, found_mtime
        entries, problems = read_run_index(self.index) if sig else ([], [])
        self._entries, self.problems = entries, problems
        folders: dict[Path, Folder] = {}
        labels: dict[str, str] = {}
        configured = self.configured.absolute()
        folders[configured] = Folder(path=configured, command=OTHER, origin="configured")
        for entry in entries:
            if entry.traces is None:
                continue
            path = entry.traces.absolute()
            for trace_id in entry.trace_ids:
                labels[trace_id] = entry.command
            if entry.trace_ids:  # a shared folder: only these traces are this command's
                folders.setdefault(path, Folder(path=path, command=OTHER, at=entry.at, origin="index"))
                continue
            folders.pop(path, None)  # the newest registration of a path wins, and moves to the end
            folders[path] = Folder(
                path=path,
                command=entry.command,
                arm=entry.arm,
                seed=entry.seed,
                at=entry.at,
                workdir=entry.paths.get("workdir"),
            )
        for path, folder in self._found():
            folders.setdefault(path, folder)
        self._folders = list(folders.values())
        self._labels = labels
        self._dirty = True

    def _found(self) -> Iterable[tuple[Path, Folder]]:
        """Harness folders (``<workdir>/<arm>/seed-N/traces``) in ``.purpose``, registered or not."""
        if not self.workspace.is_dir():
            return
        for traces in sorted(self.workspace.glob("*/*/seed-*/traces")):
            command, arm, seed = traces.parts[-4], traces.parts[-3], traces.parts[-2]
            number = seed.removeprefix("seed-")
            yield (
                traces.absolute(),
                Folder(
                    path=traces.absolute(),
                    command=command,
                    arm=arm,
                    seed=int(number) if number.isdigit() else None,
                    workdir=traces.parents[2],
                    origin="found",
                ),
            )

    # -- listings -----------------------------------------------------------------------------------

    def _list(self, folder: Folder) -> bool:
        """Re-read a folder's listing if it changed; True when it did."""
        listing = self._listings.setdefault(folder.path, _Listing())
        st = _stat(folder.path)
        mtime = st.st_mtime if st else -1.0
        if mtime == listing.mtime:
            return False
        files: dict[str, tuple[float, int]] = {}
        if st is not None:
            try:
                with os.scandir(folder.path) as it:
                    for item in it:
                        if item.name.endswith(".jsonl"):
                            try:
                                s = item.stat()
                            except OSError:
                                continue
                            files[item.name[:-6]] = (s.st_mtime, s.st_size)
            except OSError as exc:
                self.problems.append(f"{folder.path}: cannot list ({exc.strerror})")
        listing.mtime, listing.files = mtime, files
        return True

    def refresh(self) -> None:
        """Bring folders and listings up to date; cheap when nothing changed."""
        with self.lock:
            self._refresh_index()
            changed = self._dirty
            for folder in self._folders:
                changed = self._list(folder) or changed
            for path in list(self._open):
                info = self._infos.get(path)
                st = _stat(path)  # a running episode grows without changing its folder's mtime
                if info is None or st is None:
                    self._open.discard(path)
                elif (st.st_mtime, st.st_size) != (info.mtime, info.size):
                    info.mtime, info.size = st.st_mtime, st.st_size
                    changed = True
            if changed:
                self._rebuild()
            self._dirty = False

    def _rebuild(self) -> None:
        infos: dict[Path, TraceInfo] = {}
        by_id: dict[str, TraceInfo] = {}
        for folder in self._folders:
            for stem, (mtime, size) in self._listings[folder.path].files.items():
                if stem in by_id:
                    continue  # the same trace registered twice (a folder inside another); keep the first
                path = folder.path / f"{stem}.jsonl"
                info = self._infos.get(path)
                command = self._labels.get(stem, folder.command)
                if info is None or info.folder != folder:
                    info = TraceInfo(stem, path, folder, command, mtime, size)
                else:
                    info.command, info.mtime, info.size = command, mtime, size
                infos[path] = info
                by_id[stem] = info
        self._infos, self._by_id = infos, by_id
        self._ordered = sorted(infos.values(), key=lambda i: (-i.mtime, i.trace_id))
        self._open &= set(infos)
        self._version += 1

    # -- reading traces -----------------------------------------------------------------------------

    def parse(self, info: TraceInfo) -> TraceInfo:
        """Fill in a trace's summary from its file, once per file version; errors become ``info.error``."""
        version = (info.mtime, info.size)
        if info.parsed_at == version:
            return info
        _summarize(info)
        info.parsed_at = version
        if info.finished:
            self._open.discard(info.path)
        else:
            self._open.add(info.path)
        self._version += 1
        return info

    def _cached(self, key: Any, make: Any) -> Any:
        """``make()`` once per catalog version (the set of traces and their summaries)."""
        hit = self._cache.get(key)
        if hit is not None and hit[0] == self._version:
            return hit[1]
        value = make()
        if len(self._cache) > 256:
            self._cache.clear()
        self._cache[key] = (self._version, value)
        return value

    def _parsed(self, items: Iterable[TraceInfo]) -> list[TraceInfo]:
        return [i if i.parsed_at == (i.mtime, i.size) else self.parse(i) for i in items]

    def warm(self) -> int:
        """Parse every trace not yet parsed (the background pass); returns how many it parsed."""
        self.refresh()
        with self.lock:
            todo = [i for i in self._ordered if i.parsed_at != (i.mtime, i.size)]
        for info in todo:
            self.parse(info)
        return len(todo)

    @property
    def complete(self) -> bool:
        return all(i.parsed_at == (i.mtime, i.size) for i in self._ordered)

    def folders(self) -> list[Folder]:
        self.refresh()
        return list(self._folders)

    def traces(self) -> list[TraceInfo]:
        self.refresh()
        return self._ordered

    def count(self) -> tuple[int, float]:
        self.refresh()
        return len(self._ordered), (self._ordered[0].mtime if self._ordered else 0.0)

    def find(self, trace_id: str) -> TraceInfo | None:
        if not TRACE_ID.match(trace_id):
            return None
        self.refresh()
        info = self._by_id.get(trace_id)
        return self.parse(info) if info is not None else None

    def folder(self, key: str) -> Folder | None:
        return next((f for f in self.folders() if f.key == key), None)

    def query(
        self,
        *,
        command: str = "",
        arm: str = "",
        seed: str = "",
        mode: str = "",
        card: str = "",
        folder: str = "",
        q: str = "",
        page: int = 1,
        per_page: int = 25,
    ) -> tuple[list[TraceInfo], int, bool]:
        """One page of traces, newest first, and the number matching; content filters parse as needed."""
        self.refresh()
        filters = (command, arm, seed, mode, card, folder, q.strip().lower())
        matched = self._cached(("query", filters), lambda: self._match(*filters))
        start = (max(1, page) - 1) * per_page
        window = self._parsed(matched[start : start + per_page])
        return window, len(matched), start + per_page < len(matched)

    def _match(
        self, command: str, arm: str, seed: str, mode: str, card: str, folder: str, needle: str
    ) -> list[TraceInfo]:
        items: list[TraceInfo] = self._ordered
        if folder:
            items = [i for i in items if i.folder.key == folder]
        if command:
            items = [i for i in items if i.command == command]
        if arm:
            items = [i for i in items if i.folder.arm == arm]
        if seed:
            items = [i for i in items if str(i.folder.seed) == seed]
        if mode or card or needle:
            items = self._parsed(items)
            if mode:
                items = [i for i in items if i.run_mode == mode]
            if card:
                items = [i for i in items if card in i.shown or card in i.proposed]
            if needle:
                items = [i for i in items if needle in i.trace_id.lower() or needle in i.task.lower()]
        return items

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        """Values of each folder-level filter with their trace counts, for the filter menus."""
        self.refresh()
        return self._cached("facets", self._facets)

    def _facets(self) -> dict[str, list[tuple[str, int]]]:
        counts: dict[str, dict[str, int]] = {"command": {}, "arm": {}, "seed": {}, "folder": {}}
        for info in self._ordered:
            labels = (
                ("command", info.command),
                ("arm", info.folder.arm),
                ("seed", info.folder.seed),
                ("folder", info.folder.key),
            )
            for name, value in labels:
                if value is not None:
                    bucket = counts[name]
                    bucket[str(value)] = bucket.get(str(value), 0) + 1
        return {k: sorted(v.items()) for k, v in counts.items()}

    def showing(self, card_id: str) -> list[TraceInfo]:
        """Traces whose prompts showed the card, newest first (parses what is not parsed yet)."""
        return self._cards()[0].get(card_id, [])

    def proposing(self, card_id: str) -> list[TraceInfo]:
        return self._cards()[1].get(card_id, [])

    def _cards(self) -> tuple[dict[str, list[TraceInfo]], dict[str, list[TraceInfo]]]:
        """card id -> traces that showed it, and -> traces that proposed it (one pass, cached)."""
        self.refresh()
        self._parsed(self._ordered)

        def build() -> tuple[dict[str, list[TraceInfo]], dict[str, list[TraceInfo]]]:
            shown: dict[str, list[TraceInfo]] = {}
            proposed: dict[str, list[TraceInfo]] = {}
            for info in self._ordered:
                for card_id in info.shown:
                    shown.setdefault(card_id, []).append(info)
                for card_id in info.proposed:
                    proposed.setdefault(card_id, []).append(info)
            return shown, proposed

        return self._cached("cards", build)

    # -- result files -------------------------------------------------------------------------------

    def results(self) -> list[ResultSource]:
        """Every result file: registered ones, the given folders' ``*.json``, ``.purpose/*/result.json``.

        Re-listed only when the index, the workspace folder or a given folder changes; a rewritten file is
        re-read by whoever loads it (its version is checked there).
        """
        self.refresh()
        key = (
            self._index_sig,
            self._found_checked,
            tuple((str(p), _mtime(p)) for p in self.result_dirs),
            tuple((str(p), _mtime(p)) for p in self._result_subdirs()),
        )
        if key != self._results_key:
            self._results, self._results_key = self._list_results(), key
        return self._results

    def _result_subdirs(self) -> list[Path]:
        """Folders under ``.purpose`` a ``result.json`` may appear in without a registration."""
        if not self.workspace.is_dir():
            return []
        try:
            return [p for p in self.workspace.iterdir() if p.is_dir()]
        except OSError:
            return []

    def _list_results(self) -> list[ResultSource]:
        found: dict[Path, ResultSource] = {}
        for entry in self._entries:
            if entry.result is not None:
                path = entry.result.absolute()
                found.pop(path, None)
                found[path] = ResultSource(path=path, command=entry.command, at=entry.at)
        for source in self.result_dirs:
            if source.is_file():
                found.setdefault(source.absolute(), ResultSource(path=source.absolute()))
            elif source.is_dir():
                for path in sorted(source.glob("*.json")):
                    found.setdefault(path.absolute(), ResultSource(path=path.absolute()))
        if self.workspace.is_dir():
            for path in sorted(self.workspace.glob("*/result.json")):
                source = ResultSource(path=path.absolute(), command=path.parent.name)
                found.setdefault(source.path, source)
        stamped = [(s, _mtime(s.path)) for s in found.values() if s.path.is_file()]
        return [s.with_mtime(t) for s, t in sorted(stamped, key=lambda pair: (-pair[1], str(pair[0].path)))]


def _mtime(path: Path) -> float:
    st = _stat(path)
    return st.st_mtime if st else 0.0


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _summarize(info: TraceInfo) -> None:
    """Header, outcome, shown and proposed memories; only the lines that carry them are parsed."""
    info.error = None
    try:
        text = info.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        info.error = f"cannot read {info.path.name}: {exc}"
        return
    info.truncated = bool(text) and not text.endswith("\n")
    lines = text.split("\n")
    lines = lines[:-1] if lines else lines
    if info.truncated and lines:
        lines = lines[:-1]
    try:
        head = json.loads(lines[0]) if lines else None
    except ValueError:
        head = None
    if not isinstance(head, dict) or head.get("type") != "header":
        info.error = f"{info.path.name}: not a trace (no header line)"
        return
    meta = head.get("meta") if isinstance(head.get("meta"), dict) else {}
    info.task = str(head.get("task") or "")
    info.started_at = str(head.get("started_at") or "")[:19].replace("T", " ")
    info.run_mode = str(head.get("run_mode") or "")
    info.agent = str(meta.get("agent") or "")
    info.team = str(meta.get("team") or "")
    if info.command == OTHER and meta.get("conversation"):
        info.command = "conversation"
    shown: dict[str, None] = {}
    proposed: dict[str, None] = {}
    for line in lines[1:]:
        if '"prompt_compiled"' in line[:40]:
            for card_id in _event(line).get("shown_ids") or []:
                shown.setdefault(str(card_id), None)
        elif '"candidate_proposed"' in line[:40]:
            card_id = _event(line).get("card_id")
            if card_id:
                proposed.setdefault(str(card_id), None)
    info.shown, info.proposed = tuple(shown), tuple(proposed)
    last = _event(lines[-1], whole=True) if len(lines) > 1 else {}
    info.finished = last.get("type") == "episode_finished"
    if info.finished:
        data = last.get("data") if isinstance(last.get("data"), dict) else {}
        info.status = str(data.get("status", ""))
        info.score = _number(data.get("score"))
    else:
        info.status = "cut off" if info.truncated else "running"


def _event(line: str, *, whole: bool = False) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        return {}
    if not isinstance(record, dict):
        return {}
    if whole:
        return record
    return record.get("data") if isinstance(record.get("data"), dict) else {}
