"""The real detectors' rules, run through the fast paths (gates, start positions, branch splitting,
widened-gap prefilters), find exactly what plain ``finditer`` over every view finds.

Core's fast-path tests use a small set of tricky rules; this runs the five detectors' own rule tables on
the labelled corpora and on texts stitched from the rules' own fragments, so that a gate derived from a
real rule can never skip one of its matches.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from purpose_agent.plugin import PluginManager, Settings
from purpose_immune_engine import prefixes
from purpose_immune_engine.item import ScanItem
from purpose_immune_engine.prefixes import ViewIndex
from purpose_immune_engine.rules import RuleScanner, discount_for

DATA = Path(__file__).parent / "data"


def _rule_scanners() -> list[RuleScanner]:
    manager = PluginManager(Settings()).load(strict_names=False)
    return [e.item for e in manager.scanners().entries() if isinstance(e.item, RuleScanner)]


def _reference(scanner: RuleScanner, item: ScanItem) -> set[str]:
    found: set[str] = set()
    for rule, pattern in scanner._compiled:
        if rule.family in found or (rule.when is not None and not rule.when(item)):
            continue
        for view in item.cased_views if rule.cased else item.views:
            hit = False
            discount = discount_for(rule)
            for m in pattern.finditer(view):
                if discount is not None and discount(view, m.start()):
                    continue
                hit = True
                break
            if hit:
                found.add(rule.family)
                break
    return found


def _texts() -> list[str]:
    rows = []
    for name in ("dev.jsonl", "holdout.jsonl"):
        rows += [json.loads(line)["text"] for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    rng = random.Random(8)
    frags: list[str] = []
    for scanner in _rule_scanners():
        for rule in scanner.rules:
            frags += [f for f in re.split(r"[\\()\[\]{}?*+|^$]", rule.pattern) if 2 < len(f) < 30]
    seps = [" ", " the ", ", ", ". ", "\n", " don't ", "-", " you ", " all "]
    for _ in range(1500):
        rows.append("".join(rng.choice(frags) + rng.choice(seps) for _ in range(rng.randrange(1, 7))))
    return rows


@pytest.mark.parametrize("scanner", _rule_scanners(), ids=lambda s: s.name)
def test_fast_paths_find_what_finditer_finds(scanner: RuleScanner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanner, "extra_checks", lambda item, seen: [])  # rules only
    flagged = 0
    for text in _texts():
        item = ScanItem.from_text(text)
        got = {t.detail.split(".", 1)[1] for t in scanner.scan(item)}
        expected = _reference(scanner, item)
        assert got == expected, text
        flagged += bool(expected)
    assert flagged >= 5


@pytest.fixture(params=["python", "indexed"])
def word_index(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The views' word starts found by the Python code, or (when ``purpose-immune-native`` is built) all
    from the C index, however short the view (the test above runs the default: the index from
    ``MIN_INDEXED`` characters up)."""
    if request.param == "indexed":
        if not prefixes.set_native(True):
            pytest.skip("purpose-immune-native not built")
        monkeypatch.setattr(prefixes, "MIN_INDEXED", 0)
    else:
        prefixes.set_native(False)
    yield request.param
    prefixes.set_native(True)


@pytest.mark.parametrize("scanner", _rule_scanners(), ids=lambda s: s.name)
def test_fast_paths_with_either_word_index(
    scanner: RuleScanner, word_index: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    test_fast_paths_find_what_finditer_finds(scanner, monkeypatch)


@pytest.mark.skipif(not prefixes.set_native(True), reason="purpose-immune-native not built")
def test_c_word_index_equals_python_on_every_corpus_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefixes, "MIN_INDEXED", 0)
    checked = 0
    for text in _texts():
        item = ScanItem.from_text(text)
        for view in {*item.views, *item.cased_views}:
            prefixes.set_native(True)
            fast = ViewIndex(view)
            prefixes.set_native(False)
            plain = ViewIndex(view)
            prefixes.set_native(True)
            assert fast.words == plain.words, view
            keys = set(plain.words) | {k[:n] for k in plain.words for n in range(1, len(k))}
            for key in sorted(keys):
                assert fast.word_starts(key) == plain.word_starts(key), (view, key)
            checked += fast._native is not None
    assert checked > 1000  # most views are ASCII: the C index did run
