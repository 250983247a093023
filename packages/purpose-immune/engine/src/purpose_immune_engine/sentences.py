"""Which rules stay inside one sentence, and the sentences a derived view does not share with the main view.

The normaliser's derived views (letters re-joined, words de-hyphenated, leetspeak read back) are copies of
the main lower-case view changed in a few places, yet the one-pass automaton used to scan each of them
whole: on a long document that was three quarters of the automaton's time. This module lets it scan only
what changed, without missing a rule.

A *cut* is a dot followed by a space (``". "``). Most rules cannot match across one: their gaps are "within
one sentence" (``(?:[^.\\n]|\\.(?=\\S))``, ``[^.!?]``) or words. :func:`never_crosses_a_cut` proves it for one
pattern from its parsed form: no string the pattern can match (lookaheads taken into account, every other
assertion ignored, which only lets more through) holds a dot followed by a space. For such a rule every match
lies inside one *segment* of the view (see :func:`segments`: the view cut after each dot that a space
follows). A segment of a derived view that is also a segment of the main view holds the same characters, so
whatever the rule's rewritten pattern matches there, it matches in the main view too (its only assertion is a
``\\b`` next to a character that is an ASCII word character in every match, see
:mod:`purpose_immune_engine.superset`; a segment starts with a space and ends with a dot, except the first and
last of a view, which stand at the view's edges in the main view, the derived view and the joined new segments
alike, so such a ``\\b`` sees the same neighbours in all three). Hence, for these rules, the ids the automaton
reports on a derived view are among those it reports on the main view and on the derived view's new segments,
scanned joined together (:func:`new_segments`). Rules that may cross a cut are scanned over the whole derived
view by a second, smaller automaton (:mod:`purpose_immune_engine.onepass`). The result can only hold more
candidates than a whole scan (each then confirmed by the exact rule, as always), never fewer.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

CUT = b". "

_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN, C.CATEGORY)
_CATEGORIES = {
    C.CATEGORY_DIGIT: re.compile(r"\d"),
    C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"),
    C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"),
    C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


class _Unknown(Exception):
    """A construct the analysis does not follow: the pattern is taken to cross cuts."""


def _takes(op: Any, av: Any, ch: str, flags: int) -> bool:
    """Can this one-character item match ``ch`` (a dot or a space: neither has another case)?"""
    if op is C.LITERAL:
        return ord(ch) == av
    if op is C.NOT_LITERAL:
        return ord(ch) != av
    if op is C.ANY:
        return ch != "\n" or bool(flags & re.DOTALL)
    if op is C.CATEGORY:
        category = _CATEGORIES.get(av)
        if category is None:
            raise _Unknown(av)
        return category.match(ch) is not None
    if op is C.IN:
        negate = bool(av) and av[0][0] is C.NEGATE
        hit = False
        for o, a in av[1:] if negate else av:
            if o is C.RANGE:
                hit = hit or a[0] <= ord(ch) <= a[1]
            else:
                hit = hit or _takes(o, a, ch, flags)
        return hit != negate
    raise _Unknown(op)


def _walk(seq: Any, flags: int) -> tuple[bool, bool, bool, bool]:
    """(can match empty, can start with a space, can end with a dot that a space may follow, can hold a dot
    followed by a space) for a parsed sequence."""
    nullable, first_space, last_dot, crosses = True, False, False, False
    for op, av in seq:
        if op in _ONE_CHAR:
            n, f, last, x = False, _takes(op, av, " ", flags), _takes(op, av, ".", flags), False
        elif op is C.BRANCH:
            n = f = last = x = False
            for branch in av[1]:
                bn, bf, bl, bx = _walk(branch, flags)
                n, f, last, x = n or bn, f or bf, last or bl, x or bx
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            n, f, last, x = _walk(sub, (flags | add_flags) & ~del_flags)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            n, f, last, x = _walk(av, flags)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            n, f, last, x = _walk(sub, flags)
            n = n or low == 0
            if high > 1:
                x = x or (last and f)  # one repetition's last dot, the next one's first space
        elif op is C.AT:
            continue  # ^, $, \b: consume nothing, restrict nothing we rely on
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction == 1 and last_dot:  # a lookahead right after a possible final dot
                zn, zf, _, _ = _walk(sub, flags)
                if op is C.ASSERT and not zn and not zf:
                    last_dot = False  # (?=\S): what follows the dot is not a space
                elif op is C.ASSERT_NOT and len(sub) == 1 and sub[0][0] in _ONE_CHAR:
                    if _takes(sub[0][0], sub[0][1], " ", flags):
                        last_dot = False  # (?!\s): likewise
            continue
        else:
            raise _Unknown(op)  # backreferences, conditionals
        crosses = crosses or x or (last_dot and f)
        first_space = first_space or (nullable and f)
        last_dot = last or (last_dot and n)
        nullable = nullable and n
    return nullable, first_space, last_dot, crosses


def never_crosses_a_cut(pattern: str, flags: int = 0) -> bool:
    """True when no match of ``pattern`` can contain a dot followed by a space (see the module docstring);
    False when it can, or when the analysis cannot tell."""
    try:
        parsed = P.parse(pattern, flags)
        return not _walk(parsed, parsed.state.flags | flags)[3]
    except (_Unknown, re.error, RecursionError):
        return False


def segments(data: bytes) -> list[bytes]:
    """``data`` cut after each dot that a space follows: every piece but the first starts with that space,
    every piece but the last ends with that dot, and the pieces joined give ``data`` back."""
    parts = data.split(CUT)
    if len(parts) == 1:
        return parts
    out = [parts[0] + b"."]
    out.extend(b" " + p + b"." for p in parts[1:-1])
    out.append(b" " + parts[-1])
    return out


def new_segments(view: bytes, known: set[bytes] | frozenset[bytes]) -> bytes:
    """The segments of ``view`` that are not in ``known``, joined in order (a dot ends each but the last and
    a space starts each but the first, so no match of a rule that stays in a segment spans two of them)."""
    return b"".join(s for s in segments(view) if s not in known)
