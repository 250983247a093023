"""The five detectors give the same findings with the one-pass accelerator as with the pure-Python gate.

Two checks on the labelled development corpora (dev, holdout, red-team, hard-benign), bastioncorpus when
installed, and texts stitched from the rules' own fragments:

* every rule of every detector, rewritten for the automaton, matches wherever the rule matches (run with
  Python's ``re`` over the views' bytes, so this holds whether or not Hyperscan is installed);
* with the accelerator installed, a whole scan (every detector, through core's ``run_scanners``) reports
  the same categories and evidence with it on (on each engine, RE2 sets and Hyperscan) and off.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path

import pytest
from purpose_agent.plugin import PluginManager, ScanItem, Settings, run_scanners
from purpose_immune_classifier import cues
from purpose_immune_classifier.features import clean_bytes
from purpose_immune_classifier.model import STRIDE, cue_finder, window_cues
from purpose_immune_classifier.scanner import ClassifierScanner
from purpose_immune_engine import onepass
from purpose_immune_engine.item import ScanItem as EngineItem
from purpose_immune_engine.rules import RuleScanner
from purpose_immune_engine.superset import Untranslatable, superset

DATA = Path(__file__).parent / "data"


def _scanners() -> list:
    manager = PluginManager(Settings()).load(strict_names=False)
    return [e.item for e in manager.scanners().entries() if e.name.startswith("immune-")]


def _texts() -> list[str]:
    rows: list[str] = []
    for name in ("dev.jsonl", "holdout.jsonl", "redteam.jsonl", "hard_benign.jsonl"):
        path = DATA / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            rows += [json.loads(line)["text"] for line in lines if line]
    sources = Path(__file__).resolve().parents[4] / "benchmarks" / "immune_sources.py"
    if sources.exists():  # bastioncorpus and the other development sources the benchmark reads
        spec = importlib.util.spec_from_file_location("immune_sources", sources)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += [r["text"][:20_000] for r in module.load_bastion()]
    rng = random.Random(19)
    frags: list[str] = []
    for scanner in _scanners():
        for rule in getattr(scanner, "rules", ()):
            frags += [f for f in re.split(r"[\\()\[\]{}?*+|^$]", rule.pattern) if 2 < len(f) < 30]
    # glued to a rule's words with no space: a non-ASCII letter or digit, an underscore, a digit (the
    # automaton keeps a rule's \b beside an ASCII word character, see purpose_immune_engine.superset)
    seps = [" ", " the ", ", ", ". ", ".", "\n", " don't ", "-", " you ", " all ", "é ", "\u00a0", "é", "ß",
            "_", "1", "\u0661", "日"]  # fmt: skip
    for _ in range(1500):
        rows.append("".join(rng.choice(frags) + rng.choice(seps) for _ in range(rng.randrange(1, 8))))
    return rows


def test_every_rewritten_rule_matches_wherever_its_rule_does() -> None:
    rule_scanners = [s for s in _scanners() if isinstance(s, RuleScanner)]
    assert len(rule_scanners) >= 4
    wide = {}
    for scanner in rule_scanners:
        for _rule, pattern in scanner._compiled:
            try:
                source = superset(pattern.pattern, pattern.flags & ~re.UNICODE)
                wide[pattern] = re.compile(source.encode("ascii"))
            except Untranslatable:
                continue
    assert len(wide) >= 150  # nearly every rule is pre-selected by the automaton
    matched = 0
    for text in _texts():
        item = EngineItem.from_text(text)
        data = {v: v.encode("utf-8", "surrogatepass") for v in (*item.views, *item.cased_views)}
        for scanner in rule_scanners:
            for rule, pattern in scanner._compiled:
                if pattern not in wide:
                    continue
                for view in item.cased_views if rule.cased else item.views:
                    if pattern.search(view):
                        matched += 1
                        assert wide[pattern].search(data[view]), (scanner.name, rule.family, view)
    assert matched > 1000


def _engine(monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    monkeypatch.setenv(onepass.ENV_SWITCH, engine)
    if onepass.engine() != engine:
        pytest.skip(f"{engine} is not installed (pip install purpose-immune-engine[fast])")


@pytest.mark.parametrize("engine", ["re2", "hyperscan"])
def test_a_scan_finds_the_same_with_and_without_the_accelerator(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _engine(monkeypatch, engine)
    scanners = _scanners()
    for s in scanners:
        if isinstance(s, RuleScanner):
            s._register()
    assert onepass.warm(), onepass.ONE_PASS.broken

    def findings(accelerated: bool) -> list[list[str]]:
        onepass.set_enabled(accelerated)
        try:
            out = []
            for text in texts:
                result = run_scanners(ScanItem.from_text(text), scanners)
                out.append(sorted(f"{t.category} {t.evidence}" for t in result.threats))
            return out
        finally:
            onepass.set_enabled(True)

    texts = _texts()
    fast = findings(True)
    assert onepass.ONE_PASS.broken is None and onepass.engine() == engine  # the accelerator answered
    assert fast == findings(False)
    assert sum(map(bool, fast)) > 500


def test_re2_sets_answer_as_re_on_texts_drawn_from_every_shipped_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hyperscan misses matches of some shipped patterns on some texts (the compile-time check in
    :mod:`purpose_immune_engine.selfcheck` exists for that); RE2 sets must miss none, on the same draws."""
    from purpose_immune_engine.selfcheck import texts as drawn
    from purpose_immune_engine.selfcheck import unreliable

    _engine(monkeypatch, "re2")
    for s in _scanners():
        if isinstance(s, RuleScanner):
            s._register()
    checked = 0
    for kind in onepass.ONE_PASS._kinds:
        patterns = sorted(set(kind.sources))
        sets = onepass.Re2Sets(patterns)
        assert not sets.refused
        for salt in (0, 1):
            assert unreliable(patterns, sets.match, salt=salt) == [], kind.name
        for i, pattern in enumerate(patterns[:40]):  # and it reports nothing re does not find
            compiled = re.compile(pattern.encode("latin-1"))
            for data in drawn(pattern, cores=5):
                assert (i in sets.match(data)) == bool(compiled.search(data)), (pattern, data)
        checked += len(patterns)
    assert checked > 300


