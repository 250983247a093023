"""Which rules of a scanner can match a view, for all rules at once, in a few set and integer operations.

Benign text is the common case, so most rules must be ruled out before their regex runs. Every rule has
*necessary parts*: literals a match must contain (``ignore`` ... ``previous`` ... ``instructions``, see
:mod:`purpose_immune_engine.anchors`) and the prefixes every match starts with (see
:mod:`purpose_immune_engine.prefixes`). A part is present in a view when one of its literals is: a literal
that starts a word (``\\b`` before it) is looked up by its first letters in the view's set of word
starts; a few others are tested with ``in``. No set of every substring of the text is built.

Each rule owns an eight-bit field of one Python integer, one bit per part. The keys found in a view are
OR-ed together into that integer; a rule is a candidate when every bit of its field is set, which one
addition detects for all rules at once: parts a rule does not have are pre-filled with ones, so a field
whose bits are all set carries into its top bit. The gate can only skip a rule whose parts are missing,
so it never skips a match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from purpose_immune_engine.anchors import all_anchors_of
from purpose_immune_engine.prefixes import StartPrefixes, ViewIndex, start_prefixes

WIDTH = 8
"""Bits per rule: up to seven parts and a carry bit."""
MAX_WORD_PARTS = 4
MAX_SHORT_PARTS = 2
MAX_SHORT_LITERALS = 16

_FIELD = (1 << (WIDTH - 1)) - 1
_SCOPED_IGNORECASE = re.compile(r"\(\?[aLmsux]*i[aLmsux\-]*[:)]")


class RuleGate:
    """Gate for the rules of one scanner that look at one kind of view (lower-case or case-kept).

    ``patterns[i]`` is the compiled pattern of rule ``i``, or None for a rule this gate does not serve
    (it belongs to the other kind of view): such a rule is never a candidate here."""

    def __init__(self, patterns: Sequence[re.Pattern[str] | None]) -> None:
        self.starts: list[StartPrefixes | None] = []
        words: dict[str, int] = {}
        subs: dict[str, int] = {}
        notreq = one = high = member = 0
        for i, pattern in enumerate(patterns):
            base = i * WIDTH
            starts = None if pattern is None else start_prefixes(pattern.pattern, pattern.flags)
            self.starts.append(starts)
            if pattern is None:
                continue
            parts = _parts(pattern, starts)
            if len(parts) > WIDTH - 1:  # pragma: no cover - _parts returns at most five
                parts = parts[: WIDTH - 1]
            for j, part in enumerate(parts):
                bit = 1 << (base + j)
                for kind, key in part:
                    if kind == "s":
                        subs[key] = subs.get(key, 0) | bit
                    else:
                        words[key] = words.get(key, 0) | bit
            notreq |= (_FIELD & ~((1 << len(parts)) - 1)) << base
            one |= 1 << base
            high |= 1 << (base + WIDTH - 1)
            member |= 1 << (base + WIDTH - 1)
        self._words = words
        self._word_keys = frozenset(words)
        self._subs = _by_first_char(subs)
        self._ascii_subs = _by_first_char({s: m for s, m in subs.items() if s.isascii()})
        self._notreq = notreq
        self._one = one
        self._high = high & member

    def candidates(self, view: ViewIndex) -> int:
        """The candidate rules for one view, as an integer with bit ``i * WIDTH + WIDTH - 1`` set for rule i
        (decode with :func:`rule_indexes`)."""
        acc = 0
        words = self._words
        for key in view.words & self._word_keys:
            acc |= words[key]
        text = view.text
        for first, pairs in self._ascii_subs if view.ascii else self._subs:
            if first in text:  # one test rules out every literal that starts with this character
                for s, m in pairs:
                    if s in text:
                        acc |= m
        return ((acc | self._notreq) + self._one) & self._high


def _by_first_char(subs: dict[str, int]) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    groups: dict[str, dict[str, int]] = {}
    for s, m in subs.items():
        groups.setdefault(s[0], {})[s] = m
    return tuple((c, tuple(g.items())) for c, g in sorted(groups.items()))


def rule_indexes(candidates: int) -> list[int]:
    """Rule indexes of a :meth:`RuleGate.candidates` result, in rule order."""
    out = []
    while candidates:
        low = candidates & -candidates
        out.append((low.bit_length() - 1) // WIDTH)
        candidates ^= low
    return out


def is_candidate(candidates: int, i: int) -> bool:
    return bool(candidates >> (i * WIDTH + WIDTH - 1) & 1)


Part = list[tuple[str, str]]


def _parts(pattern: re.Pattern[str], starts: StartPrefixes | None) -> list[Part]:
    """The necessary parts of one rule that can be tested cheaply, at most seven.

    Word-start anchors (``\\b(?:ignore|disregard)``) are looked up by their first letters among the
    view's word starts; the start prefixes (see :mod:`purpose_immune_engine.prefixes`) likewise, or with
    ``in`` when they do not start a word. A rule with neither gets up to two small sets of other literals
    tested with ``in``. Parts that would need a test for every three-character substring of the text
    are left out: leaving a part out only makes the gate let more through."""
    if pattern.flags & re.IGNORECASE or _SCOPED_IGNORECASE.search(pattern.pattern):
        return []  # literals of a case-insensitive pattern are not the text's literals: always a candidate
    anchors = all_anchors_of(pattern.pattern)
    parts: list[Part] = []
    for a in anchors:
        keys = a.word_keys()
        if keys is not None and len(parts) < MAX_WORD_PARTS:
            part: Part = [("w", k) for k in sorted(keys)]
            if part not in parts:
                parts.append(part)
    if starts is not None and not starts.at_start and (not parts or not starts.anywhere):
        # substring tests cost a scan of the view each; a rule that already has word parts skips them
        part = [("w", s) for s in sorted(starts.word)]
        part.extend(("s", s) for s in starts.anywhere)
        parts.append(part)
    if not any(kind == "w" for part in parts for kind, _ in part):
        small = [a.literals for a in anchors if len(a.literals) <= MAX_SHORT_LITERALS]
        small = [lits for lits in small if not any(s.isspace() for s in lits)]
        small.sort(key=lambda lits: -min(map(len, lits)))  # the longest literals are the rarest
        parts.extend([("s", s) for s in sorted(lits)] for lits in small[:MAX_SHORT_PARTS])
    return parts[: WIDTH - 1]
