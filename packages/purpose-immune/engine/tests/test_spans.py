# ruff: noqa: RUF001, RUF003 - the long s on purpose (it matches s when case is ignored)
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
from pathlib import Path

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
    re.compile(r"(?i)\b(?:bearer|token)\s+([a-z0-9._~+/\-]{6,}=*)"),
    re.compile(r"(?i)[^a-z ]FOO[A-Z]+"),
    re.compile(r"(?i)(?<![a-z0-9])pass\w*"),
]
WORDS = ["ignore", "ignored", "previous", "prior", "a", "aa", "aaa", "b", "ab", "abc", "abcd", "xfoo",
         "foo", "foobar", "you", "your", "rules", "hack", "hacking", "trick", "the", "an", "password",
         "pass word", "12-3", "2024-01", "x", ".", "Bearer", "TOKEN", "abc/DEF.ghi", "FOO", "FooBAR",
         "xPASSWORD", "Pass"]  # fmt: skip
SEPS = [" ", "", ". ", ".", "\n", "-", ", ", "_"]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test automata are compiled into a cache of their own, not the user's."""
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path_factory.getbasetemp() / "immune-cache"))


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
            if "(?" in p.pattern or "\\b" in p.pattern:
                continue  # fullmatch over a slice does not see lookarounds beyond it: no exact events
            got = [m.start() for m in spans._replay(p, text, _python_events(p, text))]
            assert got == _reference(p, text), (p.pattern, text)


def _match_events(pattern: re.Pattern[str], text: str, rng: random.Random) -> list[tuple[int, int]]:
    """(end, start) of ``pattern.match`` at every position (lookarounds see the whole text), plus a few
    made-up events: a superset may report more than the pattern matches, never less."""
    out = [(m.end(), m.start()) for s in range(len(text) + 1) if (m := pattern.match(text, s)) is not None]
    for _ in range(rng.randrange(3)):
        s = rng.randrange(len(text) + 1)
        out.append((rng.randrange(s, len(text) + 1), s))
    return out


@given(st.lists(st.sampled_from(WORDS + SEPS), max_size=40), st.randoms(use_true_random=False))
@settings(max_examples=150, deadline=None)
def test_the_stretch_by_stretch_replay_gives_finditers_matches(parts: list[str], rng: random.Random) -> None:
    """The replay of a pattern with bounded lookaheads searches each stretch of events with ``endpos`` just
    past it (:func:`spans._replay_bounded`); it must give ``finditer``'s matches exactly, lookarounds and
    word boundaries included, from any events that cover the pattern's matches."""
    text = "".join(parts)
    for p in PATTERNS:
        got = [(m.start(), m.end()) for m in spans._replay(p, text, _match_events(p, text, rng))]
        assert got == [(m.start(), m.end()) for m in p.finditer(text)], (p.pattern, text)


def test_a_match_only_the_cut_text_allows_is_searched_again_on_the_whole_text() -> None:
    """With ``endpos`` right after a made-up event, ``(?!c)`` sees the end of the cut text and "ab"
    matches there, not in the whole text: the stretch is searched again without the cut."""
    pattern = re.compile(r"ab(?!c)")
    assert spans.reach(pattern) == 2
    assert pattern.search("abcxxxxxxx", 0, 2) is not None  # the cut text alone would be wrong
    assert spans._replay(pattern, "abcxxxxxxx", [(0, 0)]) == []
    found = spans._replay(pattern, "abcxxabxxx", [(0, 0), (7, 5)])
    assert [(m.start(), m.end()) for m in found] == [(5, 7)]


def test_reach_is_bounded_only_where_a_cut_text_cannot_change_the_engines_choices() -> None:
    assert spans.reach(re.compile(r"\bfoo\b")) == 2
    assert spans.reach(re.compile(r"(?<!\d)\d{3}(?!\d)")) == 2
    assert spans.reach(re.compile(r"x(?=abc)")) == 4
    assert spans.reach(re.compile(r"(a)(?(1)b|c)\1")) == 2
    for unbounded in (r"x(?=a*)", r"(?>ab|a)c", r"a*+b", r"x(?!.*y)"):
        assert spans.reach(re.compile(unbounded)) is None, unbounded


def _finder() -> spans.SpanFinder:
    if not onepass.spans_available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    finder = spans.SpanFinder("test", PATTERNS)
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


NON_ASCII = ["é", "naïve", "日本語", "привет", "ß", "ſ", "\u00a0", "\u212a", "ı", "ü rules", "\U0001d518",
             "\ud800"]


def _mixed_text(rng: random.Random, n: int) -> str:
    text = "".join(rng.choice(WORDS + NON_ASCII) + rng.choice(SEPS) for _ in range(n))
    return text if not text.isascii() else text + " é"


