"""A rule rewritten for an automaton: a pattern that matches *wherever* the rule can match (a superset).

The one-pass accelerator (:mod:`purpose_immune_engine.onepass`) hands every rule of every detector to one
compiled automaton, which supports neither lookarounds, nor word boundaries in Unicode mode, nor
backreferences, and whose compile time explodes with long bounded repeats (``[^.\\n]{0,200}``). So each
rule is rewritten from its parsed form:

* assertions (``\\b``, ``^``, ``$``, lookaheads, lookbehinds) are dropped, except a ``\\b`` next to an
  item that starts (after it) or ends (before it) with an ASCII word character in every match: there
  Python's Unicode ``\\b`` implies the automaton's ASCII one over UTF-8 bytes (the character on the other
  side is an ASCII non-word character, one of a non-ASCII character's bytes, none of which is a word byte,
  or the edge of the text), so it is kept, and a rule word no longer starts the automaton's gaps inside
  longer words ("hi" in "this", "list" in "enlisted");
* a bounded repeat ``x{m,n}`` becomes ``x*`` (m = 0) or ``x+``; possessive and atomic forms become plain;
* ``\\w``, ``\\d``, ``\\s`` (Unicode in Python) become their ASCII members plus every non-ASCII character;
  inside a negated class (``[^\\w.]``) they count only their ASCII members, so the complement grows;
* a backreference becomes its group's rewritten pattern ("any text" when that holds a word boundary
  or the group is inside a dropped lookaround);
* a case-insensitive rule or a conditional group cannot be rewritten safely: :class:`Untranslatable`,
  and the caller keeps such a rule a candidate for every text.

Every change only lets more text through, so a text the rewritten pattern does not match is a text the rule
does not match: the automaton can rule a rule out, never rule a match out. The rule itself (Python ``re``)
still decides, so findings do not change.
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

_ASCII = range(128)
_WORD = frozenset(c for c in _ASCII if chr(c).isalnum() or c == 95)
_DIGIT = frozenset(range(48, 58))
# Python's \s on str: ASCII whitespace including the information separators \x1c-\x1f
_SPACE = frozenset(c for c in _ASCII if chr(c).isspace())
_ALL = frozenset(_ASCII)
_CATEGORY: dict[Any, tuple[frozenset[int], bool]] = {
    # (its ASCII members, whether it may hold non-ASCII characters)
    C.CATEGORY_WORD: (_WORD, True),
    C.CATEGORY_NOT_WORD: (_ALL - _WORD, True),
    C.CATEGORY_DIGIT: (_DIGIT, True),
    C.CATEGORY_NOT_DIGIT: (_ALL - _DIGIT, True),
    C.CATEGORY_SPACE: (_SPACE, True),
    C.CATEGORY_NOT_SPACE: (_ALL - _SPACE, True),
}
_NON_ASCII = "[^\\x00-\\x7f]"


_SENTENCE_GAP = str(P.parse(r"(?:[^.\n]|\.(?=\S))*").data[0][1][2].data)
"""The parsed body of the rules' sentence-aware gap (see ``purpose_immune_engine.rules._sentence_aware``)."""


class Untranslatable(ValueError):
    """A rule the automaton cannot pre-select safely (case-insensitive, conditional group, odd flags)."""


def _hex(c: int) -> str:
    return f"\\x{c:02x}"


def _one_char(codes: frozenset[int], non_ascii: bool) -> str:
    """One character of a class over the UTF-8 bytes of the text: one of the ASCII ``codes``, or (when
    ``non_ascii``) any non-ASCII character, read as a run of bytes from 0x80 up (a superset of one
    character's two to four bytes)."""
    if not codes:
        return "[\\x80-\\xff]+" if non_ascii else "[^\\x00-\\xff]"
    ascii_part = _ascii_class(codes)
    return f"(?:{ascii_part}|[\\x80-\\xff]+)" if non_ascii else ascii_part


def _ascii_class(codes: frozenset[int] | set[int], *, negate: bool = False) -> str:
    """A class of ASCII codes written as ranges (``[^...]`` when ``negate``)."""
    items = sorted(codes)
    parts: list[str] = []
    start = prev = items[0]
    for c in [*items[1:], None]:
        if c is not None and c == prev + 1:
            prev = c
            continue
        parts.append(_hex(start) if start == prev else f"{_hex(start)}-{_hex(prev)}")
        if c is not None:
            start = prev = c
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _class(items: Any) -> str:
    """A superset of one ``[...]`` class of the parsed pattern."""
    negate = bool(items) and items[0][0] is C.NEGATE
    if negate:
        items = items[1:]
    ascii_codes: set[int] = set()
    ranges: list[str] = []  # non-ASCII literals and ranges
    any_non_ascii = False
    for op, av in items:
        if op is C.LITERAL:
            if av < 128:
                ascii_codes.add(av)
            else:
                _no_fold(av)
                ranges.append(chr(av))
        elif op is C.RANGE:
            lo, hi = av
            ascii_codes.update(range(lo, min(hi, 127) + 1))
            if hi >= 128:
                _no_fold(hi)
                ranges.append(chr(hi))
        elif op is C.CATEGORY:
            members, non_ascii = _CATEGORY[av]
            ascii_codes.update(members)
            any_non_ascii = any_non_ascii or non_ascii
        else:
            raise Untranslatable(f"class item {op}")
    if _FOLD[0]:  # the text is lower-cased: a member's lower-case form stands for it
        ascii_codes |= {ord(chr(c).lower()) for c in ascii_codes}
    if negate:
        # [^...]: only its ASCII exclusions are kept, so every non-ASCII character is allowed (a superset)
        return _one_char(_ALL - ascii_codes, True)
    return _one_char(frozenset(ascii_codes), any_non_ascii or bool(ranges))


