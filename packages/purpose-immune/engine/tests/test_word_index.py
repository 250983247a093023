"""The C word index (``purpose-immune-native``) gives a view the same word keys and the same word starts as
the Python code it replaces (:class:`purpose_immune_engine.prefixes.ViewIndex`).

Checked on generated text (word characters, underscores, digits, punctuation, other scripts) for every
key a view can be asked for; the umbrella's ``test_detector_fast_paths.py`` checks every view of its
corpora and the real detectors' findings with the index on and off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_immune_engine import prefixes
from purpose_immune_engine.prefixes import ViewIndex

pytestmark = pytest.mark.skipif(not prefixes.set_native(True), reason="purpose-immune-native not built")


@pytest.fixture(autouse=True)
def _native_back_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every view indexed, however short (in use, views under ``MIN_INDEXED`` characters search)."""
    monkeypatch.setattr(prefixes, "MIN_INDEXED", 0)
    yield
    prefixes.set_native(True)


def _both(text: str) -> tuple[ViewIndex, ViewIndex]:
    prefixes.set_native(True)
    fast = ViewIndex(text)
    prefixes.set_native(False)
    plain = ViewIndex(text)
    prefixes.set_native(True)
    assert fast._native is not None or not text.isascii()
    assert plain._native is None
    return fast, plain


def _keys_of(view: ViewIndex) -> set[str]:
    """Every word key of the view and every shorter prefix of one (the short closed keys, "you"), plus keys
    longer than a word key and keys that are not words at all."""
    keys = set(view.words)
    for k in view.words:
        keys.update(k[:n] for n in range(1, len(k)))
    return keys | {"ignore", "you", "a", "_", "1", "x y", "", "é", "ab-", "your_"}


def _same(text: str) -> None:
    fast, plain = _both(text)
    assert fast.words == plain.words, text
    for key in sorted(_keys_of(plain)):
        assert fast.word_starts(key) == plain.word_starts(key), (text, key)


PIECES = [*"ab_ 1.-Yy'\u00e9\u0442\n\t", "you", "your", " the "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_word_index_matches_python_on_generated_text(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_word_index_matches_python_on_any_text(text: str) -> None:
    _same(text)


def test_short_views_search_and_long_views_use_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefixes, "MIN_INDEXED", 4096)
    short, long = ViewIndex("you " * 10), ViewIndex("you " * 1100)
    assert short.word_starts("you") == list(range(0, 40, 4)) and short._index is None
    assert long.word_starts("you") == list(range(0, 4400, 4)) and long._index is not None


def test_a_long_view_with_repeated_and_prefixed_words() -> None:
    text = " ".join(["you", "your", "yours", "you_", "young", "yo", "y", "ignore", "ignored", "x1"] * 500)
    fast, plain = _both(text + ". " + text.upper())
    assert fast.word_starts("you") == plain.word_starts("you")
    assert len(fast.word_starts("you")) == 2500  # you, your, yours, you_ and young: never "yo" or "y"
    _same(text[:3000])