def test_the_finder_gives_finditers_starts_on_text_that_is_not_ascii() -> None:
    """Not ASCII: the case-sensitive patterns' supersets without word boundaries, offsets mapped from UTF-8
    bytes to characters (two-, three- and four-byte characters, a lone surrogate); the case-insensitive
    ones are left to finditer."""
    finder = _finder()
    assert finder.unicode_answers == [not p.flags & re.IGNORECASE for p in PATTERNS]
    rng = random.Random(23)
    answered = matches = 0
    for n in (1, 3, 10, 60, 400):
        for _ in range(40):
            text = _mixed_text(rng, n)
            got = finder.starts(text)
            for p, starts, can in zip(PATTERNS, got, finder.unicode_answers, strict=True):
                if not can:
                    assert starts is None
                    continue
                ref = _reference(p, text)
                assert starts == ref, (p.pattern, text)
                answered += 1
                matches += len(ref)
    assert answered == 200 * sum(finder.unicode_answers)
    assert matches > 5_000


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS + SEPS + NON_ASCII), max_size=60))
def test_the_finder_gives_finditers_starts_on_generated_texts_that_are_not_ascii(parts: list[str]) -> None:
    finder = _finder()
    text = "".join(parts)
    for p, starts in zip(PATTERNS, finder.starts(text), strict=True):
        assert starts is None or starts == _reference(p, text), (p.pattern, text)


def test_byte_offsets_map_to_character_offsets() -> None:
    rng = random.Random(5)
    for _ in range(300):
        chars = ["a", " ", "é", "日", "\U0001d518", "\ud800"]
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(30)))
        data = text.encode("utf-8", "surrogatepass")
        boundaries = {len(text[:i].encode("utf-8", "surrogatepass")): i for i in range(len(text) + 1)}
        got = spans._char_offsets(data, range(len(data) + 1))
        assert all(got[b] == i for b, i in boundaries.items())
        assert all(got[b] <= got[b + 1] for b in range(len(data)))  # the order of offsets is kept


def test_what_the_finder_cannot_answer_is_none() -> None:
    finder = _finder()
    # not ASCII: the case-insensitive patterns (their folding is for ASCII text only)
    got = finder.starts("ignore the prior rules é")
    assert [g is None for g in got] == [bool(p.flags & re.IGNORECASE) for p in PATTERNS]
    odd = spans.SpanFinder("test-odd", [re.compile(r"x*"), re.compile(r"\bab\b"), re.compile(r"(?i)ſecret")])
    assert odd.ready(wait=True)
    # a pattern that can match "" is never replayed; a case-insensitive one with a non-ASCII letter (ſ
    # matches s when case is ignored) is never rewritten
    assert odd.starts("ab xx ab secret") == [None, [0, 6], None]
    onepass.set_enabled(False)
    try:
        assert finder.starts("aa ab") == [None] * len(PATTERNS)
    finally:
        onepass.set_enabled(True)


def test_a_scan_with_too_many_reports_leaves_it_to_finditer() -> None:
    if not onepass.spans_available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    finder = spans.SpanFinder("test-flood", [re.compile(r"[a-z]+"), re.compile(r"\bzz\b")])
    assert finder.ready(wait=True)
    assert finder.starts("ab zz " * 20) == [[3 * i for i in range(40)], [6 * i + 3 for i in range(20)]]
    assert finder.starts("abcdefgh zz " * 1000) == [None, None]  # a report at every letter: stopped
    assert [m.start() for m in spans.finditer(None, 1, finder.patterns[1], "x zz")] == [2]


def _privacy_texts(n: int, seed: int, locales: list[str]) -> list[str]:
    """Personal data (Faker), secrets and prose, joined into texts of 2,000-12,000 characters: long enough
    for the privacy finders to answer."""
    from faker import Faker

    fake = Faker(locales)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    samples = ["AKIAIOSFODNN7EXAMPLE", "ghp_" + "a1B2" * 9, "xoxb-1234567890-abcdefghij", "sk-" + "Ab1" * 12,
               "Bearer abcdefghijklmnopqrstuvwxyz012345", "Authorization: Basic dXNlcjpwYXNz",
               "AccountKey=" + "A" * 86 + "==", "aws_secret_access_key = " + "Ab1/" * 10, "SSN: 078-05-1120",
               "DOB 01/02/1980", "passport no. X1234567", "from 8.8.8.8", "IP address 203.0.113.9",
               "4111 1111 1111 1111",
               "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"]  # fmt: skip
    out = []
    for _ in range(n):
        parts: list[str] = []
        while sum(map(len, parts)) < rng.randrange(2_000, 12_000):
            if rng.random() < 0.75:  # mostly prose: a text dense with digits is left to finditer
                parts.append(fake.paragraph(nb_sentences=6))
                continue
            parts.append(rng.choice([
                fake.credit_card_number(), fake.iban(), fake.ssn(), fake.phone_number(), fake.address(),
                fake.email(), f"My name is {fake.name()}", fake.sentence(), fake.paragraph(),
                rng.choice(samples), str(rng.randrange(10**13)),
            ]))  # fmt: skip
        out.append(rng.choice([" ", "\n", ". "]).join(parts))
    return out


