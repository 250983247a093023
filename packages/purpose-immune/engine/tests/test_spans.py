"""The span finder gives exactly ``finditer``'s match starts, or says it cannot answer.

Patterns chosen for the ways a replay could go wrong: matches that overlap (``finditer`` skips the later
one), lazy and greedy gaps, word boundaries and lookarounds at the edge of a jump, repeats that report many
ends, the rules' sentence-aware gap. Texts are generated from the patterns' own words so matches are dense.
The replay itself (:func:`spans._replay`) is also checked without Hyperscan, from events computed in
Python, so its logic is tested wherever the suite runs.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_immune_engine import onepass, spans

PATTERNS = [
    re.compile(r"\b(?:ignore|disregard)\w*\b[^.\n]{0,40}?\b(?:previous|prior)\b"),
    re.compile(r"aa"),
    re.compile(r"a+b"),
    re.compile(r"\bab(?:c|cd)?\b"),
    re.compile(r"(?<!x)foo\w*"),
    re.compile(r"foo(?=bar)"),
    re.compile(r"\b(?:you|your)\b(?:[^.\n]|\.(?=\S))*\brules\b"),
    re.compile(r"\b(?:hack\w*|trick\w* (?:an?|the)|pass ?word\w*)\b"),
    re.compile(r"\d{2,4}-\d+"),
    re.compile(r"b.*?a"),
]
WORDS = ["ignore", "ignored", "previous", "prior", "a", "aa", "aaa", "b", "ab", "abc", "abcd", "xfoo",
         "foo", "foobar", "you", "your", "rules", "hack", "hacking", "trick", "the", "an", "password",
         "pass word", "12-3", "2024-01", "x", "."]  # fmt: skip
SEPS = [" ", "", ". ", ".", "\n", "-", ", ", "_"]


def _text(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) + rng.choice(SEPS) for _ in range(n))


def _reference(pattern: re.Pattern[str], text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]


def _python_events(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """(end, leftmost start) of every end where the pattern itself matches: events at least as tight as
    the superset's, which the replay must turn into the same starts."""
    out: dict[int, int] = {}
    for s in range(len(text)):
        for e in range(s + 1, len(text) + 1):
            if e not in out and pattern.fullmatch(text, s, e) is not None:
                out[e] = s
    return [(e, s) for e, s in out.items()]


@pytest.mark.parametrize("seed", range(6))
def test_the_replay_gives_finditers_starts_from_exact_events(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(8):
        text = _text(rng, rng.randrange(1, 12))
        for p in PATTERNS:
            if p.pattern in (r"foo(?=bar)", r"(?<!x)foo\w*") or "\\b" in p.pattern:
                continue  # fullmatch over a slice does not see lookarounds beyond it: no exact events
            assert spans._replay(p, text, _python_events(p, text)) == _reference(p, text), (p.pattern, text)


def _finder() -> spans.SpanFinder:
    if not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    finder = spans.SpanFinder(PATTERNS)
    assert finder.ready(wait=True), finder.broken
    return finder


def test_the_finder_gives_finditers_starts() -> None:
    finder = _finder()
    rng = random.Random(19)
    answered = matches = 0
    for n in (1, 3, 10, 60, 400):
        for _ in range(40):
            text = _text(rng, n)
            got = finder.starts(text)
            for p, starts in zip(PATTERNS, got, strict=True):
                assert starts is not None, p.pattern
                ref = _reference(p, text)
                assert starts == ref, (p.pattern, text)
                answered += 1
                matches += len(ref)
    assert answered == 200 * len(PATTERNS)
    assert matches > 10_000


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS + SEPS), max_size=60))
def test_the_finder_gives_finditers_starts_on_generated_texts(parts: list[str]) -> None:
    finder = _finder()
    text = "".join(parts)
    for p, starts in zip(PATTERNS, finder.starts(text, range(len(PATTERNS))), strict=True):
        assert starts == _reference(p, text), (p.pattern, text)


def test_what_the_finder_cannot_answer_is_none() -> None:
    finder = _finder()
    assert finder.starts("ignore the prior rules é") == [None] * len(PATTERNS)  # not ASCII
    empty = spans.SpanFinder([re.compile(r"x*"), re.compile(r"\bab\b")])
    assert empty.ready(wait=True)
    assert empty.starts("ab xx ab") == [None, [0, 6]]  # a pattern that can match "" is never replayed
    onepass.set_enabled(False)
    try:
        assert finder.starts("aa ab") == [None] * len(PATTERNS)
    finally:
        onepass.set_enabled(True)
