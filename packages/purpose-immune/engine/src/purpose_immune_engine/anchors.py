"""Literal anchors of a regex, so a scanner runs only the rules that could match a text.

Benign text is the common case and Python's regex engine is slow to reject a long alternation at every
position. Every rule, though, needs some literal text to match: ``\\b(?:ignore|disregard)\\b ...`` cannot
match a text that holds neither word. :func:`anchors_of` reads the parsed pattern and returns a set of
literals of which every match must contain one, and whether they start at a word boundary. Word-start
anchors are looked up by their first four letters in a per-view index of word prefixes (a few
microseconds for any number of rules). A rule is looked up by the first three characters of each of its
anchors in the set of three-character substrings of the text, one set intersection for all rules. A
rule with no anchor of three characters or more always runs, so the gate can only skip work, never a
match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MAX_SET = 96
KEY_LEN = 4
_BOUNDARIES = {C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING, C.AT_BEGINNING_LINE}
_WORDS = re.compile(r"[^\W\d_]+")
_WORD_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Anchors:
    literals: frozenset[str]
    word_start: bool
    closed_end: bool = False
    """What follows each literal in a match is not a word character (``\\b``, ``\\s``, the end)."""

    def keys(self) -> frozenset[str] | None:
        """First letters of each literal (for the word-prefix index), or None if not word-start."""
        if not self.word_start:
            return None
        out = set()
        for s in self.literals:
            m = _WORDS.match(s)
            if m is None:
                return None
            out.add(m.group(0)[:KEY_LEN])
        return frozenset(out)

    def word_keys(self) -> frozenset[str] | None:
        """One :func:`word_key` per literal, for a view's set of word keys; None when some literal has
        none. A word inside a literal that follows a non-word character of the literal (``rules`` in
        ``the rules have``) is a word of every text that holds the literal, and so is the literal's first
        word when a word boundary precedes it; the longest such word gives the rarest key."""
        out = set()
        for s in self.literals:
            best: str | None = None
            best_len = 0
            for m in _WORD_RUN.finditer(s):
                if m.start() == 0 and not self.word_start:
                    continue
                key = word_key(s, m.start(), closed=self.closed_end)
                if key is not None and m.end() - m.start() > best_len:
                    best, best_len = key, m.end() - m.start()
            if best is None:
                return None
            out.add(best)
        return frozenset(out)


WORD_KEY_LEN = 4


def word_key(literal: str, start: int, *, closed: bool = False) -> str | None:
    """The key that a text holding ``literal`` has among its word keys (the first four characters of each
    word, the whole word if shorter), for the word of ``literal`` that begins at ``start`` and starts a
    word in the text. None when the literal's word is shorter than four characters and runs to the
    literal's end, unless ``closed`` says a non-word character follows the literal: otherwise the text's
    word may go on (``set`` in ``\\bset\\w*``), so its key is unknown."""
    m = _WORD_RUN.match(literal, start)
    if m is None:
        return None
    if m.end() < len(literal) or closed or m.end() - start >= WORD_KEY_LEN:
        return literal[start : min(m.end(), start + WORD_KEY_LEN)]
    return None


GRAM = 3


def grams(text: str) -> frozenset[str]:
    """Every three-character substring of ``text``."""
    return frozenset(text[i : i + GRAM] for i in range(len(text) - GRAM + 1))


def gram_keys(anchors: Anchors | None, *, shortest: int = GRAM) -> frozenset[str] | None:
    """The gram index keys of ``anchors``, or None when some literal is shorter than ``shortest``."""
    if anchors is None or any(len(s) < shortest for s in anchors.literals):
        return None
    return frozenset(s[:GRAM] for s in anchors.literals)


MAX_GATES = 3


class GramIndex:
    """Maps gram keys to the patterns they gate. A pattern with several necessary parts (``ignore`` ...
    ``previous`` ... ``instructions``) is a candidate only when every one of up to three parts has a key
    in the text, which keeps benign text that shares one common word from running the regex."""

    def __init__(self, patterns: list[str | None], *, lower: bool = False) -> None:
        """``lower=True`` for case-insensitive patterns: keys are lower-cased, look up a lower-cased text.
        A ``None`` entry is never a candidate (it belongs to another index)."""
        self.by_key: dict[str, list[tuple[int, int]]] = {}
        self.always: list[int] = []
        self.parts: dict[int, int] = {}
        for i, pattern in enumerate(patterns):
            if pattern is None:
                continue
            # keys are tested with ``in``, so a two-character literal (``SK``) is a key too
            gates = [k for k in (gram_keys(a, shortest=2) for a in all_anchors_of(pattern)) if k is not None]
            if lower:
                gates = [frozenset(key.lower() for key in keys) for keys in gates]
            if not gates:
                self.always.append(i)
                continue
            gates.sort(key=len)
            gates = gates[:MAX_GATES]
            self.parts[i] = len(gates)
            for j, keys in enumerate(gates):
                for key in keys:
                    self.by_key.setdefault(key, []).append((i, j))
        self._keys = frozenset(self.by_key)
        self._key_list = tuple(sorted(self.by_key))
        # One alternation of every key, longest first: the engine skips in C the positions whose character
        # starts no key, which beats one ``in`` test per key once there are a few dozen keys. At a position
        # where a key matches, the shorter keys it begins with match there too.
        by_length = sorted(self.by_key, key=lambda k: (-len(k), k))
        self._key_rx = re.compile("|".join(map(re.escape, by_length))) if by_length else None
        self._heads = {k: tuple(h for h in self.by_key if k.startswith(h)) for k in self.by_key}

    def candidates_in(self, text: str) -> set[int]:
        """The patterns every one of whose gated parts has a key in ``text`` (no set of every substring
        of a long text is built)."""
        if self._key_rx is None:
            return set(self.always)
        m = self._key_rx.search(text)
        if m is None:
            return set(self.always)
        present: set[str] = set()
        while m is not None:
            present.update(self._heads[m.group()])
            m = self._key_rx.search(text, m.start() + 1)
        return self._from_keys(present)

    def _from_keys(self, present: Iterable[str]) -> set[int]:
        found = set(self.always)
        hits: dict[int, set[int]] = {}
        for key in present:
            for i, j in self.by_key[key]:
                hits.setdefault(i, set()).add(j)
        found.update(i for i, parts in hits.items() if len(parts) == self.parts[i])
        return found


_ASCII = [chr(c) for c in range(128)]


def _folds_to_ascii(literal: str) -> bool:
    """Does some non-ASCII character of ``literal`` match an ASCII character when case is ignored?"""
    return any(
        any(re.fullmatch(re.escape(c), a, re.IGNORECASE) for a in _ASCII) for c in literal if not c.isascii()
    )


class LiteralGate:
    """A cheap necessary condition for one regex: a literal of each of its (first two) necessary parts
    occurs in the text. ``may_match`` is False only when the regex cannot match, so a caller that skips
    the regex on False loses nothing.

    Why: a case-insensitive alternation (``(?i)pass|pwd|secret|...``) costs Python's engine about as much
    as the search it guards, ten microseconds on a short text; a few ``in`` tests on the lower-cased text
    cost well under one. Case-insensitive matching folds some non-ASCII letters onto ASCII ones (the Kelvin
    sign matches ``k``), so for those patterns a text that is not pure ASCII always "may match"."""

    def __init__(self, pattern: re.Pattern[str], *, parts: int = 2) -> None:
        self.ignore_case = bool(pattern.flags & re.IGNORECASE)
        literal_sets = [a.literals for a in all_anchors_of(pattern.pattern)[:parts]]
        if self.ignore_case:
            # on ASCII text (the only text this gate judges) a non-ASCII literal is absent unless one of
            # its letters folds onto an ASCII one, in which case the part cannot be tested with ``in``
            literal_sets = [
                frozenset(s.lower() for s in lits if s.isascii())
                for lits in literal_sets
                if not any(_folds_to_ascii(s) for s in lits if not s.isascii())
            ]
        self.parts = tuple(tuple(sorted(lits)) for lits in literal_sets)

    def may_match(self, text: str, lower: str | None = None) -> bool:
        """``lower`` is ``text.lower()`` when the caller has it already."""
        if not self.parts:
            return True
        if self.ignore_case:
            if not text.isascii():
                return True
            text = text.lower() if lower is None else lower
        for part in self.parts:  # plain loops: this runs several times per scan
            for s in part:
                if s in text:
                    break
            else:
                return False
        return True


_WORD_ENDS = {C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING, C.AT_END_LINE}
_NON_WORD_CATEGORIES = {
    C.CATEGORY_SPACE,
    C.CATEGORY_NOT_WORD,
    getattr(C, "CATEGORY_UNI_SPACE", C.CATEGORY_SPACE),
    getattr(C, "CATEGORY_UNI_NOT_WORD", C.CATEGORY_NOT_WORD),
}


def non_word_next(op, av) -> bool:
    """Does this parsed item always consume a non-word character first (``\\s``, ``\\s+``, ``[ ,;]``)?"""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return low >= 1 and len(sub) == 1 and non_word_next(*sub[0])
    if op is not C.IN:
        return False
    for member_op, member in av:
        if member_op is C.CATEGORY and member in _NON_WORD_CATEGORIES:
            continue
        if member_op is C.LITERAL and not _WORD_RUN.match(chr(member)):
            continue
        return False
    return True


def _exact_item(op, av) -> set[str] | None:
    if op is C.LITERAL:
        return {chr(av)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}
    if op is C.SUBPATTERN:
        return _exact(av[3])
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            e = _exact(branch)
            if e is None:
                return None
            out |= e
        return out if len(out) <= MAX_SET else None
    if op is C.IN:
        chars = [chr(v) for o, v in av if o is C.LITERAL]
        return set(chars) if len(chars) == len(av) and 0 < len(chars) <= 8 else None
    return None


def _exact(items) -> set[str] | None:
    out = {""}
    for op, av in items:
        e = _exact_item(op, av)
        if e is None:
            return None
        out = {a + b for a in out for b in e}
        if len(out) > MAX_SET:
            return None
    return out


def _score(a: Anchors) -> tuple[bool, int, int]:
    """Prefer anchors that can be indexed (three characters or more), then longer, then fewer."""
    shortest = min(len(s) for s in a.literals)
    return (shortest >= GRAM, min(shortest, 8), -len(a.literals))


def _best(cands: list[Anchors]) -> Anchors | None:
    cands = [c for c in cands if c.literals and all(c.literals)]
    return max(cands, key=_score) if cands else None


def _necessary_item(op, av, boundary: bool = False) -> Anchors | None:
    if op is C.SUBPATTERN:
        return _necessary(av[3], boundary)
    if op is C.BRANCH:
        parts = [_necessary(b, boundary) for b in av[1]]
        if any(p is None for p in parts):
            return None
        lits = frozenset().union(*(p.literals for p in parts))  # type: ignore[union-attr]
        word_start = all(p.word_start for p in parts)  # type: ignore[union-attr]
        if len(lits) > MAX_SET and word_start:
            # too many literals to list (``safety (?:checks?|rules|...)`` in a long alternation): the first
            # word of each is necessary too, and there are far fewer of them
            lits = frozenset(_first_word(s) for s in lits)
        if len(lits) > MAX_SET:
            return None
        return Anchors(lits, word_start)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
        return _necessary(av[2], boundary)
    return None


def _first_word(literal: str) -> str:
    m = _WORD_RUN.match(literal)
    return m.group(0) if m is not None else literal


def _necessary(items, boundary: bool = False) -> Anchors | None:
    return _best(_necessary_all(items, boundary))


def _ends_non_word(op, av) -> bool | None:
    """Does this item always end with a non-word character (True), keep the state before it (None: it can
    match nothing, or only non-word characters when it matches something), or may it end with a word
    character (False)? Why: a literal that follows a space or ``\\s+`` starts a word, as after ``\\b``."""
    if op is C.LITERAL:
        return _WORD_RUN.match(chr(av)) is None
    if op is C.IN or op is C.CATEGORY:
        return non_word_next(op, av)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return None
    if op is C.SUBPATTERN:
        return _seq_ends_non_word(av[3])
    if op is C.BRANCH:
        ends = [_seq_ends_non_word(b) for b in av[1]]
        return True if all(e is True for e in ends) else False
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        body = _seq_ends_non_word(sub)
        if body is not True:
            return False
        return True if low >= 1 else None
    return False


def _seq_ends_non_word(items) -> bool | None:
    state: bool | None = None
    for op, av in items:
        e = _ends_non_word(op, av)
        if e is not None:
            state = e
    return state


def _necessary_all(items, boundary: bool = False) -> list[Anchors]:
    cands: list[Anchors] = []
    run: set[str] | None = None
    run_ws = False

    def flush(closed: bool = False) -> None:
        nonlocal run
        if run and all(run):
            lits = {s for s in run}
            ws = run_ws
            if all(s.startswith(" ") for s in lits) and all(len(s) > 1 for s in lits):
                lits, ws = {s[1:] for s in lits}, True
            cands.append(Anchors(frozenset(lits), ws and all(s[:1].isalpha() for s in lits), closed))
        run = None

    for op, av in items:
        if op is C.AT:
            flush(closed=av in _WORD_ENDS)
            boundary = av in _BOUNDARIES
            continue
        e = _exact_item(op, av) if op not in (C.ASSERT, C.ASSERT_NOT) else None
        if e is not None and e != {""}:
            if run is not None and len(run) * len(e) > MAX_SET:
                flush()
            if run is None:
                run, run_ws = {""}, boundary
            run = {a + b for a in run for b in e}
            if len(run) > MAX_SET:
                run = None
        else:
            flush(closed=non_word_next(op, av))
            nested = _necessary_item(op, av, boundary)
            if nested is not None:
                cands.append(nested)
        # after a non-word character (a space, ``\s+``, ``[ ,]``) the next word character starts a word
        ends = _ends_non_word(op, av)
        boundary = boundary if ends is None else ends
    flush()
    return [c for c in cands if c.literals and all(c.literals)]


def all_anchors_of(pattern: str) -> list[Anchors]:
    """Every necessary part of ``pattern`` found in sequence: a match contains one literal of each."""
    try:
        parsed = P.parse(pattern)
    except re.error:
        return []
    return _necessary_all(list(parsed))


def anchors_of(pattern: str) -> Anchors | None:
    """Literals one of which every match of ``pattern`` contains, or None if none can be derived."""
    try:
        parsed = P.parse(pattern)
    except re.error:
        return None
    return _necessary(list(parsed))
