"""Exact ``finditer`` start positions of several patterns over a long text, from one automaton pass.

Python's ``re`` runs a pattern that begins with ``\\b`` and a long alternation (the learned detector's
structural cues) at every position of the text: about 40 MB/s, so two dozen such patterns cost 2-3 ms each
on a 100 KB view, far more than the rest of the classifier. With the accelerator (Hyperscan) installed,
:class:`SpanFinder` compiles the patterns' supersets (:func:`~purpose_immune_engine.superset.superset`) into
one automaton that reports, for every end of a superset match, its leftmost start. One scan of the text in
C then tells each pattern where its matches *cannot* start, and ``finditer`` is replayed exactly:

``finditer`` is "search from 0, then search again from the end of each match" (the patterns here never
match the empty string). On an ASCII text the superset matches every span the pattern matches (assertions
dropped, repeats widened, bytes and characters at the same offsets), so a match ``[s, e)`` of the pattern
with ``s >= pos`` is reported at ``e > pos`` with a start at or before ``s``. The smallest start reported at
any end after ``pos`` is therefore a position before which no match can start, and ``pattern.search(text,
that)`` returns the very match ``pattern.search(text, pos)`` would (the same start, tried the same way:
``\\b`` and lookbehinds still see the whole text). The starts are exactly ``finditer``'s; the equivalence
tests compare them on every development text and view.

Anything else (a non-ASCII text, no automaton yet, a pattern that cannot be rewritten or can match the empty
string, any accelerator error) answers None for that pattern, and the caller runs ``finditer`` itself.
The automaton is compiled in a background thread (or by :func:`~purpose_immune_engine.onepass.warm`) and
kept in the same cache directory as the one-pass automata.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from purpose_immune_engine import onepass

try:  # Python 3.11+
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _P  # type: ignore[no-redef]

Starts = list[int]


def _never_empty(pattern: re.Pattern[str]) -> bool:
    try:
        return bool(_P.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0)
    except Exception:
        return False


def _collect(pattern_id: int, start: int, end: int, _flags: int, events: list[tuple[int, int, int]]) -> None:
    events.append((pattern_id, end, start))


class SpanFinder:
    """``finditer`` starts of ``patterns`` (case-sensitive patterns over lower-case text), sped up by one
    automaton scan when the accelerator is available; see the module docstring."""

    KIND = "spans"

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        sources: list[str | None] = []
        for p in self.patterns:
            source = (
                onepass._translate(p.pattern, p.flags & ~re.UNICODE, boundaries=True) if _never_empty(p) else None
            )
            sources.append(source)
        self._sources = sources
        self._compiled = [s for s in sources if s is not None]
        self._db: Any = None
        self._remap: list[int] = []
        self._local = threading.local()
        self._building = False
        self._lock = threading.Lock()
        self.broken: str | None = None
        _ALL.append(self)

    def ready(self, *, wait: bool = False) -> bool:
        """Is the automaton compiled (or loaded from the cache)? Starts a background compile when not, or
        compiles in this thread with ``wait``."""
        if self._db is not None:
            return True
        if self.broken is not None or not self._compiled or not onepass.available():
            return False
        if wait:
            self._build()
            return self._db is not None
        db = onepass._load_cached(self.KIND, self._compiled)
        if db is not None:
            self._install(db)
            return True
        with self._lock:
            if not self._building:
                self._building = True
                threading.Thread(target=self._build, daemon=True, name="immune-spans").start()
        return False

    def _install(self, db: Any) -> None:
        hs = onepass._hyperscan()
        self._local.scratch = hs.Scratch(db)
        # the automaton numbers the distinct sources in sorted order; map each back to its patterns
        ordered = sorted(set(self._compiled))
        by_source: dict[str, list[int]] = {}
        for i, s in enumerate(self._sources):
            if s is not None:
                by_source.setdefault(s, []).append(i)
        self._owners = [by_source[s] for s in ordered]
        self._db = db

    def _build(self) -> None:
        try:
            hs = onepass._hyperscan()
            db = onepass._load_or_compile(self.KIND, self._compiled, flags=hs.HS_FLAG_SOM_LEFTMOST)
            self._install(db)
        except Exception as exc:  # finditer takes over for good
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
        finally:
            self._building = False

    def _scratch(self) -> Any:
        mine = getattr(self._local, "scratch", None)
        if mine is None:
            mine = self._local.scratch = onepass._hyperscan().Scratch(self._db)
        return mine

    def starts(self, text: str, wanted: Sequence[int] | None = None) -> list[Starts | None]:
        """Per pattern (or per index in ``wanted``), the start of every ``finditer`` match in ``text``; None
        where the automaton cannot answer (the caller runs ``finditer``)."""
        indexes = range(len(self.patterns)) if wanted is None else wanted
        if not text.isascii() or not onepass.available() or not self.ready():
            return [None] * len(indexes)
        events: list[tuple[int, int, int]] = []
        try:
            self._db.scan(text.encode("ascii"), match_event_handler=_collect, context=events,
                          scratch=self._scratch())  # fmt: skip
        except Exception as exc:
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
            self._db = None
            return [None] * len(indexes)
        per: dict[int, list[tuple[int, int]]] = {}
        for aid, end, start in events:
            for owner in self._owners[aid]:
                per.setdefault(owner, []).append((end, start))
        return [
            None if self._sources[i] is None else _replay(self.patterns[i], text, per.get(i, []))
            for i in indexes
        ]


def _replay(pattern: re.Pattern[str], text: str, events: list[tuple[int, int]]) -> Starts:
    """``[m.start() for m in pattern.finditer(text)]`` given every (end, leftmost start) of its superset."""
    if not events:
        return []
    events.sort()
    ends = [e for e, _ in events]
    lowest = [s for _, s in events]  # suffix minima: the smallest start reported at this end or later
    for k in range(len(lowest) - 2, -1, -1):
        if lowest[k + 1] < lowest[k]:
            lowest[k] = lowest[k + 1]
    out: Starts = []
    pos = 0
    search = pattern.search
    while True:
        k = bisect_right(ends, pos)  # the first event ending after pos
        if k == len(ends):
            return out
        m = search(text, max(pos, lowest[k]))
        if m is None:
            return out
        out.append(m.start())
        pos = m.end()


_ALL: list[SpanFinder] = []


def warm() -> bool:
    """Compile (or load) every span automaton created so far, in this thread."""
    return all(f.ready(wait=True) for f in list(_ALL))
