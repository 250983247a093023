"""Exact ``finditer`` matches of several patterns over a long text, from one automaton pass.

Python's ``re`` tries a pattern that begins with ``\\b``, a lookbehind or a long alternation at every
position of the text: 30-40 MB/s, so a dozen such patterns (the learned detector's structural cues, the
privacy detector's personal-data and secret patterns) cost 1-4 ms each on a 100 KB view. With the
accelerator (Hyperscan) installed, :class:`SpanFinder` compiles the patterns' supersets
(:func:`~purpose_immune_engine.superset.superset`, word boundaries kept) into one automaton that reports,
for every end of a superset match, its leftmost start. One scan of the text in C then tells each pattern
where its matches *cannot* start, and ``finditer`` is replayed exactly:

``finditer`` is "search from 0, then search again from the end of each match" (the patterns here never
match the empty string). On an ASCII text the superset matches every span the pattern matches (assertions
other than word boundaries dropped, repeats widened, bytes and characters at the same offsets; a
case-insensitive pattern is rewritten for the lower-cased text, see ``fold`` in :func:`superset`), so a
match ``[s, e)`` of the pattern with ``s >= pos`` is reported at ``e > pos`` with a start at or before
``s``. The smallest start reported at any end after ``pos`` is therefore a position before which no match
can start, and ``pattern.search(text, that)`` returns the very match ``pattern.search(text, pos)`` would
(the same start, tried the same way: ``\\b`` and lookbehinds still see the whole text). The matches are
exactly ``finditer``'s; the equivalence tests compare them on every development text and view.

A text that is not ASCII is scanned by a third automaton: the case-sensitive patterns' supersets without
word boundaries (the automaton's ``\b`` knows only ASCII word characters; dropping it holds on any text),
over the text's UTF-8 bytes. Each event's byte offsets become character offsets (a start inside a
character maps past it, never before it; at a boundary the mapping is exact and the order of offsets is
kept), so the argument above holds unchanged. Case-insensitive patterns are left to ``finditer`` there
(their folding is exact on ASCII text only).

Anything else (a case-insensitive pattern on a text that is not ASCII, no automaton yet, a pattern that
cannot be rewritten or can match the empty string, a pattern the automaton was seen to miss when it was
compiled (:mod:`purpose_immune_engine.selfcheck`), any accelerator error) answers None for that pattern,
and the caller runs ``finditer`` itself. The automata are compiled in a background thread (or by
:func:`~purpose_immune_engine.onepass.warm`) and kept in the same cache directory as the one-pass automata.

Hyperscan can miss a match (see :mod:`purpose_immune_engine.onepass`), and the check when it is compiled
does not find every pattern it misses. Where google-re2 is installed, the same patterns are also compiled
into RE2 sets (:class:`~purpose_immune_engine.onepass.Re2Sets`, which answer as ``re`` does), and a pattern
whose superset matches a text although Hyperscan reported no event for it is left to ``finditer`` for that
text. That catches a pattern missed on the whole text, not one match missed among others it reports.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import Any

from purpose_immune_engine import onepass

try:  # Python 3.11+
    from re import _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _P  # type: ignore[no-redef]


def _never_empty(pattern: re.Pattern[str]) -> bool:
    try:
        return bool(_P.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0)
    except Exception:
        return False


MAX_EVENTS_PER_KB = 64
"""Reports per 1,000 characters (at least 1,000 in all) after which a scan stops and ``finditer`` runs: each
report is a Python call, and a pattern whose rewritten form ends at every letter of a long run of them would
cost more than the ``finditer`` it replaces."""


def _collect(pattern_id: int, start: int, end: int, _flags: int, events: list[Any]) -> bool:
    events.append((pattern_id, end, start))
    return len(events) > events[0]  # True stops the scan (events[0] holds the limit)


class _Set:
    """The automaton for one reading of the text: as it is (case-sensitive patterns) or lower-cased
    (case-insensitive ones, rewritten with ``fold``)."""

    def __init__(self, kind: str, sources: list[str | None]) -> None:
        self.kind = kind
        self.sources = sources
        self.compiled = sorted({s for s in sources if s is not None})
        by_source: dict[str, list[int]] = {}
        for i, s in enumerate(sources):
            if s is not None:
                by_source.setdefault(s, []).append(i)
        self.owners = [by_source[s] for s in self.compiled]
        """The patterns behind each id the automaton reports (it numbers the distinct sources sorted)."""
        self.db: Any = None
        self.check: onepass.Re2Sets | None = None
        """The same patterns in RE2 sets (where google-re2 is installed): which of them match a text at
        all, to catch a pattern Hyperscan reports no event for although it matches (see :meth:`missed`)."""
        self._local = threading.local()

    def missed(self, data: bytes, events: list[Any]) -> list[int]:
        """The patterns (their owners) that match ``data`` although the automaton reported no event for
        them in ``events`` (as :func:`_collect` fills it): answered by ``finditer`` for this text."""
        if self.check is None:
            return []
        reported = {aid for aid, _, _ in events[1:]}
        owners = self.owners
        return [owner for aid in self.check.match(data) if aid not in reported for owner in owners[aid]]

    def scratch(self) -> Any:
        mine = getattr(self._local, "scratch", None)
        if mine is None:
            mine = self._local.scratch = onepass._hyperscan().Scratch(self.db)
        return mine


class Scanned:
    """One text's automaton events, replayed into each pattern's ``finditer`` matches on demand (a pattern
    the caller never asks about costs nothing)."""

    def __init__(
        self,
        finder: SpanFinder,
        text: str,
        events: dict[int, list[tuple[int, int]]],
        answers: Sequence[bool] | None = None,
    ) -> None:
        self._finder = finder
        self._text = text
        self._events = events
        self._answers = finder.answers if answers is None else answers

    def finditer(self, index: int) -> list[re.Match[str]] | None:
        """``list(patterns[index].finditer(text))``, or None when the automaton cannot answer for it."""
        if not self._answers[index]:
            return None
        return _replay(self._finder.patterns[index], self._text, self._events.get(index, []))


class SpanFinder:
    """``finditer`` of ``patterns`` over a text, sped up by one automaton scan when the accelerator is
    available; see the module docstring. ``name`` keys the compiled automata in the cache."""

    def __init__(self, name: str, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        cased: list[str | None] = []
        folded: list[str | None] = []
        for p in self.patterns:
            usable = _never_empty(p)
            flags = p.flags & ~re.UNICODE
            if usable and p.flags & re.IGNORECASE:
                cased.append(None)
                folded.append(onepass._translate(p.pattern, flags, boundaries=True, fold=True))
            else:
                cased.append(onepass._translate(p.pattern, flags, boundaries=True) if usable else None)
                folded.append(None)
        self._sets = [s for s in (_Set(f"spans-{name}", cased), _Set(f"spans-{name}-folded", folded))
                      if s.compiled]  # fmt: skip
        self._folded = [s.kind.endswith("-folded") for s in self._sets]
        self.answers = [c is not None or f is not None for c, f in zip(cased, folded, strict=True)]
        """Per pattern: can the automaton answer for it (on an ASCII text)?"""
        # for a text that is not ASCII: the case-sensitive patterns' supersets without word boundaries
        # (the automaton's are ASCII-only), which hold on any text; offsets come back in bytes of UTF-8
        unicode = [None if c is None else onepass._translate(p.pattern, p.flags & ~re.UNICODE)
                   for p, c in zip(self.patterns, cased, strict=True)]  # fmt: skip
        self._unicode = _Set(f"spans-{name}-unicode", unicode)
        self.unicode_answers = [u is not None for u in unicode]
        """Per pattern: can the automaton answer for it on a text that is not ASCII?"""
        self._every_set = [*self._sets, self._unicode] if self._unicode.compiled else list(self._sets)
        self._ready = False
        self._looked = False
        self._building = False
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()
        self.broken: str | None = None
        _ALL.append(self)

    def ready(self, *, wait: bool = False) -> bool:
        """Are the automata compiled (or loaded from the cache)? Starts a background compile when not, or
        compiles in this thread with ``wait``."""
        if self._ready:
            return True
        if self.broken is not None or not self._sets or not onepass.spans_available():
            return False
        if wait:
            self._build()
            return self._ready
        if not self._looked:
            self._looked = True  # once: a scan must not read the cache while a compile runs
            if all(onepass._load_cached(s.kind, s.compiled) is not None for s in self._every_set):
                self._build()  # every automaton is in the cache: loading takes milliseconds
                return self._ready
        with self._lock:
            if not self._building:
                self._building = True
                # not a daemon, as onepass's compile: the process that starts it writes the cache
                threading.Thread(target=self._build, name="immune-spans").start()
        return False

    def _build(self) -> None:
        try:
            hs = onepass._hyperscan()
            with self._build_lock:  # one compile at a time; a waiter then finds it done
                for s in self._every_set:
                    if s.db is None:
                        db, unreliable = onepass._load_or_compile(
                            s.kind, s.compiled, flags=hs.HS_FLAG_SOM_LEFTMOST
                        )
                        hs.Scratch(db)  # fails here, in the builder, if the database cannot be used
                        if onepass._re2() is not None:
                            s.check = onepass.Re2Sets(s.compiled)
                            unreliable = unreliable | s.check.refused  # nothing to check it with
                        # a pattern the automaton was seen to miss is left to finditer
                        answers = self.unicode_answers if s is self._unicode else self.answers
                        for aid in unreliable:
                            for owner in s.owners[aid]:
                                answers[owner] = False
                        s.db = db
                self._ready = True
        except Exception as exc:  # finditer takes over for good
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
        finally:
            self._building = False

    def scan(self, text: str) -> Scanned | None:
        """The automata's events for ``text`` (None: they cannot answer, run ``finditer``)."""
        if not self._ready and not self.ready():
            return None
        if not onepass.spans_available():
            return None
        if not text.isascii():
            return self._scan_unicode(text)
        per: dict[int, list[tuple[int, int]]] = {}
        missed: list[int] = []
        try:
            data = text.encode("ascii")
            lowered = None
            for s, folded in zip(self._sets, self._folded, strict=True):
                if folded and lowered is None:
                    lowered = text.lower().encode("ascii")
                events: list[Any] = [max(1000, len(data) * MAX_EVENTS_PER_KB // 1000)]
                try:
                    s.db.scan(lowered if folded else data, match_event_handler=_collect, context=events,
                              scratch=s.scratch())  # fmt: skip
                except Exception:
                    if len(events) <= events[0]:
                        raise
                if len(events) > events[0]:
                    return None  # too many reports: finditer is cheaper for this text
                owners = s.owners
                for aid, end, start in events[1:]:
                    for owner in owners[aid]:
                        per.setdefault(owner, []).append((end, start))
                missed += s.missed(lowered if folded else data, events)
        except Exception as exc:
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
            self._ready = False
            return None
        return Scanned(self, text, per, _without(self.answers, missed))

    def _scan_unicode(self, text: str) -> Scanned | None:
        """:meth:`scan` for a text that is not ASCII: the events' byte offsets become character offsets
        (a start inside a character maps to that character's end, an end to the character it closes: the
        order of offsets is kept, which is all the replay needs)."""
        uset = self._unicode
        if not uset.compiled or uset.db is None:
            return None
        per: dict[int, list[tuple[int, int]]] = {}
        try:
            data = text.encode("utf-8", "surrogatepass")
            events: list[Any] = [max(1000, len(text) * MAX_EVENTS_PER_KB // 1000)]
            try:
                uset.db.scan(data, match_event_handler=_collect, context=events, scratch=uset.scratch())
            except Exception:
                if len(events) <= events[0]:
                    raise
            if len(events) > events[0]:
                return None  # too many reports: finditer is cheaper for this text
            chars = _char_offsets(data, [x for _, end, start in events[1:] for x in (end, start)])
            owners = uset.owners
            for aid, end, start in events[1:]:
                for owner in owners[aid]:
                    per.setdefault(owner, []).append((chars[end], chars[start]))
            missed = uset.missed(data, events)
        except Exception as exc:
            self.broken = f"{type(exc).__name__}: {exc}"[:300]
            self._ready = False
            return None
        return Scanned(self, text, per, _without(self.unicode_answers, missed))

    def starts(self, text: str, wanted: Sequence[int] | None = None) -> list[list[int] | None]:
        """Per pattern (or per index in ``wanted``), the start of every ``finditer`` match in ``text``; None
        where the automaton cannot answer (the caller runs ``finditer``)."""
        indexes = range(len(self.patterns)) if wanted is None else wanted
        scanned = self.scan(text)
        if scanned is None:
            return [None] * len(indexes)
        out: list[list[int] | None] = []
        for i in indexes:
            found = scanned.finditer(i)
            out.append(None if found is None else [m.start() for m in found])
        return out


def _without(answers: list[bool], missed: list[int]) -> list[bool]:
    """``answers`` with the patterns in ``missed`` left to ``finditer`` (the same list when none is)."""
    if not missed:
        return answers
    out = list(answers)
    for owner in missed:
        out[owner] = False
    return out


_CONTINUATION = bytes(range(0x80, 0xC0))


def _char_offsets(data: bytes, offsets: Iterable[int]) -> dict[int, int]:
    """For each byte offset into UTF-8 ``data``, the number of characters that start before it (at a
    character boundary: that character's index), counted in C over the stretches between offsets."""
    out: dict[int, int] = {}
    prev = continuation = 0
    for b in sorted(set(offsets)):
        chunk = data[prev:b]
        continuation += len(chunk) - len(chunk.translate(None, _CONTINUATION))
        out[b] = b - continuation
        prev = b
    return out


def _replay(pattern: re.Pattern[str], text: str, events: list[tuple[int, int]]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` given every (end, leftmost start) of its superset's matches.

    A pattern that looks only a bounded distance past a position (:func:`reach`) is searched stretch by
    stretch (:func:`_replay_bounded`); any other from the first possible start to the text's end."""
    if not events:
        return []
    ahead = reach(pattern)
    if ahead is not None:
        return _replay_bounded(pattern, text, events, ahead)
    events.sort()
    ends = [e for e, _ in events]
    lowest = [s for _, s in events]  # suffix minima: the smallest start reported at this end or later
    for k in range(len(lowest) - 2, -1, -1):
        if lowest[k + 1] < lowest[k]:
            lowest[k] = lowest[k + 1]
    out: list[re.Match[str]] = []
    pos = 0
    search = pattern.search
    while True:
        k = bisect_right(ends, pos)  # the first event ending after pos
        if k == len(ends):
            return out
        m = search(text, max(pos, lowest[k]))
        if m is None:
            return out
        out.append(m)
        pos = m.end()


def _replay_bounded(
    pattern: re.Pattern[str], text: str, events: list[tuple[int, int]], ahead: int
) -> list[re.Match[str]]:
    """:func:`_replay` without scanning the stretches where no match can start.

    Every match ``[s, e)`` of the pattern is a superset match, reported as an event ``(e, s')`` with
    ``s' <= s < e``; so it starts and ends inside one *stretch* (the union of overlapping event intervals
    ``[s', e]``). A match with start in the stretch ``[a, b]`` is therefore found by ``search(text, p,
    b + ahead)``: with ``endpos`` there, every step of a match that ends by ``b`` reads the same characters
    as on the whole text (its lookaheads and boundaries reach at most ``ahead - 1`` past its end, see
    :func:`reach`), and with no atomic group nor possessive repeat the engine tries the same ways in the
    same order, so the first match found is the same. A match the cut text allows but the whole text may
    not ends after ``b``: then (never seen on the development texts, kept for safety) the stretch is
    searched again on the whole text. No match found means none starts in ``[p, b]``: the next stretch."""
    stretches: list[list[int]] = []
    for e, s in sorted(events, key=lambda ev: ev[1]):
        if stretches and s <= stretches[-1][1]:
            if e > stretches[-1][1]:
                stretches[-1][1] = e
        else:
            stretches.append([s, e])
    bounds = [b for _, b in stretches]
    n = len(text)
    search = pattern.search
    out: list[re.Match[str]] = []
    pos = 0
    j = bisect_right(bounds, pos)  # the first stretch ending after pos (a match there ends by its end)
    while j < len(stretches):
        a, b = stretches[j]
        start = max(a, pos)
        cut = b + ahead
        m = search(text, start, cut) if cut < n else search(text, start)
        if m is not None and m.end() > b and cut < n:
            m = search(text, start)  # the cut text allowed a match the whole text may not: ask it
        if m is None:
            j += 1
            continue
        out.append(m)
        pos = m.end()
        j = bisect_right(bounds, pos, j)
    return out


_ONE_CHAR_OPS = frozenset(
    getattr(_P, name) for name in ("LITERAL", "NOT_LITERAL", "ANY", "IN", "CATEGORY", "AT", "GROUPREF")
)


def reach(pattern: re.Pattern[str]) -> int | None:
    """How many characters past a position a step of ``pattern`` may read, plus one (a word boundary or
    ``$`` reads the next character or two; at least 2); None when that is not bounded (a lookahead of
    unbounded width) or when an atomic group, a possessive repeat or a construct this walk does not
    know could make the engine try other ways on a cut text."""
    return _REACH.get(pattern) if pattern in _REACH else _REACH.setdefault(pattern, _reach(pattern))


_REACH: dict[re.Pattern[str], int | None] = {}


def _reach(pattern: re.Pattern[str]) -> int | None:
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
        widest = _lookahead(list(parsed))
    except Exception:
        return None
    return None if widest is None else max(2, widest + 1)


def _lookahead(seq: Any) -> int | None:
    """The widest lookahead in a parsed sequence (0: none); None: see :func:`reach`."""
    widest = 0
    for op, av in seq:
        subs: list[Any] = []
        if op in _ONE_CHAR_OPS:
            continue
        if op is _P.BRANCH:
            subs = list(av[1])
        elif op is _P.SUBPATTERN:
            subs = [av[3]]
        elif op in (_P.MAX_REPEAT, _P.MIN_REPEAT):
            subs = [av[2]]
        elif op in (_P.ASSERT, _P.ASSERT_NOT):
            direction, sub = av
            if direction == 1:
                width = sub.getwidth()[1]
                if width >= _P.MAXREPEAT:
                    return None
                widest = max(widest, width)
            subs = [sub]
        elif op is getattr(_P, "GROUPREF_EXISTS", None):
            subs = [x for x in av[1:] if x is not None]
        else:  # atomic groups, possessive repeats, anything unknown
            return None
        for sub in subs:
            inner = _lookahead(sub)
            if inner is None:
                return None
            widest = max(widest, inner)
    return widest


_ALL: list[SpanFinder] = []

LONG_TEXT = 2_000
"""From this length a caller asks a finder first (:func:`lazy_finder`, :func:`scan_long`): below it, the
patterns' own ``finditer`` costs about as little as the automaton's scan."""


def lazy_finder(
    holder: list[SpanFinder], name: str, patterns: Sequence[re.Pattern[str]]
) -> SpanFinder | None:
    """The finder kept in ``holder``, created at the first call with the accelerator available (None
    without it: nothing is compiled, ``finditer`` runs)."""
    if holder:
        return holder[0]
    if not onepass.spans_available():
        return None
    holder.append(SpanFinder(name, patterns))
    return holder[0]


def scan_long(finder: SpanFinder | None, text: str) -> Scanned | None:
    """The finder's events for a text of at least :data:`LONG_TEXT` characters (None otherwise)."""
    if finder is None or len(text) < LONG_TEXT:
        return None
    return finder.scan(text)


def finditer(
    scanned: Scanned | None, index: int, pattern: re.Pattern[str], text: str
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)`` (``pattern`` is the finder's pattern ``index``), from the events when they
    can answer."""
    if scanned is not None:
        found = scanned.finditer(index)
        if found is not None:
            return found
    return pattern.finditer(text)


def warm() -> bool:
    """Compile (or load) every span automaton created so far, in this thread."""
    return all(f.ready(wait=True) for f in list(_ALL))
