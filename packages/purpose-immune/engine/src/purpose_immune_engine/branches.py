"""A rule written as one top-level alternation, matched branch by branch.

Why: a rule such as ``\\(\\s*crontab ...|\\becho\\b ...|(?:^|\\s)(?:\\*|\\d+) ...`` has a branch that can
start at any space, so the whole rule has no literal start (see :mod:`purpose_immune_engine.prefixes`) and
Python's engine would try all five branches at every position of the text. Split into its branches,
each branch is tried only where it can start, or only when its own necessary literals occur, and the
leftmost match wins with ties going to the earlier branch: exactly what the engine does with the whole
alternation, so ``finditer`` on the whole pattern and :meth:`Branches.first_match` give the same match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from purpose_immune_engine.anchors import all_anchors_of
from purpose_immune_engine.prefixes import StartPrefixes, ViewIndex, start_prefixes

try:  # Python 3.11+
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as P  # type: ignore[no-redef]

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_SCOPED_FLAGS = re.compile(r"\(\?[aiLmsux\-]+:")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")
_GROUP = re.compile(r"\((?!\?)|\(\?P<")


def split_top_level(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (one item when it has none): ``|`` outside groups, classes
    and escapes."""
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a "]" right after "[" or "[^" is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


@dataclass(frozen=True)
class Branch:
    pattern: re.Pattern[str]
    starts: StartPrefixes | None
    needs: tuple[tuple[str, ...], ...]
    """Necessary literal sets tested with ``in`` before an unlocated branch is searched."""


class Branches:
    """The branches of one rule, or None from :meth:`of` when splitting would change what matches."""

    def __init__(self, branches: list[Branch]) -> None:
        self.branches = branches

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Branches | None:
        source = pattern.pattern
        pieces = split_top_level(source)
        if len(pieces) < 2 or _GLOBAL_FLAGS.search(source) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        groups_before = 0
        branches = []
        for piece in pieces:
            if _BACKREF.search(piece) and groups_before:
                return None  # a numbered reference would point at another group once split
            groups_before += len(_GROUP.findall(piece))
            try:
                compiled = re.compile(piece, pattern.flags)
                if P.parse(piece, pattern.flags).getwidth()[0] == 0:
                    return None  # an empty match would make finditer step differently
            except re.error:
                return None
            needs = (
                ()
                if _SCOPED_FLAGS.search(piece)
                else tuple(tuple(sorted(a.literals)) for a in all_anchors_of(piece)[:2])
            )
            branches.append(Branch(compiled, start_prefixes(piece, pattern.flags), needs))
        return cls(branches)

    def first_match(self, view: ViewIndex, negatable: Callable[[str, int], bool] | None) -> str | None:
        """The first match of the whole alternation in ``view`` that ``negatable`` does not reject."""
        text = view.text
        live = [(b, _positions(b, view)) for b in self.branches]
        live = [(b, p) for b, p in live if p != []]
        pos = 0
        while live:
            best: re.Match[str] | None = None
            for branch, positions in live:
                m = _search(branch, positions, text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m  # strict "<": on a tie the earlier branch wins, as in the engine
            if best is None:
                return None
            if negatable is not None and negatable(text, best.start()):
                pos = best.end()  # finditer resumes after the previous (non-empty) match
                continue
            return best.group(0)
        return None


def _positions(branch: Branch, view: ViewIndex) -> list[int] | None:
    """Where the branch can start; None: search it; []: it cannot match this view."""
    if branch.starts is not None:
        return view.starts(branch.starts)
    text = view.text
    if not all(any(s in text for s in literals) for literals in branch.needs):
        return []
    return None


def _search(branch: Branch, positions: list[int] | None, text: str, pos: int) -> re.Match[str] | None:
    if positions is None:
        return branch.pattern.search(text, pos)
    for p in positions:
        if p >= pos:
            m = branch.pattern.match(text, p)
            if m is not None:
                return m
    return None