def test_the_role_play_finding_hyperscan_loses_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text on which Hyperscan (python-hyperscan 0.9.1) reports nothing for a role-play rule that
    matches it; with RE2 sets, the default engine, the detectors find it as without the accelerator."""
    text = "stay in character ab ab ab ab ab ab not refuse"
    _engine(monkeypatch, "re2")
    scanners = _scanners()
    for s in scanners:
        if isinstance(s, RuleScanner):
            s._register()
    assert onepass.warm(), onepass.ONE_PASS.broken

    def details(accelerated: bool) -> list[str]:
        onepass.set_enabled(accelerated)
        try:
            return sorted(t.detail for t in run_scanners(ScanItem.from_text(text), scanners).threats)
        finally:
            onepass.set_enabled(True)

    assert "injection.persona" in details(False)
    assert details(True) == details(False)
    assert onepass.ONE_PASS.broken is None and onepass.engine() == "re2"


def _with_long_texts() -> list[str]:
    """The texts plus texts of several windows each (every 12 of them joined), for the classifier."""
    texts = _texts()
    return texts + ["\n".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]


def _classifier() -> ClassifierScanner:
    return next(s for s in _scanners() if isinstance(s, ClassifierScanner))


def test_every_rewritten_cue_matches_wherever_its_cue_does() -> None:
    """The learned detector's structural cues go through the same automaton: each rewritten cue must match
    every lower-case view its cue matches, or the classifier would skip a cue that is there."""
    wide = [re.compile(superset(p.pattern, p.flags & ~re.UNICODE).encode("ascii")) for _, p in cues._COMPILED]
    matched = 0
    for text in _texts():
        for view in EngineItem.from_text(text).views:
            data = view.encode("utf-8", "surrogatepass")
            for (name, pattern), w in zip(cues._COMPILED, wide, strict=True):
                if pattern.search(view):
                    matched += 1
                    assert w.search(data), (name, view)
    assert matched > 1000


def test_cue_features_are_the_ones_every_match_gives() -> None:
    """One window needs only whether each cue occurs; several need every match's position. Both give the
    features the cues' full match lists give (the reference: ``cues.positions``)."""
    multi = 0
    for text in _with_long_texts():
        view = EngineItem.from_text(text).text
        assert window_cues(view, 1) == cues.window_features(cues.positions(view), None, 1)
        n_bytes = len(clean_bytes(view))
        n = n_bytes // STRIDE
        if n >= 2:
            multi += 1
            scale = n_bytes / max(len(view), 1) / STRIDE
            assert window_cues(view, n) == cues.window_features(cues.positions(view), scale, n)
    assert multi > 20


