"""The normaliser's C scans (``purpose-immune-native``) give exactly what the regexes they replace give.

``payload_runs`` against ``finditer`` (on any text) of the base64, base32, hex and base85 run regexes,
``text_hints`` against the searches of the five regexes it answers for (on any text), ``unleet`` against
the leetspeak substitution, ``dehyphen`` against the hyphen-joining substitution, and :func:`normalize`
as a whole with the C scans on and off (every view, case-kept view, decoding and signal), on generated
text dense in the characters those regexes turn on, on arbitrary Unicode text, and on hand-picked edges.
Every development text is checked in the native package's tests
(``test_normalize_is_the_same_with_and_without_the_c_scans_on_the_corpora``).
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# the module, not the package's lazy ``normalize`` function (which `from ... import normalize` may give)
N = importlib.import_module("purpose_immune_engine.normalize")

pytestmark = pytest.mark.skipif(not N.set_native(True), reason="purpose-immune-native not built")

RUN_PATTERNS = (N._B64_RUN, N._B32_RUN, N._HEX_RUN, N._B85_RUN)
# the characters the four run regexes and the leet token distinguish, and words around them
PIECES = [*"aAfFzZ0127x9=+/_-!.,:;'\"#$%&()*<>?@[]\\^`{|}~ \n\t", "0x", "QUJD", "deadbeef", "h3ll0", "é",
          "中", "\U0001f600"]  # fmt: skip


@pytest.fixture(autouse=True)
def _native_back_on() -> Iterator[None]:
    yield
    N.set_native(True)


def reference_hints(text: str) -> int:
    """``text_hints`` written with the five regexes it stands for."""
    found = (
        N._HEX_TRIPLE.search(text) is not None,
        N._BITS.search(text) is not None,
        N._MORSE_HINT.search(text) is not None,
        len(list(itertools.islice(N._LEET_HINT.finditer(text), 2))) == 2,
        N._SPACED.search(text) is not None,
    )
    return sum(1 << k for k, hit in enumerate(found) if hit)


def _views(text: str) -> tuple[object, ...]:
    n = N.normalize(text)
    return (n.raw, n.clean, n.text, n.views, n.cased_views, n.decoded, n.signals, n.truncated)


def _same(text: str) -> None:
    native = N._native
    runs = native.payload_runs(text)
    for k, pattern in enumerate(RUN_PATTERNS):
        assert runs[k] == [m.span() for m in pattern.finditer(text)], (text, pattern.pattern)
    assert native.text_hints(text) == reference_hints(text), text
    if text.isascii():
        joined, n = N._WORD_HYPHEN.subn("", text)
        assert native.dehyphen(text.encode("ascii")) == (joined.encode("ascii"), n), text
        expected = N._LEET_TOKEN.sub(lambda m: m.group(0).translate(N._LEET), text)
        assert native.unleet(text.encode("ascii")).decode("ascii") == expected, text
    N.set_native(True)
    fast = _views(text)
    N.set_native(False)
    assert _views(text) == fast, text
    N.set_native(True)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_c_scans_match_the_regexes_on_generated_text(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["QUJDREVG", "R0hJ", "SktM", "TU5P", "==", "=", " ", "MFRGG", "ZDF", "\n"]),
                max_size=30))  # fmt: skip
def test_c_scans_match_the_regexes_on_generated_base64_and_base32(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"a b1-.*|/~+,_:0x3@$Zé", "  ", " . ", "-..", "...", "ab", "01", "1010"]),
                max_size=60))  # fmt: skip
def test_c_scans_match_the_regexes_on_spaced_morse_bits_and_hex(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_c_scans_match_the_regexes_on_any_text(text: str) -> None:
    _same(text)


def test_c_scans_on_the_edges_of_each_regex() -> None:
    cases = [
        "", "=", "a" * 15, "a" * 16, "a" * 16 + "==", "a" * 16 + "===", "a" * 16 + "=b",
        "a" * 16 + "===" + "b" * 16, "A" * 16, "A" * 16 + "=" * 6, "A" * 16 + "=" * 7, "xA" + "A" * 16,
        "A" * 16 + "a", "A" * 16 + "=!", "0x" + "ab" * 8, "0x" + "ab" * 8 + "a", "0X" + "ab" * 8, "ab" * 8,
        "ab" * 8 + "g", "ab" * 8 + "!", "g" + "ab" * 8, "0x0x" + "ab" * 8, "!" * 20, "a'" + "b" * 20,
        "b" * 20 + ",", "\u00e9" + "b" * 20, "b" * 19, "h3ll0", "h3ll0" * 8, "h3ll0" * 9, "a1", "11", "aa",
        "_1a", "a!b", "1gn0r3 4ll pr3v10u5", "A1", "3" * 40 + "a", "i g n o r e", "i  g n o", "a b c",
        "a b c d", "ab c d e f", "a.b.c.d", "a_b_c_d", "a ,.b c d", "a    b c d e", ". -- .",
        ".-.-.- ..--.. -", "- ------- -", "ab:cd:ef", "ab cd e", "0101010", "010101", "a1a1", "a1aa1a",
        "1ab1ab", "ig-nore pre-vious", "a-b-c", "-a-", "A-b-c",
    ]  # fmt: skip
    for text in cases:
        _same(text)
        _same(f" {text} ")
        _same(f"x{text}=")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a b c d", "h3ll0 w0rld", "-.-. ", "0101 ", "de ad be ef", "x", " "]),
                max_size=12))  # fmt: skip
def test_last_hints_answer_as_hints_and_run_once_per_text(pieces: list[str]) -> None:
    """One view's transforms share one ``text_hints`` pass: ``_LastHints`` gives :func:`_hints` of each text
    asked for and runs it again only for another object (also with the C scans off: None each time)."""
    text = "".join(pieces)
    other = "".join(reversed(pieces)) + "."
    calls: list[str] = []
    real = N._hints

    def counted(t: str) -> int | None:
        calls.append(t)
        return real(t)

    N._hints = counted
    try:
        for native in (True, False):
            N.set_native(native)
            calls.clear()
            last = N._LastHints()
            assert last(text) == real(text)
            assert last(text) == real(text)
            assert last(other) == real(other)
            assert last(other) == real(other)
            assert len(calls) == 2
    finally:
        N._hints = real
        N.set_native(True)
