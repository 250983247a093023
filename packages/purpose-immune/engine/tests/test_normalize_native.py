"""The normaliser's C scans (``purpose-immune-native``) give exactly what the regexes they replace give.

``payload_runs`` against ``finditer`` (on any text) of the base64, base32, hex and base85 run regexes,
``unleet`` against the leetspeak substitution, and :func:`normalize` as a whole with the C scans on and off
(every view, case-kept view, decoding and signal), on generated text dense in the characters those regexes
turn on, on arbitrary Unicode text, and on hand-picked edges.
Every development text is checked in the native package's tests
(``test_normalize_is_the_same_with_and_without_the_c_scans_on_the_corpora``).
"""

from __future__ import annotations

import importlib
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


def _views(text: str) -> tuple[object, ...]:
    n = N.normalize(text)
    return (n.raw, n.clean, n.text, n.views, n.cased_views, n.decoded, n.signals, n.truncated)


def _same(text: str) -> None:
    native = N._native
    runs = native.payload_runs(text)
    for k, pattern in enumerate(RUN_PATTERNS):
        assert runs[k] == [m.span() for m in pattern.finditer(text)], (text, pattern.pattern)
    if text.isascii():
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
        "_1a", "a!b", "1gn0r3 4ll pr3v10u5", "A1", "3" * 40 + "a",
    ]  # fmt: skip
    for text in cases:
        _same(text)
        _same(f" {text} ")
        _same(f"x{text}=")