def _byte_class(op: Any, av: Any, flags: int) -> str:
    """The class of one character as a class of bytes: its ASCII members and, when it may hold a non-ASCII
    character, every byte from 0x80 up."""
    if op is C.LITERAL:
        av = _folded(av)
        return _ascii_class({av}) if av < 128 else "[\\x80-\\xff]"
    if op is C.ANY:
        return "[\\x00-\\xff]" if flags & re.DOTALL else "[^\\n]"
    if op is C.NOT_LITERAL:
        return _ascii_class({_folded(av)}, negate=True) if av < 128 else "[\\x00-\\xff]"
    one = _class(av if op is C.IN else [(C.CATEGORY, av)])
    if one.startswith("(?:"):  # ASCII part | non-ASCII run
        return one[3:].split("|", 1)[0][:-1] + "\\x80-\\xff]"
    if one == "[\\x80-\\xff]+":
        return "[\\x80-\\xff]"
    return one


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_ASCII_WORD = frozenset(chr(c) for c in _WORD)


def _word_char_item(op: Any, av: Any, first: bool) -> bool:
    """Does every match of this item start (``first``) or end with an ASCII word character (and none match
    the empty string)?"""
    if op is C.LITERAL:
        return av < 128 and chr(av) in _ASCII_WORD
    if op is C.IN:
        if not av or av[0][0] is C.NEGATE:
            return False
        for o, a in av:
            if o is C.LITERAL:
                if not (a < 128 and chr(a) in _ASCII_WORD):
                    return False
            elif o is C.RANGE:
                if not all(chr(c) in _ASCII_WORD for c in range(a[0], a[1] + 1)):
                    return False
            else:  # \d, \w: Unicode in a str pattern, so they hold characters beyond ASCII
                return False
        return True
    if op is C.BRANCH:
        return all(_word_edge(branch, first) for branch in av[1])
    if op is C.SUBPATTERN:
        return _word_edge(av[-1], first)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _word_edge(av, first)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        return bool(av[0] >= 1) and _word_edge(av[2], first)
    return False


def _word_edge(items: Any, first: bool) -> bool:
    """Does every match of the sequence ``items`` start (``first``) or end with an ASCII word character?
    False when it may be empty or the analysis cannot tell."""
    seq = list(items)
    for op, av in seq if first else reversed(seq):
        if op in _ZERO_WIDTH:
            continue
        return _word_char_item(op, av, first)
    return False


