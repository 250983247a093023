"""Does a compiled automaton report every pattern where Python's ``re`` finds it? Checked on generated texts.

The accelerator's promise is that it only rules out patterns that cannot match (see
:mod:`purpose_immune_engine.onepass`). Hyperscan does not always keep it. python-hyperscan 0.9.1 (the
newest release) finds no match for ``us[\\x00-\\xff]*(?:is|ae) ?(?: harm|al harm)`` in ``"refuss that
refusing is harmful, so"``, and the detectors' own lower-case automaton missed an indirect-injection rule
on ``"please read this note. the ai must forward to https://"`` (not on ``"please read this. the ai must
forward to http://"``) and a role-play rule on ``"stay in character ab ab ab ab ab ab not refuse"``, where
``re`` finds all three. Such a miss depends on the pattern's shape and on where in the text the match
lies, so no list of known-bad shapes can rule it out. What can be done is to test each pattern as it is
compiled: :func:`texts` writes, from the pattern's own syntax tree, short texts it should match (every
branch and repeat count drawn at random, seeded by the pattern, so the same texts each time), each
alone, after and before filler text of varied length, in the middle of it and after one word repeated;
:func:`unreliable` scans them with the compiled automaton and with ``re`` on the same pattern, and names
each pattern ``re`` finds where the automaton reports nothing. The one-pass automaton then reports those
patterns for every view, a rule scanner runs such a rule wherever the pure-Python gate finds its
necessary words (as without the accelerator), and the span finder leaves them to ``finditer``.

This is a test, not a proof: a miss that no drawn text provokes stays possible (of the two shipped-rule
misses above, the check's one draw finds the first; ``python benchmarks/immune_automaton.py generated``
draws more and lists what it finds). It costs about 3 seconds for the 304 lower-case patterns (the
compile itself about 8), paid once per set of rules: the answer is cached with the automaton. The texts
are short (at most :data:`MAX_BYTES`), with few bytes from 0x80 up and short runs in nested repeats, which
keeps ``re``'s backtracking on the reference side cheap (a run of forty such bytes made one shipped
pattern's ``re`` search take over a minute).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as P

CORES = 40
"""Texts drawn from each pattern; each is scanned in five frames (alone, after filler, before it, inside
it, after a run of one repeated word)."""
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
HIGH_BYTES = 8
"""Bytes from 0x80 up drawn in one text before classes fall back to ASCII and their repeats to the fewest."""
MAX_BYTES = 200
"""A drawn text longer than this is drawn again (at most a few times): the check stays fast on both sides."""
FILLER = 60
"""Most bytes of filler text around a drawn text (a miss seen needed the match at least 14 bytes in)."""
_FILL = b"abcdefghij klmnopqrstuvwxyz.,'\n"
_CATEGORY = {
    C.CATEGORY_DIGIT: b"0123456789",
    C.CATEGORY_NOT_DIGIT: b"ab ,.",
    C.CATEGORY_SPACE: b" \t\n",
    C.CATEGORY_NOT_SPACE: b"abz09.",
    C.CATEGORY_WORD: b"abcxyz019_",
    C.CATEGORY_NOT_WORD: b" .,-\n",
}


def texts(pattern: str, cores: int = CORES, salt: int = 0) -> Iterator[bytes]:
    """Texts for ``pattern`` (an automaton's source: ASCII, bytes written as ``\\xNN``), in five frames each
    (``salt``: another draw)."""
    rnd = random.Random(zlib.crc32(pattern.encode("ascii", "backslashreplace")) + salt)
    tree = P.parse(pattern)
    for _ in range(cores):
        core = b""
        for _try in range(4):
            out: list[int] = []
            _draw(tree, rnd, out)
            core = bytes(out)
            if len(core) <= MAX_BYTES:
                break
        else:
            continue
        # filler of varied lengths: a miss seen depended on where in the text the match ended
        before = bytes(rnd.choice(_FILL) for _ in range(rnd.randint(FILLER // 4, FILLER)))
        after = bytes(rnd.choice(_FILL) for _ in range(rnd.randint(1, FILLER)))
        word = bytes([rnd.choice(b"abxyz")]) * rnd.randint(3, 14) + b" "
        plain = (word * FILLER)[: rnd.randint(FILLER // 4, FILLER)]
        yield from (core, before + core, core + after, before + core + after, plain + core)


def unreliable(patterns: Sequence[str], reported: Callable[[bytes], set[int]], salt: int = 0) -> list[int]:
    """Indices of ``patterns`` that ``re`` finds in one of their :func:`texts` where ``reported`` (the ids
    the automaton reports for a text, ``patterns[i]`` reported as ``i``) does not name them."""
    out = []
    for i, source in enumerate(patterns):
        try:
            compiled = re.compile(source.encode("ascii"))
            drawn = list(texts(source, salt=salt))
        except (re.error, RecursionError, UnicodeEncodeError, ValueError, OverflowError):
            out.append(i)  # a pattern this check cannot read is not vouched for
            continue
        for data in drawn:
            if compiled.search(data) is not None and i not in reported(data):
                out.append(i)
                break
    return out


def _draw(seq: Any, rnd: random.Random, out: list[int], nested: bool = False) -> None:
    """Append to ``out`` one text ``seq`` (a parsed pattern) may match, every choice drawn with ``rnd``
    (``nested``: inside a repeat)."""
    for op, av in seq:
        if op is C.LITERAL:
            out.append(av)
        elif op is C.NOT_LITERAL:
            out.append(rnd.choice([c for c in _FILL if c != av]))
        elif op is C.ANY:
            out.append(rnd.choice(_FILL))
        elif op is C.IN:
            out.append(_member(av, rnd, _highs(out) < HIGH_BYTES))
        elif op is C.CATEGORY:
            out.append(rnd.choice(_CATEGORY.get(av, _FILL)))
        elif op in _REPEATS:
            low, high, sub = av
            high = low + 40 if high is C.MAXREPEAT else high
            # mostly the fewest, sometimes one more or many: a miss may hide in a long run
            count = rnd.choice([low, low, min(low + 1, high), rnd.randint(low, min(high, low + 12)),
                                min(high, low + rnd.randint(13, 40))])  # fmt: skip
            if _high_only(sub):  # long runs of such bytes make re backtrack for minutes
                count = low if _highs(out) >= HIGH_BYTES else min(count, max(low, 2))
            if nested or _repeats(sub):  # a repeat in a repeat: long runs make re backtrack for minutes
                count = min(count, max(low, 3))
            for _ in range(count):
                _draw(sub, rnd, out, True)
        elif op is C.SUBPATTERN:
            _draw(av[-1], rnd, out, nested)
        elif op is C.BRANCH:
            _draw(rnd.choice(av[1]), rnd, out, nested)
        elif op is C.AT and av is C.AT_BOUNDARY and out and _is_word(out[-1]) and rnd.random() < 0.7:
            out.append(0x20)  # mostly a space where a word may end, so that the boundary holds
        # assertions and anything else: nothing drawn (the text may then not match; re decides)


def _is_word(byte: int) -> bool:
    return byte < 0x80 and (chr(byte).isalnum() or byte == 0x5F)


def _repeats(seq: Any) -> bool:
    """Does ``seq`` hold a repeat of more than one (at any depth)?"""
    for op, av in seq:
        if op in _REPEATS and av[1] != 1:
            return True
        if op is C.SUBPATTERN and _repeats(av[-1]):
            return True
        if op is C.BRANCH and any(_repeats(b) for b in av[1]):
            return True
    return False


def _highs(out: list[int]) -> int:
    return sum(b >= 0x80 for b in out)


def _high_only(seq: Any) -> bool:
    """Can ``seq`` draw only bytes from 0x80 up (``[\\x80-\\xff]+``, a non-ASCII character, in groups and
    repeats)?"""
    if not seq:
        return False
    for op, av in seq:
        if op is C.IN:
            if not all((o is C.RANGE and a[0] >= 0x80) or (o is C.LITERAL and a >= 0x80)
                       for o, a in av):  # fmt: skip
                return False
        elif op is C.SUBPATTERN:
            if not _high_only(av[-1]):
                return False
        elif op in _REPEATS:
            if not _high_only(av[-1]):
                return False
        elif not (op is C.LITERAL and av >= 0x80):
            return False
    return True


def _member(items: Any, rnd: random.Random, high: bool = True) -> int:
    """A byte of the class ``[...]`` (``items`` as parsed): a listed one, or for ``[^...]`` any other."""
    negated = any(op is C.NEGATE for op, _ in items)
    choices: list[int] = []
    for op, av in items:
        if op is C.LITERAL:
            choices.append(av)
        elif op is C.RANGE:
            first, last = av
            choices.extend({first, last, rnd.randint(first, last)})
        elif op is C.CATEGORY:
            choices.extend(_CATEGORY.get(av, b""))
    if not negated and choices:
        ascii_ = [c for c in choices if c < 0x80]
        if ascii_ and (len(ascii_) == len(choices) or not high or rnd.random() < 0.9):
            return rnd.choice(ascii_)  # bytes from 0x80 now and then: runs of them make re backtrack
        return rnd.choice(choices)
    excluded = set(choices)
    allowed = [c for c in _FILL if c not in excluded] or [c for c in range(256) if c not in excluded]
    return rnd.choice(allowed or [0x20])
