"""The accelerator's own misses are caught when it is compiled, and a rule it misses is still found.

python-hyperscan 0.9.1 (the newest release) reports no match for the rewritten rule ``MISSED`` in
``TEXT``, where Python's ``re`` finds one. Without the compile-time check the accelerated scan would drop
that finding; with it, the rule is confirmed with ``re`` wherever the pure-Python gate lets it through (its
necessary words are in the view), as without the accelerator. If a later Hyperscan fixes the
miss, the tests that need it skip and say so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from purpose_immune_engine import onepass, selfcheck
from purpose_immune_engine.item import ScanItem, prepare
from purpose_immune_engine.rules import Rule, RuleScanner
from purpose_immune_engine.superset import superset
from test_onepass import _accelerator  # a registry of the test's own, other tests' compiles joined

MISSED = r"us[\s\S]*(?:is|ae) ?(?: harm|al harm)"
TEXT = "refuss that refusing is harmful, so"
OTHERS = [r"\bignore\b[^.\n]{0,40}\bprevious\b", r"\bapi[_-]?key\s*[:=]\s*\S{8,}", r"(?:^|\n)\s*system\s*:"]


class Missed(RuleScanner):
    name = "missed"
    category = "missed"
    rules = [Rule("missed", MISSED), *(Rule(f"other{i}", p) for i, p in enumerate(OTHERS))]


def _hyperscan_misses_it() -> None:
    """Skip unless Hyperscan is installed and still misses ``MISSED`` in ``TEXT``."""
    if onepass._hyperscan() is None or not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    source = superset(MISSED, 0)
    db = onepass.compile_patterns([source])
    assert re.search(source.encode("ascii"), TEXT.encode())
    if onepass.matching_ids(db, TEXT.encode(), onepass._hyperscan().Scratch(db)):
        pytest.skip("this Hyperscan reports the match its older versions missed")


def test_drawn_texts_are_the_same_each_time_and_often_match_their_pattern() -> None:
    for rule in [MISSED, *OTHERS]:
        source = superset(rule, 0)
        drawn = list(selfcheck.texts(source))
        assert drawn == list(selfcheck.texts(source))
        assert len(drawn) == 5 * selfcheck.CORES
        assert all(len(t) <= selfcheck.MAX_BYTES + 2 * selfcheck.FILLER for t in drawn)
        compiled = re.compile(source.encode("ascii"))
        matched = sum(compiled.search(t) is not None for t in drawn)
        assert matched >= len(drawn) // 4, (rule, matched)  # every shipped pattern: 24% or more


def test_the_check_names_the_pattern_the_automaton_misses_and_no_other() -> None:
    _hyperscan_misses_it()
    patterns = sorted(superset(p, 0) for p in [MISSED, *OTHERS])
    db = onepass.compile_patterns(patterns)
    assert onepass.checked(db, patterns) == {patterns.index(superset(MISSED, 0))}


def _findings(accelerated: bool) -> list[str]:
    onepass.set_enabled(accelerated)
    try:
        return sorted(t.evidence for t in Missed().scan(ScanItem.from_text(TEXT)))
    finally:
        onepass.set_enabled(True)


def test_a_rule_the_automaton_misses_is_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _hyperscan_misses_it()
    expected = _findings(False)
    assert expected  # the rule matches this text

    # without the check, the accelerated scan loses the finding: what the check is for
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path / "unchecked"))
    _accelerator(monkeypatch, "hyperscan")
    with monkeypatch.context() as m:
        m.setattr(onepass, "checked", lambda db, patterns: frozenset())
        Missed()._register()
        assert onepass.warm()
        assert _findings(True) == []

    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path / "checked"))
    _accelerator(monkeypatch, "hyperscan")
    scanner = Missed()
    scanner._register()
    assert onepass.warm()
    assert onepass.ONE_PASS.automaton(False).always  # type: ignore[union-attr]
    assert _findings(True) == expected
    # reported for every view, the rule still runs only where the pure-Python gate's words are
    assert 0 in scanner._candidates(prepare(ScanItem.from_text(TEXT)))[0]
    assert 0 not in scanner._candidates(prepare(ScanItem.from_text("a plain note about the weather")))[0]

    # the next process loads the automaton and what the check found from the cache, compiling nothing
    _accelerator(monkeypatch, "hyperscan")

    def no_compile(*_: object) -> None:
        raise AssertionError("compiled again instead of loading the cached automaton")

    monkeypatch.setattr(onepass, "compile_patterns", no_compile)
    Missed()._register()
    assert onepass.warm()
    assert onepass.ONE_PASS.automaton(False).always  # type: ignore[union-attr]
    assert _findings(True) == expected


def test_re2_sets_find_what_hyperscan_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default engine where google-re2 is installed answers as ``re`` does: no check needed."""
    expected = _findings(False)
    assert expected
    _accelerator(monkeypatch, "re2")
    Missed()._register()
    assert onepass.warm()
    automaton = onepass.ONE_PASS.automaton(False)
    assert automaton is not None and automaton.engine == "re2" and not automaton.always
    assert _findings(True) == expected


def test_a_cached_automaton_without_the_check_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if onepass._hyperscan() is None or not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    sources = [superset(p, 0) for p in OTHERS]
    db, _unreliable = onepass._load_or_compile("lower", sources)
    path = onepass._cache_path("lower", sources)
    assert path.read_bytes().startswith(b"selfcheck 1 ids ")
    assert onepass._load_cached("lower", sources) is not None
    path.write_bytes(onepass._hyperscan().dumpb(db))  # a file as older versions wrote it
    assert onepass._load_cached("lower", sources) is None