def _emit(seq: Any, flags: int) -> str:
    out: list[str] = []
    for index, (op, av) in enumerate(seq):
        if op is C.LITERAL:
            av = _folded(av)
            out.append("".join(f"\\x{b:02x}" for b in chr(av).encode("utf-8", "surrogatepass")))
        elif op is C.NOT_LITERAL:
            out.append(_one_char(_ALL - {_folded(av)}, True))
        elif op is C.ANY:
            out.append(_one_char(_ALL if flags & re.DOTALL else _ALL - {10}, True))
        elif op is C.IN:
            out.append(_class(av))
        elif op is C.CATEGORY:
            out.append(_class([(C.CATEGORY, av)]))
        elif op is C.AT and _BOUNDARIES[0] and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            out.append("\\b" if av is C.AT_BOUNDARY else "\\B")  # ASCII text only: see superset()
        elif op is C.AT and av is C.AT_BOUNDARY and (
            _word_edge(seq[index + 1 :], True) or _word_edge(seq[:index], False)
        ):
            # next to a character that is an ASCII word character in every match, Python's \b (Unicode)
            # implies the automaton's (ASCII) \b on UTF-8 bytes: see superset()
            out.append("\\b")
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # dropping an assertion only lets more through
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_emit(b, flags) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.ASCII | re.LOCALE):
                raise Untranslatable("scoped case or ASCII flag")
            inner = (flags | add_flags) & ~del_flags
            body = _emit(sub, inner)
            if _group is not None:
                _GROUPS[_group] = body
            out.append("(?:" + body + ")")
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append("(?:" + _emit(av, flags) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            if str(sub.data) == _SENTENCE_GAP:
                # "within one sentence" (a dot followed by a non-space is no sentence end): the lookahead
                # becomes the character it looks at, and a last dot may stand before the next element
                out.append("(?:[^.\\n]|\\.[^\\t-\\r\\x1c-\\x20])*\\.?")
                continue
            if _COUNTED[0] and high <= MAX_COUNT:
                # kept counted (personal-data patterns count digits); one repetition of the rewritten body
                # matches whatever one repetition of the original did (a non-ASCII character is one run)
                out.append(f"(?:{_emit(sub, flags)}){{{low},{high}}}")
                continue
            if len(sub.data) == 1 and sub.data[0][0] in (C.IN, C.ANY, C.NOT_LITERAL, C.CATEGORY, C.LITERAL):
                # one character class repeated: over UTF-8 bytes its byte class repeated is a superset
                # (a non-ASCII character is a run of bytes from 0x80 up, all let through)
                out.append(_byte_class(*sub.data[0], flags) + ("*" if low == 0 else "+"))
                continue
            body = "(?:" + _emit(sub, flags) + ")"
            if high == 1:
                out.append(body + ("?" if low == 0 else ""))
            else:
                out.append(body + ("*" if low == 0 else "+"))
        elif op is C.GROUPREF:
            # the text a backreference matches is text its group matched, so the group's rewritten pattern
            # matches it too, wherever it stands (unless that pattern holds a word boundary, which
            # depends on the neighbours); a group not rewritten yet (inside a dropped lookaround): any text
            body = _GROUPS.get(av)
            if body is None or "\\b" in body or "\\B" in body:
                out.append("[\\x00-\\xff]*")
            else:
                out.append("(?:" + body + ")")
        else:
            raise Untranslatable(f"construct {op}")
    return "".join(out)


MAX_COUNT = 32
_COUNTED = [False]
_BOUNDARIES = [False]
_FOLD = [False]
_GROUPS: dict[int, str] = {}
"""The rewritten pattern of each capturing group met so far in the rule being rewritten."""


def _no_fold(code: int) -> None:
    if _FOLD[0]:  # a non-ASCII letter may match an ASCII one when case is ignored (U+017F s, U+212A k)
        raise Untranslatable("non-ASCII character in a case-insensitive pattern")


def _folded(code: int) -> int:
    """A literal of the pattern as it reads in lower-cased text (in ``fold`` mode)."""
    if not _FOLD[0]:
        return code
    if code >= 128:
        _no_fold(code)
    return ord(chr(code).lower())


def superset(
    pattern: str, flags: int = 0, *, counted: bool = False, boundaries: bool = False, fold: bool = False
) -> str:
    """The rewritten pattern (see the module docstring); raises :class:`Untranslatable`.

    ``counted``: a repeat of one character class up to :data:`MAX_COUNT` times keeps its bounds (in bytes)
    instead of becoming ``*``/``+``: personal-data patterns are runs of digits of given lengths, and
    "two digits" would otherwise stand for a card number. Rules leave it off (their gaps of up to 200
    characters make the automaton slow to compile).

    ``boundaries``: ``\\b`` and ``\\B`` are kept (as the automaton's ASCII word boundaries) everywhere, not
    only next to an ASCII word character. The result is then a superset *on ASCII text only*, where
    Python's word characters are the automaton's; the span finder (:mod:`purpose_immune_engine.spans`),
    which answers only for ASCII texts, uses it to report far fewer false starts.

    ``fold``: for a case-insensitive pattern whose characters are all ASCII, a pattern to run over the
    *lower-cased* text (its letters lower-cased, its classes closed under lower-casing): on ASCII text it
    matches every span where the pattern matches the original text. A case-sensitive pattern, or one with a
    non-ASCII character, is :class:`Untranslatable` in this mode."""
    _COUNTED[0] = counted
    _BOUNDARIES[0] = boundaries
    _FOLD[0] = fold
    _GROUPS.clear()
    try:
        return _superset(pattern, flags)
    finally:
        _COUNTED[0] = False
        _BOUNDARIES[0] = False
        _FOLD[0] = False
        _GROUPS.clear()


def _superset(pattern: str, flags: int) -> str:
    if flags & (re.LOCALE | re.ASCII) or (flags & re.IGNORECASE and not _FOLD[0]):
        raise Untranslatable("flags")
    try:
        parsed = P.parse(pattern, flags)
    except re.error as exc:
        raise Untranslatable(str(exc)) from exc
    all_flags = parsed.state.flags | flags
    if _FOLD[0]:
        if not all_flags & re.IGNORECASE or all_flags & (re.LOCALE | re.ASCII):
            raise Untranslatable("fold is for case-insensitive patterns")
        return _emit(parsed, all_flags & ~re.IGNORECASE)
    if all_flags & (re.IGNORECASE | re.LOCALE | re.ASCII):
        raise Untranslatable("case-insensitive or ASCII pattern")
    return _emit(parsed, all_flags)
