"""Which patterns stay inside one sentence (no match holds a dot followed by a space), and the segments a
derived view is cut into: the two facts the one-pass automaton relies on to scan only the sentences a
derived view changed (see purpose_immune_engine.sentences)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_immune_engine.sentences import CUT, never_crosses_a_cut, new_segments, segments

CASES = [
    (r"a[^.\n]{0,5}b", True),
    (r"a(?:[^.\n]|\.(?=\S))*b", True),  # the rules' "within one sentence" gap
    (r"a(?:[^.\n]|\.(?=\S))*\s+b", True),  # its lookahead: the dot it ends on is not followed by a space
    (r"a(?:[^.\n]|\.(?!\s))*\s+b", True),
    (r"a[^.!?]{0,60}\bb", True),
    (r"a.b", True),  # three characters: one dot at most, no room for a space after it
    (r"\bfoo\b\s\w+", True),
    (r"x(?:\.(?!\s)|y)+ z", True),
    (r"a[^\n]*b", False),
    (r"a\. b", False),
    (r"a.*b", False),
    (r"a\.?\s*b", False),
    (r"x(?:\.|y)+ z", False),
    (r"(?:a\.)+(?: b)+", False),
    (r"a(?:\.)?(?:c)?(?: )b", False),  # through optional parts
    (r"(a)\1", False),  # a backreference: not followed, taken to cross
    (r"(a)?(?(1)b|c)", False),
    (r"a(?=\S)\.\s", False),  # a lookahead before the dot says nothing about what follows it
    (r"(?s)a.{2}b", False),  # two characters, any: ". " fits
    (r"忽略[^。\n]{0,20}指令", False),  # [^。\n] takes a dot and a space
]


@pytest.mark.parametrize(("pattern", "stays"), CASES)
def test_which_patterns_stay_inside_a_sentence(pattern: str, stays: bool) -> None:
    assert never_crosses_a_cut(pattern) is stays


def test_a_pattern_that_does_not_parse_is_taken_to_cross() -> None:
    assert never_crosses_a_cut("a(") is False


PATTERNS = [p for p, _ in CASES if "(?(" not in p] + [
    r"\b(?:ignore|skip)\b(?:[^.\n]|\.(?=\S)){0,40}\b(?:previous|prior)\b",
    r"[^.!?]{0,5}\. ?[a-z]",
    r"(?:\.(?=[a-z])|[a-z ])+",
    r"\.(?=\s)|b",
    r"(?:a|\.)(?:(?=\s)| )",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab. xyz\n", max_size=40), st.sampled_from(PATTERNS))
def test_no_match_of_a_pattern_that_stays_inside_holds_a_cut(text: str, pattern: str) -> None:
    """Every match at every position (not only finditer's) of a pattern found to stay inside a sentence."""
    if not never_crosses_a_cut(pattern):
        return
    compiled = re.compile(pattern)
    for i in range(len(text) + 1):
        m = compiled.match(text, i)
        if m is not None:
            assert ". " not in m.group(0), (pattern, text, m.group(0))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60).map(lambda b: b.replace(b"\x00", b". ")))
def test_segments_join_back_and_split_only_at_cuts(data: bytes) -> None:
    pieces = segments(data)
    assert b"".join(pieces) == data
    for k, piece in enumerate(pieces):
        assert CUT not in piece
        if k:
            assert piece.startswith(b" ")
        if k < len(pieces) - 1:
            assert piece.endswith(b".")


def test_new_segments_are_what_the_main_view_lacks() -> None:
    main = b"first sentence. second one. third"
    derived = b"first sentence. sec0nd one. third"
    assert new_segments(derived, set(segments(main))) == b" sec0nd one."
    assert new_segments(main, set(segments(main))) == b""
    rng = random.Random(3)
    words = [b"ab", b"c.d", b"e", b"f g", b"."]
    for _ in range(500):
        text = b" ".join(rng.choice(words) for _ in range(rng.randrange(12)))
        assert new_segments(text, set()) == text