def test_the_classifier_scores_the_same_with_and_without_the_accelerator() -> None:
    if not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    scanner = _classifier()
    for s in _scanners():
        if isinstance(s, RuleScanner):
            s._register()
    assert onepass.warm(), onepass.ONE_PASS.broken
    texts = _with_long_texts()
    items = [EngineItem.from_text(t) for t in texts]
    fast = [scanner.score(item) for item in items]
    assert sum(bool(scanner.possible_cues(item)) for item in items) == len(items)  # the automaton answered
    finder = cue_finder()
    assert finder is not None and finder.ready(), finder and finder.broken  # long texts: cue starts from it
    onepass.set_enabled(False)
    try:
        slow = [scanner.score(EngineItem.from_text(t)) for t in texts]
    finally:
        onepass.set_enabled(True)
    assert fast == slow  # exactly: the same cues found, the same sums
    assert sum(s >= scanner.threshold for s in fast) > 100  # not vacuous: many texts score high


def test_the_cue_span_finder_gives_finditers_starts_on_every_view() -> None:
    """Texts of several windows take every cue's match starts from one automaton scan
    (:mod:`purpose_immune_engine.spans`): they must be exactly ``finditer``'s, on every view and decoded
    payload of every development text and of the joined long texts."""
    finder = cue_finder()
    if finder is None:
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    assert finder.ready(wait=True), finder.broken
    answered = matches = 0
    for text in _with_long_texts():
        item = EngineItem.from_text(text)
        for view in dict.fromkeys([*item.views, *(d.text.lower() for d in item.decoded)]):
            for (name, pattern), starts in zip(cues._COMPILED, finder.starts(view), strict=True):
                if starts is None:
                    continue
                answered += 1
                ref = [m.start() for m in pattern.finditer(view)]
                matches += len(ref)
                assert starts == ref, (name, view[:200])
    assert answered > 50_000
    assert matches > 2_000  # the cues do match (2,880 with the narrowed harm_ask cue): not an empty check


def test_derived_views_scanned_by_their_new_sentences_miss_no_rule_or_cue() -> None:
    """A derived view (letters re-joined, words de-hyphenated, leetspeak read back) is scanned by the
    sentences it changes (see purpose_immune_engine.sentences): on every view of every development text and
    joined long text, every rule and cue that matches is among the ids the automaton gives, and the five
    detectors and the classifier find and score exactly what they do with every view scanned whole."""
    if not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    scanners = _scanners()
    pairs: list[tuple[int, re.Pattern[str]]] = []
    for s in scanners:
        if isinstance(s, RuleScanner):
            compiled = s._compiled
            gids = onepass.ONE_PASS.register([p for _, p in compiled], [r.cased for r, _ in compiled])
            pairs += [(g, p) for (r, p), g in zip(compiled, gids, strict=True)
                      if g is not None and not r.cased]  # fmt: skip
    gids = onepass.ONE_PASS.register([p for _, p in cues._COMPILED], [False] * len(cues._COMPILED))
    pairs += [(g, p) for (_, p), g in zip(cues._COMPILED, gids, strict=True) if g is not None]
    assert onepass.warm(), onepass.ONE_PASS.broken
    # the texts with a derived view long enough to be scanned by its sentences (main views are scanned
    # whole, as before: the other tests cover them)
    texts = [t for t in _with_long_texts()
             if any(len(v.encode("utf-8", "surrogatepass")) >= onepass.MIN_SEGMENTED
                    for v in EngineItem.from_text(t).views[1:])]  # fmt: skip
    segmented = checked = 0
    for text in texts:
        item = EngineItem.from_text(text)
        found = onepass.hits(item, cased=False)
        assert found is not None
        known = set(onepass.segments(item.views[0].encode("utf-8", "surrogatepass")))
        for k, view in enumerate(item.views[1:], start=1):
            encoded = view.encode("utf-8", "surrogatepass")
            if len(encoded) < onepass.MIN_SEGMENTED:
                continue
            segmented += 2 * len(onepass.new_segments(encoded, known)) <= len(encoded)
            for gid, pattern in pairs:
                if pattern.search(view):
                    checked += 1
                    assert gid in found[1][k], (pattern.pattern[:80], view[:200])
    # the new path ran, on views where rules and cues match (84 segmented views since derived views are
    # made for disguises only: spaced runs of digits and scattered compounds no longer give one)
    assert segmented > 60 and checked > 1000

    classifier = next(s for s in scanners if isinstance(s, ClassifierScanner))

    def outcome() -> list[tuple[list[str], float]]:
        out = []
        for text in texts:
            core = ScanItem.from_text(text)
            result = run_scanners(core, scanners)
            found = sorted(f"{t.category} {t.evidence}" for t in result.threats)
            out.append((found, classifier.score(core)))
        return out

    fast = outcome()
    whole = onepass.MIN_SEGMENTED
    onepass.MIN_SEGMENTED = 10**9  # every view scanned whole, as before
    try:
        assert fast == outcome()
    finally:
        onepass.MIN_SEGMENTED = whole
