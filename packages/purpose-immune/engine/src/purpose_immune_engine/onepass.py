"""One pass over each view for every rule of every detector (optional accelerator: RE2 sets or Hyperscan).

Without it, each rule scanner's :class:`~purpose_immune_engine.gate.RuleGate` lets through every rule
whose words all occur *somewhere* in a view (about 40 rules on an ordinary 1,000-character text, nearly
all on a long document), and each is then confirmed with Python's ``re``. With the accelerator installed
(``pip install purpose-immune-engine[fast]``), every rule of every scanner is rewritten into a pattern
that matches wherever the rule can (see :mod:`purpose_immune_engine.superset`) and all of them are
compiled into one automaton per kind of view (lower-case, case-kept). One scan of a view, in C, linear in
its length whatever the number of rules, names the rules that can match it (under one per view on the
development mix); only those are confirmed with the exact ``re`` pattern, as before. The set only skips
rules that cannot match, so the findings are the same with and without the accelerator (the equivalence
tests check it on every development corpus and on generated texts).

Two engines can run the automaton. RE2 sets (the ``google-re2`` package, preferred where installed) are
a regular-expression engine with the same answers as ``re`` on these patterns (no backreferences or
lookarounds are left in them): a lazily built DFA per group of :data:`RE2_GROUP` patterns, compiled in
milliseconds, so they are compiled in the calling thread and never cached on disk. Hyperscan
(``PURPOSE_AGENT_IMMUNE_ACCEL=hyperscan``, or where RE2 is not installed) scans at about the same speed
but misses some matches ``re`` finds (below); it still runs the span finders
(:mod:`purpose_immune_engine.spans`), which need where each match starts.

Compiling a Hyperscan automaton takes seconds (Hyperscan optimises hard for scan speed), so it is compiled
once per set of rules and kept in the user's cache directory, keyed by a hash of the patterns and the
Hyperscan version; a process loads it in milliseconds. When no compiled automaton is ready (first use,
or a scanner created after it was built), compilation runs in a background thread and the scanners use
the pure-Python gate meanwhile; the process finishes that compile before it exits, so the cache is
written even by one short command. :func:`warm` compiles (or loads) in the calling thread instead.

A derived lower-case view (letters re-joined, words de-hyphenated, leetspeak read back: a copy of the main
view changed in a few places) is scanned only where its sentences differ from the main view's, plus a
whole scan by a third, smaller automaton of the patterns that may match across a sentence cut (see
:mod:`purpose_immune_engine.sentences` and :meth:`OnePass.match`).

Fail-safe: anything going wrong in the accelerator (import, compile, load, scan) turns it off for the
process and the pure-Python gate takes over, never a skipped rule. Hyperscan itself can miss a match
``re`` finds (python-hyperscan 0.9.1 does, for some pattern shapes at some offsets): each automaton is
tested on texts drawn from its own patterns when it is compiled (:mod:`purpose_immune_engine.selfcheck`),
and a pattern it was seen to miss is reported for every view (a rule scanner then lets the pure-Python
gate decide for that rule: :meth:`~purpose_immune_engine.rules.RuleScanner._narrowing`). That check is a
test, not a proof: it does not find every such pattern, which is why RE2 sets are the default engine.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_immune_engine.sentences import never_crosses_a_cut, new_segments, segments
from purpose_immune_engine.superset import Untranslatable, superset

MEMO_KEY = "purpose_immune_engine.onepass"
ENV_SWITCH = "PURPOSE_AGENT_IMMUNE_ACCEL"
"""``off`` (or ``0``) forces the pure-Python gate even with an engine installed; ``hyperscan`` runs the
one-pass automata with Hyperscan even where RE2 is installed (any other value: RE2 where installed)."""
ENV_CACHE = "PURPOSE_AGENT_IMMUNE_CACHE"
"""Directory for compiled automata (default: ``$XDG_CACHE_HOME/purpose-agent/immune``)."""

_modules: dict[str, Any] = {}
_ENABLED = [True]


def set_enabled(enabled: bool) -> None:
    """Turn the accelerator on or off for this process (benchmarks and equivalence tests compare both)."""
    _ENABLED[0] = enabled


def _optional(name: str, needs: str) -> Any:
    """The optional module ``name`` (None: not installed, or without ``needs``), imported once."""
    if name not in _modules:
        try:
            module = importlib.import_module(name)
        except Exception:  # ImportError, or a wheel whose library does not load on this machine
            module = None
        _modules[name] = module if hasattr(module, needs) else None
    return _modules[name]


def _hyperscan() -> Any:
    return _optional("hyperscan", "Database")


def _re2() -> Any:
    return _optional("re2", "Set")


_SWITCHED_OFF = ("off", "0", "false", "no")
_env_seen: list[Any] = [False, None]  # [the variable's raw value, what it meant] read once per value
_ENVIRON = os.environ
_ENV_DATA: Any = getattr(os.environ, "_data", None)
_ENV_KEY: Any = os.environ.encodekey(ENV_SWITCH) if hasattr(os.environ, "encodekey") else None


def available() -> bool:
    """Is the accelerator installed (and not switched off with ``PURPOSE_AGENT_IMMUNE_ACCEL=off``)?

    Called by every scanner several times per scan (about ten times), so once the answer is known it is
    one dictionary lookup: the variable's raw value in the mapping behind ``os.environ`` (what
    ``os.environ.get`` reads, without encoding the name and decoding the value each time; a change of the
    variable through ``os.environ`` changes that mapping, and the answer is worked out again)."""
    if not _ENABLED[0]:
        return False
    if _ENV_DATA is not None and os.environ is _ENVIRON:
        raw = _ENV_DATA.get(_ENV_KEY)
    else:  # os.environ replaced by another mapping, or a platform without the private mapping
        raw = os.environ.get(ENV_SWITCH)
    if raw is not _env_seen[0] and raw != _env_seen[0]:
        _env_seen[1] = _engine_named((os.environ.get(ENV_SWITCH) or "").lower())
        _env_seen[0] = raw
    return _env_seen[1] is not None


def _engine_named(value: str) -> str | None:
    if value in _SWITCHED_OFF:
        return None
    if value != "hyperscan" and _re2() is not None:
        return "re2"
    return "hyperscan" if _hyperscan() is not None else None


def engine() -> str | None:
    """The engine the one-pass automata run on (``"re2"`` or ``"hyperscan"``; None: accelerator off)."""
    return _env_seen[1] if available() else None  # type: ignore[no-any-return]


def spans_available() -> bool:
    """Can the span finders run (:mod:`purpose_immune_engine.spans`: they need Hyperscan's match starts)?"""
    return available() and _hyperscan() is not None


def cache_dir() -> Path:
    explicit = os.environ.get(ENV_CACHE)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "purpose-agent" / "immune"


Compiled = tuple[Any, frozenset[int]]
"""A Hyperscan database (or :class:`Re2Sets`) and the indices (in its numbering) of the patterns it was
seen to miss."""

RE2_GROUP = 8
"""Patterns per RE2 set. RE2 builds a set's DFA states as the texts it scans need them and keeps them, so
a text like one scanned before is cheap and a new one pays for its states; the more patterns a set holds,
the more states a new text needs (each pattern waiting in a gap multiplies them). One set of all 304
lower-case patterns needs a DFA of about 300 MB before it stops rebuilding states. Measured on the
development mix (``python benchmarks/immune.py --speed-only``, one core, all detectors), texts scanned for
the first time: 560-600 scans/s with sets of 5 to 8 patterns, 367 with sets of 20 (the size until 7
December), 425-458 with 10 or 12; the same texts scanned again: 940 with 8, 985 with 20, 720-817 with 4
to 6; the 100 KB text's first scan 601 ms with 8, 820 with 20; the process's memory 241 MB with 8, 351
with 20."""
RE2_MAX_MEM = 32 << 20
"""Memory each RE2 set may use for its program and DFA states (bytes). On the development mix sets of 20
lower-case patterns scanned at the same speed with 16 MB, four times slower with 8 MB (the DFA then
rebuilds its states again and again); a set's memory grows only as far as the texts it scans need."""


class Re2Sets:
    """Patterns compiled into RE2 sets of :data:`RE2_GROUP`, answering which match a text, as ``re`` does.

    RE2 reads a text as Latin-1 bytes here, as Hyperscan does, so the patterns' ``\\xHH`` escapes mean
    bytes. A pattern RE2 refuses is named in :attr:`refused` (its rule is then confirmed wherever the
    pure-Python gate lets it through)."""

    def __init__(self, patterns: Sequence[str]) -> None:
        re2 = _re2()
        options = re2.Options()  # each set keeps a copy
        options.encoding = re2.Options.Encoding.LATIN1
        options.max_mem = RE2_MAX_MEM
        options.log_errors = False
        self.groups: list[tuple[list[int], Any]] = []
        refused: list[int] = []
        for start in range(0, len(patterns), RE2_GROUP):
            group = re2.Set.SearchSet(options)
            members: list[int] = []
            for index in range(start, min(start + RE2_GROUP, len(patterns))):
                try:
                    group.Add(patterns[index])
                except Exception:
                    refused.append(index)
                else:
                    members.append(index)
            if members:
                group.Compile()
                self.groups.append((members, group))
        self.refused = frozenset(refused)

    def match(self, data: bytes) -> set[int]:
        """The indices of the patterns that match ``data``."""
        found: set[int] = set()
        for members, group in self.groups:
            for i in group.Match(data) or ():  # None when none of the group matches
                found.add(members[i])
        return found


class _Automaton:
    """A compiled database for the first ``count`` patterns of one kind, with a scratch space per thread
    (Hyperscan's; RE2 sets need none)."""

    def __init__(self, compiled: Compiled, sources: list[str]) -> None:
        self.db, unreliable = compiled
        self.engine = "re2" if isinstance(self.db, Re2Sets) else "hyperscan"
        self.count = len(sources)
        ids = {s: i for i, s in enumerate(sources)}
        self.remap = [ids[s] for s in sorted(ids)]
        """Registration id of each pattern the automaton reports (it numbers them in sorted order)."""
        self.always = frozenset(self.remap[i] for i in unreliable)
        """Registration ids of the patterns the automaton was seen to miss (:mod:`.selfcheck`): reported for
        every text, so their rules are confirmed with ``re`` as without the accelerator."""
        self._local = threading.local()
        if self.engine == "hyperscan":
            self.scratch()  # fails here, in the builder, if the database cannot be used

    def ids(self, data: bytes) -> set[int]:
        """The indices (in the automaton's numbering) of the patterns that match ``data``."""
        if self.engine == "re2":
            return self.db.match(data)  # type: ignore[no-any-return]
        return matching_ids(self.db, data, self.scratch())

    def scratch(self) -> Any:
        """This thread's scratch space (a scan needs one of its own: threads scan in parallel)."""
        mine = getattr(self._local, "scratch", None)
        if mine is None:
            mine = self._local.scratch = _hyperscan().Scratch(self.db)
        return mine


Hits = tuple[_Automaton, tuple[frozenset[int], ...]]
"""The automaton that answered and, per view, the ids of the patterns that match it."""


class _Kind:
    """Every registered pattern of one kind of view and the automaton compiled for them."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.ids: dict[str, int] = {}
        self.sources: list[str] = []
        self.ready: _Automaton | None = None
        self.building = False
        self.build_lock = threading.Lock()
        self.tried_load = -1
        self.crossing: list[int] = []
        """(lower-case kind) Ids whose patterns may match across a dot followed by a space, in the order
        they were found; wide id ``i`` (the automaton of :data:`WIDE`) is lower-case id ``crossing[i]``."""
        self.crossing_set: set[int] = set()

    def add(self, source: str) -> int:
        gid = self.ids.get(source)
        if gid is None:
            gid = self.ids[source] = len(self.sources)
            self.sources.append(source)
        return gid


@functools.lru_cache(maxsize=4096)
def _translate(
    pattern: str, flags: int, counted: bool = False, boundaries: bool = False, fold: bool = False
) -> str | None:
    """The rule rewritten for the automaton (None: it cannot be), once per pattern in a process."""
    try:
        return superset(pattern, flags, counted=counted, boundaries=boundaries, fold=fold)
    except (Untranslatable, RecursionError):
        return None


def _digest(sources: Sequence[str], version: str) -> str:
    h = hashlib.sha256(version.encode())
    for s in sources:
        h.update(b"\0" + s.encode())
    return h.hexdigest()[:32]


class OnePass:
    """The process-wide registry: rule scanners register their patterns (:meth:`register`), and each view
    of an item is matched once against all of them (:func:`hits`)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # the third kind ("widelower", not a prefix of "lower" for the cache's pruning) holds the lower-case
        # patterns that may cross a sentence cut, scanned over whole derived views (see match)
        self._kinds = (_Kind("lower"), _Kind("cased"), _Kind("widelower"))
        self.broken: str | None = None
        """Why the accelerator turned itself off (None while it works)."""
        self._crossing_ids: tuple[int, frozenset[int]] = (0, frozenset())

    def register(
        self,
        patterns: Sequence[re.Pattern[str] | None],
        cased: Sequence[bool],
        *,
        counted: bool = False,
        crossing: Sequence[bool | None] | None = None,
    ) -> list[int | None]:
        """Ids of ``patterns`` in the automaton of their kind (None: no such pattern, or one the automaton
        cannot pre-select, which stays a candidate for every view). ``counted``: see
        :func:`~purpose_immune_engine.superset.superset`. ``crossing``: per pattern, whether what it stands
        for may match across a sentence cut (None: judged from the pattern itself), for a pattern that is
        a rule's anchor rather than the rule (see :class:`~purpose_immune_engine.rules.Rule`)."""
        out: list[int | None] = []
        wide = crossing if crossing is not None else [None] * len(patterns)
        with self._lock:
            for p, is_cased, crosses in zip(patterns, cased, wide, strict=True):
                if p is None:
                    out.append(None)
                    continue
                source = _translate(p.pattern, p.flags & ~re.UNICODE, counted)
                if source is None:
                    out.append(None)
                    continue
                gid = self._kinds[int(is_cased)].add(source)
                lower = self._kinds[0]
                if crosses is None:
                    crosses = not _within_sentences(p.pattern, p.flags)
                if crosses and not is_cased and gid not in lower.crossing_set:
                    lower.crossing_set.add(gid)
                    lower.crossing.append(gid)
                    self._kinds[WIDE].add(source)
                out.append(gid)
        return out

    def automaton(self, cased: bool | int, *, wait: bool = False) -> _Automaton | None:
        """The compiled automaton of one kind (False or 0: lower-case, True or 1: case-kept, :data:`WIDE`:
        the lower-case patterns that may cross a sentence cut); None while none is ready, or when the
        accelerator is off."""
        if self.broken is not None or not available():
            return None
        kind = self._kinds[int(cased)]
        ready = kind.ready
        if ready is not None and ready.engine != _env_seen[1]:  # the engine was switched
            ready = kind.ready = None
            kind.tried_load = -1
        if ready is not None and ready.count == len(kind.sources):
            return ready
        if not kind.sources:
            return None
        if wait or _env_seen[1] == "re2":  # RE2 sets compile in milliseconds: no cache, no thread
            self._build(kind)
            return kind.ready
        loaded = self._load(kind)  # a compiled automaton in the cache loads in milliseconds
        if loaded is not None:
            return loaded
        with self._lock:
            if not kind.building:
                kind.building = True
                # not a daemon: a short-lived process (one ``purpose scan``) finishes the compile before it
                # exits, so the cache is written once; a daemon died with it and the next process started over
                builder = threading.Thread(target=self._build, args=(kind,), name="immune-onepass")
                builder.start()
        return ready  # an older automaton still serves the scanners it covers

    def _load(self, kind: _Kind) -> _Automaton | None:
        if kind.tried_load == len(kind.sources):
            return None  # looked for this set of patterns already
        with self._lock:
            sources = list(kind.sources)
            kind.tried_load = len(sources)
        try:
            compiled = _load_cached(kind.name, sources)
            if compiled is None:
                return None
            kind.ready = _Automaton(compiled, sources)
        except Exception as exc:
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
            return None
        return kind.ready

    def _build(self, kind: _Kind) -> None:
        try:
            with kind.build_lock:  # one compile per kind at a time; a waiter then finds it done
                while True:
                    with self._lock:
                        sources = list(kind.sources)
                    if kind.ready is None or kind.ready.count != len(sources):
                        kind.ready = _Automaton(_compile_kind(kind.name, sources), sources)
                    with self._lock:
                        if len(kind.sources) == len(sources):
                            return
        except Exception as exc:  # the pure-Python gate takes over for good
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
        finally:
            kind.building = False

    def match(self, views: Sequence[str], cased: bool) -> tuple[Hits | None]:
        """Per view, the ids of the patterns that match it, with the automaton that answered (whose ``count``
        says which ids it covers); None when no automaton is ready.

        A lower-case view after the first that shares most of its sentences with the first (a derived view:
        letters re-joined, words de-hyphenated, leetspeak read back) is not scanned whole: its ids are the
        first view's and those of its new sentences (:mod:`purpose_immune_engine.sentences`), except for the
        patterns that may cross a sentence cut, which the smaller :data:`WIDE` automaton scans over the whole
        view. That answer may hold more ids than a whole scan, never fewer."""
        automaton = self.automaton(cased)
        if automaton is None:
            return (None,)
        out: list[frozenset[int]] = []
        done: dict[str, frozenset[int]] = {}
        known: set[bytes] | None = None
        wide: tuple[_Automaton | None, frozenset[int]] | None = None
        try:
            for k, view in enumerate(views):
                found = done.get(view)
                if found is None:
                    data = view.encode("utf-8", "surrogatepass")
                    if k and not cased and len(data) >= MIN_SEGMENTED:
                        if wide is None:
                            wide = self._wide()
                        if wide[0] is not None or not wide[1]:
                            if known is None:
                                known = set(segments(views[0].encode("utf-8", "surrogatepass")))
                            found = self._derived(automaton, wide, out[0], data, known)
                    if found is None:
                        found = _scan(automaton, data)
                    done[view] = found
                out.append(found)
        except Exception as exc:
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
            return (None,)
        return ((automaton, tuple(out)),)

    def _wide(self) -> tuple[_Automaton | None, frozenset[int]]:
        """The :data:`WIDE` automaton when it covers every lower-case id that may cross a cut (else None),
        and those ids (empty: no pattern needs it)."""
        crossing = self._kinds[0].crossing
        n = len(crossing)
        if n == 0:
            return None, frozenset()
        known = self._crossing_ids
        if known[0] != n:  # computed again only when a scanner registered another such pattern
            known = self._crossing_ids = (n, frozenset(crossing[:n]))
        wide = self.automaton(WIDE)
        if wide is None or wide.count != n:
            return None, known[1]  # not ready for all of them: whole scans meanwhile
        return wide, known[1]

    def _derived(
        self,
        automaton: _Automaton,
        wide: tuple[_Automaton | None, frozenset[int]],
        main: frozenset[int],
        data: bytes,
        known: set[bytes],
    ) -> frozenset[int] | None:
        """The ids of a derived view from its new sentences (None: too few shared to be worth it)."""
        changed = new_segments(data, known)
        if 2 * len(changed) > len(data):
            return None
        wide_automaton, crossing = wide
        found = set(main)
        if changed:
            found |= _scan(automaton, changed)
        if not crossing:
            return frozenset(found)
        found -= crossing
        assert wide_automaton is not None
        lower_ids = self._kinds[0].crossing
        found.update(lower_ids[i] for i in _scan(wide_automaton, data))
        found |= automaton.always  # a pattern the lower-case automaton misses stays reported
        return frozenset(found)


MIN_SEGMENTED = 256
"""Derived views shorter than this (bytes) are scanned whole: the bookkeeping would cost more than it
saves."""
WIDE = 2
"""Index of the automaton of the lower-case patterns that may cross a sentence cut (see OnePass.match)."""


@functools.lru_cache(maxsize=4096)
def _within_sentences(pattern: str, flags: int) -> bool:
    return never_crosses_a_cut(pattern, flags)


def _scan(automaton: _Automaton, data: bytes) -> frozenset[int]:
    """The registration ids of the patterns of ``automaton`` that match ``data`` (or that it may miss)."""
    ids = automaton.ids(data)
    remap = automaton.remap
    found = frozenset(remap[i] for i in ids)
    return found | automaton.always if automaton.always else found


def _collect(pattern_id: int, _start: int, _end: int, _flags: int, ids: set[int]) -> None:
    ids.add(pattern_id)


def _cache_path(name: str, sources: list[str]) -> Path:
    """Where the automaton for these patterns is kept, keyed by the sorted patterns (it reports the index
    of each in that order; :class:`_Automaton` maps it back to the registration id)."""
    version = f"hyperscan {getattr(_hyperscan(), '__version__', '')}; superset 1; {_CHECKED.decode()}"
    return cache_dir() / f"{name}-{_digest(sorted(set(sources)), version)}.hsdb"


_CHECKED = b"selfcheck 1"
"""The first line of a cached automaton: this tag, then the indices :func:`checked` found unreliable."""


def _load_cached(name: str, sources: list[str]) -> Compiled | None:
    """The compiled automaton for exactly these patterns from the cache, or None."""
    path = _cache_path(name, sources)
    try:
        data = path.read_bytes()
        os.utime(path)  # in use: the last to be pruned (see _prune)
    except OSError:
        return None
    try:
        head, _, body = data.partition(b"\n")
        tag, _, ids = head.partition(b" ids ")
        if tag != _CHECKED:
            return None
        hs = _hyperscan()
        return hs.loadb(body, hs.HS_MODE_BLOCK), frozenset(int(i) for i in ids.split())
    except Exception:  # a damaged or foreign file: compile again
        return None


def checked(db: Any, patterns: list[str], salt: int = 0) -> frozenset[int]:
    """Indices of ``patterns`` (compiled into ``db`` in this order) that ``db`` fails to report on a text
    where ``re`` finds them (:mod:`purpose_immune_engine.selfcheck`; ``salt``: another draw of texts)."""
    from purpose_immune_engine.selfcheck import unreliable

    scratch = _hyperscan().Scratch(db)
    return frozenset(unreliable(patterns, lambda data: matching_ids(db, data, scratch), salt=salt))


def compile_patterns(patterns: list[str], flags: int | None = None) -> Any:
    """A Hyperscan database of ``patterns``, each reported by its index in the list. ``flags``: Hyperscan's
    flags for every pattern (default: one report per pattern, empty matches allowed)."""
    hs = _hyperscan()
    db = hs.Database()
    if flags is None:
        flags = hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY
    db.compile(
        expressions=[p.encode("ascii") for p in patterns],
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=[flags] * len(patterns),
    )
    return db


def matching_ids(db: Any, data: bytes, scratch: Any) -> set[int]:
    """The indices of the patterns of ``db`` that match ``data`` (``scratch``: Hyperscan's, for ``db``)."""
    ids: set[int] = set()
    db.scan(data, match_event_handler=_collect, context=ids, scratch=scratch)
    return ids


def _compile_kind(name: str, sources: list[str]) -> Compiled:
    """The one-pass automaton of one kind on the engine in use: RE2 sets compiled here (and not checked:
    they answer as ``re`` does), or Hyperscan's from the cache or compiled and checked."""
    if _env_seen[1] == "re2":
        sets = Re2Sets(sorted(set(sources)))  # numbered in sorted order, as Hyperscan's
        return sets, sets.refused
    return _load_or_compile(name, sources)


def _load_or_compile(name: str, sources: list[str], flags: int | None = None) -> Compiled:
    """The automaton for ``sources`` from the cache, or compiled, checked (:func:`checked`) and cached.
    ``flags``: Hyperscan's flags for every pattern (default: one report per pattern, empty matches
    allowed); the kind ``name`` must differ between different flags, since it keys the cache."""
    cached = _load_cached(name, sources)
    if cached is not None:
        return cached
    hs = _hyperscan()
    path = _cache_path(name, sources)
    # sorted: the same automaton whichever scanner registered first
    patterns = sorted(set(sources))
    db = compile_patterns(patterns, flags)
    unreliable = checked(db, patterns)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        head = _CHECKED + b" ids " + " ".join(map(str, sorted(unreliable))).encode() + b"\n"
        tmp.write_bytes(head + hs.dumpb(db))
        os.replace(tmp, path)
        _prune(name)
    except OSError:
        pass  # a read-only cache directory costs a compile per process, nothing else
    return db, unreliable


KEEP_CACHED = 4
"""Automata kept per kind of view (a few MB each): rule sets change as detectors are upgraded, and a
process on an older set still finds its own."""


def _prune(name: str) -> None:
    files = sorted(cache_dir().glob(f"{name}-*.hsdb"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in files[KEEP_CACHED:]:
        old.unlink(missing_ok=True)


ONE_PASS = OnePass()


def warm(timeout: float | None = None) -> bool:
    """Compile (or load from the cache) the automata for every scanner created so far, in this thread;
    True when the accelerator is ready for them."""
    del timeout
    ok = True
    for which, kind in enumerate(ONE_PASS._kinds):
        if kind.sources:
            ok = ONE_PASS.automaton(which, wait=True) is not None and ok
    from purpose_immune_engine import spans  # the span automata (their module imports this one)

    spans.warm()
    return ok and ONE_PASS.broken is None and available()


class KeySelection:
    """Which of ``keys`` a view's automaton answer leaves possible: ``keys[i]`` is possible when its pattern
    id ``ids[i]`` is None (a pattern the automaton cannot translate) or among the ids that matched.

    Worked out once per set of ids (the highest id, the keys that are always possible, the keys of each id),
    so a scan pays for the ids that matched, not for every key: the set comprehension over every key and
    the ``max`` over every id cost several microseconds per detector per text, most of a short text's
    cost in the privacy and learned detectors' prefilters. :meth:`select` gives the same set as
    :meth:`select_reference`; the tests compare them."""

    __slots__ = ("_always", "_by_id", "ids", "keys", "need")

    def __init__(self, keys: Sequence[Any], ids: Sequence[int | None]) -> None:
        self.keys = tuple(keys)
        self.ids = tuple(ids)
        self.need = max((i for i in self.ids if i is not None), default=-1)
        """The highest id: an automaton whose ``count`` is at most this does not cover every key."""
        self._always = frozenset(k for k, i in zip(self.keys, self.ids, strict=True) if i is None)
        by_id: dict[int, list[Any]] = {}
        for k, i in zip(self.keys, self.ids, strict=True):
            if i is not None:
                by_id.setdefault(i, []).append(k)
        self._by_id = {i: tuple(ks) for i, ks in by_id.items()}

    def select(self, matched: frozenset[int]) -> frozenset[Any]:
        """The keys possible for a view whose matching pattern ids are ``matched``."""
        both = self._by_id.keys() & matched
        if not both:
            return self._always
        out = set(self._always)
        for i in both:
            out.update(self._by_id[i])
        return frozenset(out)

    def select_reference(self, matched: frozenset[int]) -> frozenset[Any]:
        """:meth:`select` written plainly (the reference the tests compare it with)."""
        return frozenset(k for k, i in zip(self.keys, self.ids, strict=True) if i is None or i in matched)


class CasedPrefilter:
    """Which of ``keys`` can match each case-kept view of an item, from this automaton when it is ready.

    The privacy detector's personal-data patterns and the case-sensitive secret patterns are ruled in or
    out by the same case-kept scan the rule detectors pay for; ``keys[i]`` names ``patterns[i]`` in the
    answer. A pattern the automaton cannot translate is always possible."""

    def __init__(self, keys: Sequence[Any], patterns: Sequence[re.Pattern[str]]) -> None:
        self._keys = tuple(keys)
        self._patterns = list(patterns)
        self._selection: KeySelection | None = None
        if available():
            self._register()

    def _register(self) -> KeySelection:
        if self._selection is None:
            ids = ONE_PASS.register(self._patterns, [True] * len(self._patterns), counted=True)
            self._selection = KeySelection(self._keys, ids)
        return self._selection

    def possible(self, item: Any) -> list[frozenset[Any] | None]:
        """Per case-kept view of ``item``: the keys whose patterns may match (None: all of them)."""
        views = item.cased_views
        if not available():
            return [None] * len(views)
        selection = self._selection or self._register()
        found = hits(item, cased=True)
        if found is None or found[0].count <= selection.need:
            return [None] * len(views)
        select = selection.select
        return [select(matched) for matched in found[1]]


def hits(item: Any, cased: bool) -> Hits | None:
    """The pattern ids that match each view of ``item`` (see :meth:`OnePass.match`), computed once per item
    for every scanner (kept in the item's memo)."""
    memo: dict[str, Any] = item.memo
    key = MEMO_KEY + (".cased" if cased else ".lower")
    done = memo.get(key)
    if done is None:
        done = memo[key] = ONE_PASS.match(item.cased_views if cased else item.views, cased)
    return done[0]  # type: ignore[no-any-return]


if __name__ == "__main__":  # python -m purpose_immune_engine.onepass: compile, cache for the detectors
    import time

    from purpose_agent.plugin import PluginManager, Settings

    # run as __main__, this file is a second copy of the module: the detectors register with the real one
    from purpose_immune_engine import onepass as _real
    from purpose_immune_engine.rules import RuleScanner

    started = time.perf_counter()
    for entry in PluginManager(Settings()).load(strict_names=False).scanners().entries():
        if isinstance(entry.item, RuleScanner):
            entry.item._register()
    ok = _real.warm()
    counts = ", ".join(f"{k.name} {len(k.sources)} patterns" for k in _real.ONE_PASS._kinds)
    why = _real.ONE_PASS.broken or "neither google-re2 nor hyperscan installed, or switched off"
    state = f"ready on {_real.engine()} ({counts})" if ok else f"not available ({why})"
    print(f"immune one-pass accelerator: {state}, {time.perf_counter() - started:.1f} s, cache {cache_dir()}")
