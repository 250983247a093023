"""Where a rule's match can start, so a scanner runs the regex only at those positions.

A rule such as ``\\b(?:ignore|disregard|...)\\b ...`` can only start where one of those words starts.
Python's regex engine, given a pattern that begins with ``\\b`` and an alternation, tries the whole
alternation at every position of the text (about 30 ns a character for each rule and each view). Instead,
:func:`start_prefixes` reads the parsed pattern once and lists the literal prefixes every match begins
with; :class:`ViewIndex` finds the few positions of a view where one occurs and the scanner runs
``pattern.match`` there. Every match begins with one of the prefixes, so this finds exactly the matches
``finditer`` finds, in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

PREFIX_LEN = 4
MAX_PREFIXES = 256
_PREFIX_STEPS = 20_000
_UNSUPPORTED_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE
_WORD_CHAR = re.compile(r"\w")
_WORD_START_KEYS = re.compile(rf"\b(?=(\w.{{0,{PREFIX_LEN - 1}}}))", re.S)
_STOP = object()


@dataclass(frozen=True)
class StartPrefixes:
    """Literal prefixes one of which every match of a pattern begins with.

    ``word`` holds prefixes that follow a ``\\b`` and start with a word character, grouped by length: they
    can only occur at the start of a word and are looked up in a :class:`ViewIndex`. ``anywhere`` holds
    the other prefixes, found with ``str.find``."""

    at_start: bool
    """Some match can only start at position 0 (``^`` or ``\\A`` before any literal)."""
    word: tuple[tuple[int, frozenset[str]], ...]
    anywhere: tuple[str, ...]
    ascii_anywhere: tuple[str, ...]
    """The ``anywhere`` prefixes an ASCII-only view can hold."""


def start_prefixes(pattern: str, flags: int = 0) -> StartPrefixes | None:
    """The prefixes every match of ``pattern`` starts with, or None when some match could start with any
    character (a leading class, ``.``, a group reference) or the pattern ignores case."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:
        return None
    all_flags = parsed.state.flags | flags
    if all_flags & _UNSUPPORTED_FLAGS:
        return None
    multiline = bool(all_flags & re.MULTILINE)
    out: set[tuple[str, bool]] = set()
    at_start = [False]
    steps = [0]

    def walk(seq: tuple, acc: str, ws: bool) -> bool:
        """Extend ``acc`` along ``seq``; False when the pattern is too branchy to enumerate."""
        steps[0] += 1
        if steps[0] > _PREFIX_STEPS or len(out) > MAX_PREFIXES:
            return False
        if len(acc) >= PREFIX_LEN or not seq or seq[0] is _STOP:
            out.add((acc[:PREFIX_LEN], ws))
            return True
        op, av = seq[0]
        rest = seq[1:]
        if op is C.AT:
            if not acc and not multiline and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                at_start[0] = True  # this way of matching can only start at the very beginning
                return True
            return walk(rest, acc, ws or (not acc and av is C.AT_BOUNDARY))
        if op in (C.ASSERT, C.ASSERT_NOT):  # zero-width: skipping it only widens the prefix set
            return walk(rest, acc, ws)
        if op is C.LITERAL:
            return walk(rest, acc + chr(av), ws)
        if op is C.IN:
            chars = [chr(v) for o, v in av if o is C.LITERAL]
            if chars and len(chars) == len(av):
                return all(walk(rest, acc + c, ws) for c in chars)
        elif op is C.SUBPATTERN:
            if not av[1] & (_UNSUPPORTED_FLAGS | re.MULTILINE):
                return walk((*av[3], *rest), acc, ws)
        elif op is getattr(C, "ATOMIC_GROUP", _STOP):
            return walk((*av, *rest), acc, ws)
        elif op is C.BRANCH:
            return all(walk((*branch, *rest), acc, ws) for branch in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", _STOP)):
            low, _high, sub = av
            if not walk((*sub, _STOP), acc, ws):  # one repetition, then stop extending
                return False
            return walk(rest, acc, ws) if low == 0 else True
        out.add((acc, ws))  # anything else (a class, ".", a backreference) ends the literal prefix
        return True

    if not walk(tuple(parsed), "", False) or any(not s for s, _ in out):
        return None
    word: dict[int, set[str]] = {}
    anywhere: set[str] = set()
    for s, ws in _shortest(out):
        if ws and _WORD_CHAR.match(s):
            word.setdefault(len(s), set()).add(s)
        else:
            anywhere.add(s)
    return StartPrefixes(
        at_start=at_start[0],
        word=tuple(sorted((n, frozenset(v)) for n, v in word.items())),
        anywhere=tuple(sorted(anywhere)),
        ascii_anywhere=tuple(sorted(s for s in anywhere if s.isascii())),
    )


def _shortest(prefixes: set[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Drop every prefix that extends a shorter one of the same kind (``ignore`` covers ``ignore all``)."""
    kept: list[tuple[str, bool]] = []
    for s, ws in sorted(prefixes, key=lambda p: len(p[0])):
        if not any(k_ws == ws and s.startswith(k) for k, k_ws in kept):
            kept.append((s, ws))
    return kept


class ViewIndex:
    """One view of a text with the set of its word-start prefixes, computed on first use and shared by
    every rule and every scanner that looks at this view."""

    __slots__ = ("_by_len", "_keys", "ascii", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self._keys: list[str] | None = None
        self._by_len: dict[int, frozenset[str]] = {}

    def word_keys(self, n: int) -> frozenset[str]:
        """The first ``n`` characters at every word start (``\\b`` followed by a word character)."""
        keys = self._by_len.get(n)
        if keys is None:
            if self._keys is None:
                self._keys = _WORD_START_KEYS.findall(self.text)
            keys = frozenset(self._keys if n == PREFIX_LEN else map(itemgetter(slice(0, n)), self._keys))
            self._by_len[n] = keys
        return keys

    def has_all(self, needs: tuple[tuple[str, ...], ...]) -> bool:
        """Does this view hold one literal of every set in ``needs``?"""
        text = self.text
        return all(any(s in text for s in literals) for literals in needs)

    def starts(self, prefixes: StartPrefixes) -> list[int] | None:
        """Sorted positions where a match could start ([] when none can); None when there are so many
        that a plain ``finditer`` is cheaper."""
        text = self.text
        found: list[str] = []
        for n, group in prefixes.word:
            keys = self.word_keys(n)
            if not group.isdisjoint(keys):
                found.extend(group & keys)
        found.extend(s for s in (prefixes.ascii_anywhere if self.ascii else prefixes.anywhere) if s in text)
        positions: set[int] = {0} if prefixes.at_start and text else set()
        if not found:
            return sorted(positions)
        limit = 16 + len(text) // 10
        for s in found:
            i = text.find(s)
            while i != -1:
                positions.add(i)
                if len(positions) > limit:
                    return None
                i = text.find(s, i + 1)
        return sorted(positions)
