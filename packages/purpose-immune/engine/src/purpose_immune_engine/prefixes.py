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

import os
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from purpose_immune_engine.anchors import WORD_KEY_LEN, non_word_next, word_key

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
_WORD_RUN = re.compile(r"\w+")
# bytes.translate with a 256-byte table runs about twice as fast as str.translate with a dict
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(256))
_KEY = itemgetter(slice(0, WORD_KEY_LEN))
_STOP = object()


@dataclass(frozen=True)
class StartPrefixes:
    """Literal prefixes one of which every match of a pattern begins with.

    ``word`` holds prefixes that follow a ``\\b`` and start with a word character, grouped by length: they
    can only occur at the start of a word and are looked up in a :class:`ViewIndex`. ``anywhere`` holds
    the other prefixes, found with ``str.find``."""

    at_start: bool
    """Some match can only start at position 0 (``^`` or ``\\A`` before any literal)."""
    word: frozenset[str]
    """Word keys (see :func:`~purpose_immune_engine.anchors.word_key`) of prefixes that start a word."""
    anywhere: tuple[str, ...]
    ascii_anywhere: tuple[str, ...]
    """The ``anywhere`` prefixes an ASCII-only view can hold."""


def start_prefixes(pattern: str, flags: int = 0, *, length: int = PREFIX_LEN) -> StartPrefixes | None:
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
    out: dict[tuple[str, bool], bool] = {}  # (prefix, at a word start) -> a non-word character follows
    at_start = [False]
    steps = [0]

    def end(acc: str, ws: bool, closed: bool) -> bool:
        key = (acc[:length], ws)
        out[key] = out.get(key, True) and (closed and len(acc) <= length)
        return True

    def walk(seq: tuple, acc: str, ws: bool, closed: bool = False) -> bool:
        """Extend ``acc`` along ``seq``; False when the pattern is too branchy to enumerate. ``closed``:
        a word boundary was passed right after ``acc``'s last (word) character."""
        steps[0] += 1
        if steps[0] > _PREFIX_STEPS or len(out) > MAX_PREFIXES:
            return False
        if len(acc) >= length or not seq or seq[0] is _STOP:
            return end(acc, ws, closed)
        op, av = seq[0]
        rest = seq[1:]
        if op is C.AT:
            if not acc and not multiline and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
                at_start[0] = True  # this way of matching can only start at the very beginning
                return True
            word_end = bool(acc) and av is C.AT_BOUNDARY and _WORD_RUN.match(acc[-1]) is not None
            return walk(rest, acc, ws or (not acc and av is C.AT_BOUNDARY), closed or word_end)
        if op in (C.ASSERT, C.ASSERT_NOT):  # zero-width: skipping it only widens the prefix set
            return walk(rest, acc, ws, closed)
        if op is C.LITERAL:
            return walk(rest, acc + chr(av), ws)
        if op is C.IN:
            chars = [chr(v) for o, v in av if o is C.LITERAL]
            if chars and len(chars) == len(av):
                return all(walk(rest, acc + c, ws) for c in chars)
        elif op is C.SUBPATTERN:
            if not av[1] & (_UNSUPPORTED_FLAGS | re.MULTILINE):
                return walk((*av[3], *rest), acc, ws, closed)
        elif op is getattr(C, "ATOMIC_GROUP", _STOP):
            return walk((*av, *rest), acc, ws, closed)
        elif op is C.BRANCH:
            return all(walk((*branch, *rest), acc, ws, closed) for branch in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", _STOP)):
            low, high, sub = av
            once = (*sub, *rest) if high == 1 else (*sub, _STOP)  # X? goes on; X* and X+ stop after one X
            if not walk(once, acc, ws, closed):
                return False
            return walk(rest, acc, ws, closed) if low == 0 else True
        # anything else (a class, ".", a backreference) ends the literal prefix
        return end(acc, ws, closed or non_word_next(op, av))

    if not walk(tuple(parsed), "", False) or any(not s for s, _ in out):
        return None
    word: set[str] = set()
    located: set[str] = set()
    for (s, ws), closed in out.items():
        key = word_key(s, 0, closed=closed) if ws else None
        if key is not None:
            word.add(key)
        else:
            located.add(s)
    # a shorter prefix found with str.find covers the longer ones it begins (not so for word keys: the
    # key of a closed word "you" does not cover the word "your")
    anywhere = set(_shortest(located))
    return StartPrefixes(
        at_start=at_start[0],
        word=frozenset(word),
        anywhere=tuple(sorted(anywhere)),
        ascii_anywhere=tuple(sorted(s for s in anywhere if s.isascii())),
    )


def _shortest(prefixes: set[str]) -> list[str]:
    """Drop every prefix that extends a shorter one (``ignore`` covers ``ignore all``)."""
    kept: list[str] = []
    for s in sorted(prefixes, key=len):
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return kept


def _load_native() -> Any:
    """The compiled module of the optional ``purpose-immune-native`` distribution when it is installed,
    loads, is recent enough to have the word index and is not switched off (``PURPOSE_IMMUNE_NATIVE=0``);
    else None."""
    if os.environ.get("PURPOSE_IMMUNE_NATIVE", "1") == "0":
        return None
    try:
        from purpose_immune_native import _speedups
    except ImportError:
        return None
    return _speedups if hasattr(_speedups, "word_index") and hasattr(_speedups, "word_keys") else None


_native: Any = _load_native()


def set_native(enabled: bool) -> bool:
    """Build word indexes with the C loop (when installed) or in Python; returns whether the C loop is now
    used (for A/B timing and the equivalence tests). Views indexed before the switch keep their index."""
    global _native
    _native = _load_native() if enabled else None
    return _native is not None


MIN_INDEXED = 4096
"""Views shorter than this (characters) look their keys up with ``str.find``: the few keys asked of a short
view cost less than indexing every word of it."""
_WORD_HASH = 0x9E3779B97F4A7C15
"""The C index's multiplier (``WORD_HASH`` in ``_speedups.c``): a key's home slot is its code times this,
modulo 2**64, shifted right by 17 and masked to the table."""
_U64 = (1 << 64) - 1
_MAX_INDEXED = 1 << 28
"""The C index's limit (bytes): far above any scanned text (see ``MAX_SCAN_CHARS``)."""


def _is_ascii_word(key: str) -> bool:
    return bool(key) and key.isascii() and key.replace("_", "a").isalnum()


class ViewIndex:
    """One view of a text and the key of each of its words, shared by every rule and every scanner that
    looks at this view (:attr:`ScanItem.view_index` builds it once per view, on first use).

    With ``purpose-immune-native`` installed, an ASCII view's word keys come from one C pass, and on the
    first :meth:`word_starts` a second pass indexes where words begin with each string of one to four
    characters (:func:`~purpose_immune_engine.anchors.word_key`'s length), so each key is a lookup instead
    of a search of the whole view (82 keys on each of four views of a 100 KB text cost about 20 ms). Same
    answers either way: a key is made of word characters, so the old test (``key`` found at ``i``, no word
    character before ``i``) holds exactly at the word starts whose word begins with ``key``."""

    __slots__ = ("_at", "_index", "_native", "ascii", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self._index: tuple[memoryview, memoryview, memoryview] | None = None
        native = self._native = _native if self.ascii and len(text) < _MAX_INDEXED else None
        if native is not None:
            self.words: frozenset[str] = native.word_keys(text.encode("ascii"))
            """The :func:`~purpose_immune_engine.anchors.word_key` of every word (maximal run of ``\\w``)."""
        elif self.ascii:
            # an ASCII text splits fastest with bytes methods: non-word characters become spaces
            words = text.encode("ascii").translate(_ASCII_NON_WORD).decode("ascii").split()
            self.words = frozenset(map(_KEY, words))
        else:
            self.words = frozenset(map(_KEY, _WORD_RUN.findall(text)))
        self._at: dict[str, list[int]] = {}

    def word_starts(self, key: str) -> list[int]:
        """Positions where a word beginning with ``key`` starts; computed once per key and view (rules of
        every scanner start at the same few words: "you", "ignore", "the")."""
        found = self._at.get(key)
        if found is None:
            native = self._native
            if native is not None and len(self.text) >= MIN_INDEXED and _is_ascii_word(key):
                index = self._index
                if index is None:
                    codes, bounds, offsets = native.word_index(self.text.encode("ascii"))
                    index = self._index = (
                        memoryview(codes).cast("Q"),
                        memoryview(bounds).cast("q"),
                        memoryview(offsets).cast("q"),
                    )
                found = self._indexed(index, key)
            else:
                text = self.text
                found = []
                i = text.find(key)
                while i != -1:
                    if i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"):
                        found.append(i)
                    i = text.find(key, i + 1)
            self._at[key] = found
        return found

    def _indexed(self, index: tuple[memoryview, memoryview, memoryview], key: str) -> list[int]:
        """:meth:`word_starts` from the C index: an open-addressing table of every string of one to four
        characters that begins a word (its bytes and length packed in one integer), each with the positions
        of the words it begins ("you": "you", "your", "young"). The key is looked up as the C code placed it
        (home slot from the same multiplicative hash, then the next slots)."""
        codes, bounds, offsets = index
        head = key[:WORD_KEY_LEN]
        code = int.from_bytes(head.encode("ascii"), "little") | len(head) << 32
        mask = len(codes) - 1
        h = ((code * _WORD_HASH) & _U64) >> 17 & mask
        while True:
            slot = codes[h]
            if slot == code:
                break
            if slot == 0:
                return []
            h = (h + 1) & mask
        found: list[int] = offsets[bounds[2 * h] : bounds[2 * h + 1]].tolist()
        if len(key) <= WORD_KEY_LEN:
            return found
        # a longer key is never asked for (word keys have four characters at most); its words are among
        # those of its first four characters, filtered as the search would
        text = self.text
        return [i for i in found if text.startswith(key, i)]

    def starts(self, prefixes: StartPrefixes) -> list[int] | None:
        """Sorted positions where a match could start ([] when none can); None when there are so many
        that a plain ``finditer`` is cheaper."""
        text = self.text
        words = prefixes.word & self.words if prefixes.word else ()
        anywhere = [s for s in (prefixes.ascii_anywhere if self.ascii else prefixes.anywhere) if s in text]
        if not words and not anywhere:
            return [0] if prefixes.at_start and text else []
        positions: set[int] = {0} if prefixes.at_start and text else set()
        limit = 16 + len(text) // 10
        for s in words:  # a word key only counts where a word starts (``\\b`` before a word character)
            positions.update(self.word_starts(s))
            if len(positions) > limit:
                return None
        for s in anywhere:
            i = text.find(s)
            while i != -1:
                positions.add(i)
                if len(positions) > limit:
                    return None
                i = text.find(s, i + 1)
        if len(positions) == 1:
            return list(positions)
        return sorted(positions)