def test_the_privacy_finders_give_finditers_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every secret and personal-data pattern the finders hold: the same matches (spans and groups) as
    ``finditer``; and ``find_secrets`` / ``find_pii`` give the same findings with and without them."""
    if not onepass.spans_available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    from purpose_immune_engine import pii, secrets

    holders = ((secrets.span_finder(), [p for _, p, _ in secrets.PROVIDER_PATTERNS]),
               (pii.span_finder(), list(pii._SPANNED)))  # fmt: skip
    for finder, _ in holders:
        assert finder.ready(wait=True), finder.broken
    texts = [t for t in _privacy_texts(60, seed=5, locales=["en_US", "en_GB"]) if t.isascii()]
    assert len(texts) > 40
    answered = matches = 0
    kinds: set[str] = set()
    for text in texts:
        for finder, patterns in holders:
            scanned = finder.scan(text)
            if scanned is None:
                continue  # too many reports (see MAX_EVENTS_PER_KB)
            for i, p in enumerate(patterns):
                got = scanned.finditer(i)
                assert got is not None, p.pattern
                ref = list(p.finditer(text))
                answered += 1
                matches += len(ref)
                kinds.update([p.pattern] if ref else [])
                spans_got = [(m.span(), m.groups()) for m in got]
                assert spans_got == [(m.span(), m.groups()) for m in ref], p.pattern
    assert answered > 0.9 * len(texts) * sum(len(p) for _, p in holders)
    assert matches > 200 and len(kinds) >= 10  # matches of many patterns were replayed
    texts += _privacy_texts(20, seed=6, locales=["de_DE", "fr_FR"])  # not ASCII: finditer runs
    fast = [(secrets.find_secrets(t), pii.find_pii(t)) for t in texts]
    monkeypatch.setattr(spans, "LONG_TEXT", 10**9)
    slow = [(secrets.find_secrets(t), pii.find_pii(t)) for t in texts]
    assert fast == slow
    assert sum(bool(s) for s, _ in fast) > 10 and sum(bool(p) for _, p in fast) > 40


def test_threads_replay_at_once_and_find_the_same() -> None:
    """Each thread scans with its own scratch space; the answers are those of one thread alone."""
    from concurrent.futures import ThreadPoolExecutor

    finder = _finder()
    rng = random.Random(7)
    texts = [_text(rng, 300) for _ in range(24)]
    alone = [finder.starts(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(finder.starts, texts * 4))
    assert together == alone * 4
    assert all(s is not None for found in alone for s in found)


def test_a_pattern_hyperscan_misses_on_a_text_is_left_to_finditer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hyperscan (python-hyperscan 0.9.1) reports no event for this pattern on this text, where ``re``
    finds a match; with the compile-time check off, only the RE2 sets' answer keeps the match."""
    missed = re.compile(r"us[\s\S]*(?:is|ae) ?(?: harm|al harm)")
    text = "x " * 1000 + "refuss that refusing is harmful, so"
    if not onepass.spans_available() or onepass._re2() is None:
        pytest.skip("needs hyperscan and google-re2 (pip install purpose-immune-engine[fast])")
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    monkeypatch.setattr(onepass, "checked", lambda db, patterns, salt=0: frozenset())
    finder = spans.SpanFinder("missed", [missed, re.compile(r"\bplain\b")])
    assert finder.ready(wait=True), finder.broken
    expected = [m.span() for m in missed.finditer(text)]
    assert expected
    scanned = finder.scan(text)
    assert scanned is not None
    checks = [s.check for s in finder._every_set]
    for s in finder._every_set:
        s.check = None
    lost = finder.scan(text)
    assert lost is not None
    if lost.finditer(0) != []:
        pytest.skip("this Hyperscan reports the match its older versions missed")
    for s, check in zip(finder._every_set, checks, strict=True):
        s.check = check
    assert scanned.finditer(0) is None  # left to finditer for this text
    assert [m.span() for m in spans.finditer(scanned, 0, missed, text)] == expected
    plain = "a plain note " * 200  # where the automaton reports nothing and RE2 agrees, it still answers
    answered = finder.scan(plain)
    assert answered is not None and answered.finditer(0) == []
    found = answered.finditer(1)
    assert found is not None
    assert [m.start() for m in found] == [m.start() for m in re.finditer(r"\bplain\b", plain)]
