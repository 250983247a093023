"""The non-ASCII cleaning step's two shortcuts give what the plain steps give.

:func:`normalize._clean` skips ``str.translate`` when no character of the hidden-character table occurs (a
regex search), and the look-alike word regex when no look-alike letter occurs. Checked against the plain
code written out here, on generated text dense in hidden characters, look-alikes, accents and other
scripts, on arbitrary Unicode text, and on every text of the umbrella's labelled sets.
"""

from __future__ import annotations

import importlib
import json
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

# the module, not the package's lazy ``normalize`` function (which `from ... import normalize` may give)
N = importlib.import_module("purpose_immune_engine.normalize")

DATA = Path(__file__).resolve().parents[2] / "umbrella" / "tests" / "data"


def plain_clean(text: str) -> tuple[str, list[object], set[str]]:
    """:func:`normalize._clean` without the two shortcuts."""
    signals: set[str] = set()
    hidden: list[object] = []
    if text.isascii():
        return text.translate(N._HIDDEN_TABLE), hidden, signals
    if N._TAG_RUN.search(text):
        signals.add("tag_chars")
        for m in N._TAG_RUN.finditer(text):
            decoded = N._decode_tags(m.group(0))
            if decoded.strip():
                hidden.append(N.Decoded("unicode_tags", decoded))
        text = N._TAG_RUN.sub("", text)
    if N._VS_RUN.search(text):
        for m in N._VS_RUN.finditer(text):
            decoded = N._decode_variation_selectors(m.group(0))
            if decoded:
                signals.add("variation_selectors")
                hidden.append(N.Decoded("variation_selectors", decoded))
    text = N._VS_ANY.sub("", text)
    if N._HAS_BIDI.search(text):
        signals.add("bidi")
    stripped = text.translate(N._HIDDEN_TABLE)
    if len(stripped) != len(text):
        signals.add("hidden_chars")
    text = unicodedata.normalize("NFKC", stripped)
    if N._LATIN_WORD_WITH_CONFUSABLE.search(text.lower()):
        signals.add("homoglyphs")
    return text, hidden, signals


def _same(text: str) -> None:
    signals: set[str] = set()
    clean, hidden = N._clean(text, signals)
    assert (clean, hidden, signals) == plain_clean(text), text


PIECES = [*"ab AZ.\n\t\x00\x07\x1f\x7f\x85\x9f\u00ad\u200b\u200d\u202e\u2066\ufeff\u3164",
          *N._CONFUSABLE_PAIRS, "\u0410", "\u0391", "\u00e9", "e\u0301", "\u4e2d", "\uff49", "\U000e0041",
          "\ufe01", "ign", "ore"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_clean_shortcuts_on_generated_text(pieces: list[str]) -> None:
    _same("".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_clean_shortcuts_on_any_text(text: str) -> None:
    _same(text)


def test_clean_shortcuts_on_the_labelled_sets() -> None:
    texts = [json.loads(line)["text"] for path in sorted(DATA.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line]  # fmt: skip
    assert sum(not t.isascii() for t in texts) > 50
    for text in texts:
        _same(text)
