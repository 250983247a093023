"""Which rules of a scanner can match a view, for all rules at once, in a few set and integer operations.

Benign text is the common case, so most rules must be ruled out before their regex runs. Every rule has
*necessary parts*: literals a match must contain (``ignore`` ... ``previous`` ... ``instructions``, see
:mod:`purpose_agent.immune.anchors`) and the prefixes every match starts with (see
:mod:`purpose_agent.immune.prefixes`). A part is present in a view when one of its literals is: looked up
by its first three characters in the view's set of three-character substrings, by its first letters in the
view's word starts, or (for a literal shorter than three characters) with ``in``.

Each rule owns an eight-bit field of one Python integer, one bit per part. The keys found in a view are
OR-ed together into that integer; a rule is a candidate when every bit of its field is set, which one
addition detects for all rules at once: parts a rule does not have are pre-filled with ones, so a field
whose bits are all set carries into its top bit. The gate can only skip a rule whose parts are missing,
so it never skips a match.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import reduce
from operator import or_

from purpose_agent.immune.anchors import GRAM, MAX_GATES, all_anchors_of, gram_keys
from purpose_agent.immune.prefixes import StartPrefixes, ViewIndex, start_prefixes

WIDTH = 8
"""Bits per rule: up to seven parts and a carry bit."""
MAX_SHORT_PARTS = 2
MAX_SHORT_LITERALS = 24

_FIELD = (1 << (WIDTH - 1)) - 1
_SCOPED_IGNORECASE = re.compile(r"\(\?[aLmsux]*i[aLmsux\-]*[:)]")


class RuleGate:
    """Gate for the rules of one scanner that look at one kind of view (lower-case or case-kept).

    ``patterns[i]`` is the compiled pattern of rule ``i``, or None for a rule this gate does not serve
    (it belongs to the other kind of view): such a rule is never a candidate here."""

    def __init__(self, patterns: Sequence[re.Pattern[str] | None]) -> None:
        self.starts: list[StartPrefixes | None] = []
        grams: dict[str, int] = {}
        words: dict[int, dict[str, int]] = {}
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
                    if kind == "g":
                        grams[key] = grams.get(key, 0) | bit
                    elif kind == "s":
                        subs[key] = subs.get(key, 0) | bit
                    else:
                        by_len = words.setdefault(len(key), {})
                        by_len[key] = by_len.get(key, 0) | bit
            notreq |= (_FIELD & ~((1 << len(parts)) - 1)) << base
            one |= 1 << base
            high |= 1 << (base + WIDTH - 1)
            member |= 1 << (base + WIDTH - 1)
        self._grams = grams
        self._gram_keys = frozenset(grams)
        self._words = tuple((n, masks, frozenset(masks)) for n, masks in sorted(words.items()))
        self._subs = tuple(subs.items())
        self._ascii_subs = tuple((s, m) for s, m in subs.items() if s.isascii())
        self._notreq = notreq
        self._one = one
        self._high = high & member

    def candidates(self, view_grams: frozenset[str], view: ViewIndex) -> int:
        """The candidate rules for one view, as an integer with bit ``i * WIDTH + WIDTH - 1`` set for rule i
        (decode with :func:`rule_indexes`)."""
        acc = reduce(or_, map(self._grams.__getitem__, view_grams & self._gram_keys), 0)
        for n, masks, keys in self._words:
            hit = view.word_keys(n) & keys
            if hit:
                acc = reduce(or_, map(masks.__getitem__, hit), acc)
        text = view.text
        for s, m in self._ascii_subs if view.ascii else self._subs:
            if s in text:
                acc |= m
        return ((acc | self._notreq) + self._one) & self._high


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
    """The necessary parts of one rule (at most seven): up to three gram-indexed anchor sets, the start
    prefixes, and for a rule with neither, up to two sets of short literals tested with ``in``."""
    if pattern.flags & re.IGNORECASE or _SCOPED_IGNORECASE.search(pattern.pattern):
        return []  # literals of a case-insensitive pattern are not the text's literals: always a candidate
    anchors = all_anchors_of(pattern.pattern)
    gated = sorted((k for k in (gram_keys(a) for a in anchors) if k is not None), key=len)[:MAX_GATES]
    parts: list[Part] = [[("g", key) for key in sorted(keys)] for keys in gated]
    if starts is not None:
        part: Part = []
        for _n, group in starts.word:
            part.extend(("w", s) for s in sorted(group))
        for s in starts.anywhere:
            part.append(("g", s[:GRAM]) if len(s) >= GRAM else ("s", s))
        parts.append(part)
    if not parts:
        short = [sorted(a.literals) for a in anchors if len(a.literals) <= MAX_SHORT_LITERALS]
        for literals in short[:MAX_SHORT_PARTS]:
            parts.append([("g", s[:GRAM]) if len(s) >= GRAM else ("s", s) for s in literals])
    return parts
