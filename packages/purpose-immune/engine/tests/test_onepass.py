# ruff: noqa: RUF001 - look-alike letters on purpose
"""The one-pass accelerator skips rules, never a match: its rewritten patterns match wherever the rules do,
and a scan with it finds exactly what the pure-Python gate finds.

The superset property is checked without Hyperscan: the rewritten patterns use only syntax Python's
``re`` reads the same way on bytes, so they are run with ``re`` over each view's UTF-8 bytes. The
accelerated-versus-pure comparisons need Hyperscan and are skipped without it.
"""

from __future__ import annotations

import os
import random
import re
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from purpose_immune_engine import onepass
from purpose_immune_engine.item import ScanItem
from purpose_immune_engine.rules import Rule, RuleScanner
from purpose_immune_engine.superset import Untranslatable, superset

RULES = [
    Rule("a", r"\b(?:ignore|disregard|skip)\b[^.\n]{0,40}?\b(?:previous|prior)\b[^.\n]{0,30}?\brules\b"),
    Rule("b", r"\b(?:you|your|ai)\b[^.\n]{0,20}\bno (?:rules|limits)\b", negatable=True),
    Rule("c", r"\b(?:ba|z)?sh\b\s+-c|\bperl\s+-e"),
    Rule("d", r"(?:^|\n)\s*(?:#{2,}|\[)?\s*(?:system|admin)\s*:"),
    Rule("e", r"\(\s*crontab\s+-l|\becho\b[^\n]{0,40}>>\s*/etc/cron|(?:^|\s)(?:\*|\d+)(?:\s+\*){4}\s+curl"),
    Rule("f", r"\b(\w+)\s*\(\s*\)\s*\{\s*\1\s*\|\s*\1\s*&\s*\}|:\(\)\s*\{\s*:\s*\|\s*:\s*&\s*\}"),
    Rule("g", r"\bset\w*\b[^.\n]{0,20}\btrust\b", negatable=True),
    Rule("h", r"[\"']?(?:score|grade)[\"']?\s*[:=]\s*(?:1\.0|100)"),
    Rule("i", r"<\|(?:im_start|system)\|>|\[/?inst\]"),
    Rule("j", r"(?:忽略|无视)[^。\n]{0,20}(?:指令|规则)"),
    Rule("k", r"\bapi[_-]?key\s*[:=]\s*\S{8,}", cased=True),
    Rule("l", r"(?i)\bhello world\b"),
    Rule("m", r"\b(?:delete|remove)\w* (?:the|all) (?:logs?|backups?)\b(?=\s|$)(?!\s+folder)"),
    Rule("n", r"\bpay\b[^\w.]{1,3}[\d\W]{2,5}\s*\bnow\b"),
    Rule("o", r"[а-я]{3,}\s+ignore|ſecret"),
]
FRAGMENTS = ["ignore", "disregard", "previous", "prior", "rules", "you", "ai", "no rules", "no limits",
             "bash",
             "sh", "-c", "perl -e", "system:", "## admin :", "(crontab -l", "echo x >> /etc/cron",
             "* * * * * curl", "f(){ f|f& }", ":(){ :|:& };", "set", "settings", "trust", "score: 100",
             "'grade' = 1.0", "<|im_start|>", "[inst]", "忽略", "指令", "规则", "api_key: ", "ABCDEFGH1234",
             "hello world", "HeLLo WoRLD", "delete", "removing the", "all logs", "backups folder", "pay",
             "now", "$ 5", "привет", "ſecret", "secret", "a.b", "e.g.", "don't", "é", "\u00a0",
             "\u2028"]  # fmt: skip
SEPARATORS = [" ", "  ", ", ", ". ", ".", "\n", "-", "_", "/", "", " the ", "'", "(", "*", "0 ", "é", "\t"]


class Tricky(RuleScanner):
    name = "tricky"
    category = "tricky"
    rules = RULES


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        text = "".join(rng.choice(FRAGMENTS) + rng.choice(SEPARATORS) for _ in range(rng.randrange(1, 9)))
        out.append(text.lower() if rng.random() < 0.4 else text)
    return out


def _superset_misses(scanner: RuleScanner, item: ScanItem) -> list[str]:
    """Rules that match a view of ``item`` while their rewritten pattern does not (must be none)."""
    misses = []
    for rule, pattern in scanner._compiled:
        try:
            wide = re.compile(superset(pattern.pattern, pattern.flags & ~re.UNICODE).encode("ascii"))
        except Untranslatable:
            continue  # stays a candidate for every text
        for view in item.cased_views if rule.cased else item.views:
            if pattern.search(view) and not wide.search(view.encode("utf-8", "surrogatepass")):
                misses.append(f"{rule.family}: {view!r}")
    return misses


def test_rewritten_rules_match_wherever_the_rules_do() -> None:
    scanner = Tricky()
    matched = 0
    for text in _texts(2000, seed=11):
        item = ScanItem.from_text(text)
        assert _superset_misses(scanner, item) == [], text
        matched += any(p.search(v) for _, p in scanner._compiled for v in item.views)
    assert matched > 500  # the texts do exercise matches


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), min_size=1, max_size=12))
def test_rewritten_rules_cover_generated_texts(parts: list[str]) -> None:
    item = ScanItem.from_text(" ".join(parts))
    assert _superset_misses(Tricky(), item) == []


BACKREFERENCES = [
    r"(?<![\d\-])(?!000)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d\-])",
    r"([\"'])(?:(?!\1).){2,20}\1",
    r"\b(\w+)\s+\1\b",
    r"(?:(a|bb)c)+\1",
    r"(\bx)\1",
    r"(?=(ab))\1c",
    r"(?i)(ab)-\1",
]
BACKREF_PARTS = ["123", "45", "6789", "-", " ", "'", '"', "x", "ab", "AB", "bb", "a", "c", "the", "é", "١٢٣"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(BACKREF_PARTS), st.text(max_size=3)), max_size=14))
def test_a_backreference_is_rewritten_as_its_groups_pattern_and_covers_the_rule(parts: list[str]) -> None:
    """A backreference matches text its group matched, so the group's rewritten pattern stands in for it
    (not "any text", which made an automaton report matches that span a whole document); where the group
    holds a word boundary, or sits in a dropped lookaround, it stays "any text". In every mode, the
    rewritten pattern matches wherever the rule does."""
    text = "".join(parts)
    data = text.encode("utf-8", "surrogatepass")
    for source in BACKREFERENCES:
        rule = re.compile(source)
        if not rule.search(text):
            continue
        if rule.flags & re.IGNORECASE:
            if text.isascii():  # fold: over the lower-cased text
                wide = superset(source, rule.flags & ~re.UNICODE, boundaries=True, fold=True)
                assert re.search(wide.encode("ascii"), text.lower().encode("ascii")), (source, text)
            continue
        for counted in (False, True):
            wide = superset(source, rule.flags & ~re.UNICODE, counted=counted)
            assert re.search(wide.encode("ascii"), data), (source, text, counted)
        if text.isascii():
            wide = superset(source, rule.flags & ~re.UNICODE, boundaries=True)
            assert re.search(wide.encode("ascii"), data), (source, text)


WORD_EDGE_RULES = [
    r"\bignore\b",
    r"\b(?:show|tell)\w*\s+(?:me|us)\b",
    r"(?:x|\by)z",
    r"\b(?:ab|c\d)",
    r"a\b(?=\W)",
    r"\b_a",
    r"(?<!\w)\bfoo\b",
    r"\b(?:ab|)x",
    r"\bé\b",
    r"\b\d+\b",
    r"[^.\n]{0,40}\bme",
    r"(?:\bab|cd\b)+",
]
WORD_EDGE_PARTS = ["ignore", "show", "tells", "me", "us", "x", "y", "z", "ab", "c1", "c\u0661", "a", "_",
                   "foo", "é", "ß", "日本", "\u01c5", "\u00a0", "1", "\u0661", " ", ".", "-", "\ud800",
                   "cd"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORD_EDGE_PARTS), st.text(max_size=3)), max_size=12))
def test_a_word_boundary_kept_next_to_an_ascii_word_character_covers_the_rule(parts: list[str]) -> None:
    """Python's ``\\b`` (Unicode) next to a character that is an ASCII word character in every match implies
    the automaton's ASCII ``\\b`` over UTF-8 bytes (the other side is an ASCII non-word character, a byte of
    a non-ASCII character, or the edge), so the rewritten pattern keeps it there and still matches wherever
    the rule does, with non-ASCII letters, digits and underscores on either side."""
    text = "".join(parts)
    data = text.encode("utf-8", "surrogatepass")
    for source in WORD_EDGE_RULES:
        rule = re.compile(source)
        wide = superset(source, rule.flags & ~re.UNICODE)
        for m in rule.finditer(text):
            # the rewritten pattern matches the very bytes the rule matched, its \\b seeing the real
            # neighbours (pinned by a lookbehind and a lookahead that consume nothing)
            start = len(text[: m.start()].encode("utf-8", "surrogatepass"))
            end = start + len(m.group(0).encode("utf-8", "surrogatepass"))
            pinned = b"(?s)(?<=\\A.{%d})(?:%s)(?=.{%d}\\Z)" % (start, wide.encode("ascii"), len(data) - end)
            assert re.search(pinned, data), (source, text, m.span())


def test_a_word_boundary_is_kept_only_next_to_an_ascii_word_character() -> None:
    assert superset(r"\bignore\b") == "\\b\\x69\\x67\\x6e\\x6f\\x72\\x65\\b"
    assert superset(r"\b(?:ab|cd)x").startswith("\\b(?:")
    assert superset(r"a\b(?=\W)") == "\\x61\\b"
    for source in (r"\bé\b", r"\b\d+\b", r"\b\w+", r"\b(?:ab|)x", r"\b[a-z.]", r"\b(?:a|\.)", r"\b\s"):
        assert "\\b" not in superset(source), source  # \d, \w, é, a dot, or maybe nothing: dropped
    assert "\\B" not in superset(r"a\Bb")


def test_a_backreference_is_narrowed_only_where_that_is_safe() -> None:
    assert "[\\x00-\\xff]*" not in superset(r"(\d)([- ])\1\2")
    assert superset(r"(\bx)\1", boundaries=True).endswith("[\\x00-\\xff]*")
    assert superset(r"(?=(ab))\1c") == "[\\x00-\\xff]*\\x63"


def test_what_cannot_be_rewritten_safely_is_refused() -> None:
    for pattern, flags in ((r"(?i)abc", 0), ("abc", re.IGNORECASE), (r"a(?i:b)c", 0), (r"(a)?(?(1)b|c)", 0)):
        with pytest.raises(Untranslatable):
            superset(pattern, flags)
    # the rest is rewritten into plain ASCII syntax that an automaton and Python's re read alike
    assert superset(r"\bignore\b(?=\s)[^.\n]{0,40}ß\w+").isascii()


def test_scanner_keeps_untranslatable_rules_as_candidates() -> None:
    scanner = Tricky()
    need, bits, always = scanner._register()[0]
    index = next(i for i, r in enumerate(RULES) if r.family == "l")
    assert always >> (index * 8 + 7) & 1  # the case-insensitive rule runs on every text
    assert need >= 0 and bits


def _accelerator(monkeypatch: pytest.MonkeyPatch, engine: str | None = None) -> None:
    """Skip without the accelerator (or without ``engine``, which the test then runs on); else give the
    test a registry of its own (only its scanners' rules, so its automaton compiles in milliseconds
    whatever other tests registered)."""
    if engine is not None:
        monkeypatch.setenv(onepass.ENV_SWITCH, engine)
    if not onepass.available() or (engine is not None and onepass.engine() != engine):
        wanted = engine or "the accelerator"
        pytest.skip(f"{wanted} is not installed (pip install purpose-immune-engine[fast])")
    # a compile other tests left running in the background (the process-wide registry, a span finder)
    # would meet this test's broken or forbidden compiler and switch the accelerator off for good
    for thread in threading.enumerate():
        if thread.name in ("immune-onepass", "immune-spans"):
            thread.join()
    monkeypatch.setattr(onepass, "ONE_PASS", onepass.OnePass())
    monkeypatch.setattr("purpose_immune_engine.rules.ONE_PASS", onepass.ONE_PASS)


def _findings(scanner: RuleScanner, texts: list[str], accelerated: bool) -> list[list[tuple[str, str]]]:
    onepass.set_enabled(accelerated)
    try:
        return [sorted((t.category, t.evidence) for t in scanner.scan(ScanItem.from_text(t))) for t in texts]
    finally:
        onepass.set_enabled(True)


def test_accelerated_scan_equals_pure_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _accelerator(monkeypatch, "hyperscan")
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    scanner = Tricky()
    scanner._register()
    assert onepass.warm()
    assert list(tmp_path.glob("*.hsdb"))  # compiled once, kept for the next process
    _accelerator(monkeypatch, "hyperscan")  # a new registry, as in the next process: it loads, never compiles

    def no_compile(*_: object) -> None:
        raise AssertionError("compiled again instead of loading the cached automaton")

    monkeypatch.setattr(onepass._hyperscan(), "Database", no_compile)
    scanner = Tricky()
    assert onepass.ONE_PASS.automaton(False) is not None
    texts = _texts(1500, seed=12)
    fast = _findings(scanner, texts, True)
    assert fast == _findings(scanner, texts, False)
    assert sum(map(bool, fast)) > 300


def test_re2_sets_scan_equals_pure_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """RE2 sets compile in the scanning thread, in milliseconds, and write nothing to the cache."""
    _accelerator(monkeypatch, "re2")
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    scanner = Tricky()
    automaton = onepass.ONE_PASS.automaton(False)  # no waiting, no background thread
    assert automaton is not None and automaton.engine == "re2" and not automaton.always
    texts = _texts(1500, seed=12)
    fast = _findings(scanner, texts, True)
    assert fast == _findings(scanner, texts, False)
    assert sum(map(bool, fast)) > 300
    assert not list(tmp_path.glob("*"))


def test_re2_without_hyperscan_runs_the_one_pass_automata_and_leaves_spans_to_finditer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where google-re2 has a wheel and Hyperscan has none, the rules are still pre-selected in one pass,
    and the span finders are not built (their callers run ``finditer``)."""
    from purpose_immune_engine import spans

    if onepass._re2() is None:
        pytest.skip("google-re2 is not installed (pip install purpose-immune-engine[fast])")
    monkeypatch.setitem(onepass._modules, "hyperscan", None)
    _accelerator(monkeypatch, "re2")
    assert not onepass.spans_available()
    assert spans.lazy_finder([], "no-hyperscan", [re.compile(r"\bplain\b")]) is None
    scanner = Tricky()
    texts = _texts(600, seed=14)
    fast = _findings(scanner, texts, True)
    automaton = onepass.ONE_PASS.automaton(False)
    assert automaton is not None and automaton.engine == "re2"
    assert fast == _findings(scanner, texts, False)
    assert sum(map(bool, fast)) > 100


def test_a_broken_accelerator_falls_back_to_the_same_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accelerator(monkeypatch)
    texts = _texts(300, seed=13)
    expected = _findings(Tricky(), texts, False)

    def fail(name: str, sources: list[str]) -> None:
        raise RuntimeError("no automaton today")

    monkeypatch.setattr(onepass, "_compile_kind", fail)
    # warm() also builds the span finders, and one whose automata are not cached yet (a fresh cache, or
    # changed patterns) would stay broken for the rest of the process, failing the span tests after this one
    from purpose_immune_engine import spans

    monkeypatch.setattr(spans, "warm", lambda: True)
    scanner = Tricky()
    scanner._register()
    assert not onepass.warm()
    assert onepass.ONE_PASS.broken is not None
    assert _findings(scanner, texts, True) == expected


def test_switching_it_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(onepass.ENV_SWITCH, "off")
    assert not onepass.available()


def test_the_switch_is_read_again_whenever_it_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """available() reads the variable's raw value from the mapping behind os.environ (one lookup): every
    change made through os.environ, and a replaced os.environ, still decide the answer."""
    installed = onepass._hyperscan() is not None or onepass._re2() is not None
    for value in ("off", "on", "0", "1", "no", "", "FALSE", "yes", "hyperscan"):
        monkeypatch.setenv(onepass.ENV_SWITCH, value)
        assert onepass.available() == (installed and value.lower() not in ("off", "0", "false", "no")), value
    monkeypatch.delenv(onepass.ENV_SWITCH)
    assert onepass.available() == installed
    monkeypatch.setattr(os, "environ", {onepass.ENV_SWITCH: "off"})
    assert not onepass.available()
    monkeypatch.setattr(os, "environ", {})
    assert onepass.available() == installed


def _pii_texts(n: int, seed: int) -> list[str]:
    from faker import Faker

    fake = Faker(["en_US", "de_DE", "fr_FR", "en_GB"])
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [fake.credit_card_number(), fake.iban(), fake.ssn(), fake.phone_number(), fake.address(),
                 fake.email(), f"My name is {fake.name()}", fake.sentence(), str(rng.randrange(10**13)),
                 "é€ ٣٤٥ 12-34", "4111 1111 1111 1111", "078-05-1120"]  # fmt: skip
        rng.shuffle(parts)
        out.append(" ".join(parts[: rng.randrange(1, 7)]))
    return out


def test_counted_personal_data_patterns_match_wherever_the_patterns_do() -> None:
    from purpose_immune_engine import pii

    wide = {p: re.compile(superset(p.pattern, p.flags & ~re.UNICODE, counted=True).encode("ascii"))
            for p in pii.PREFILTERED}  # fmt: skip
    matched = 0
    for text in _pii_texts(1500, seed=14):
        data = text.encode("utf-8", "surrogatepass")
        for pattern, rewritten in wide.items():
            if pattern.search(text):
                matched += 1
                assert rewritten.search(data), (pattern.pattern[:40], text)
    assert matched > 1500


def test_personal_data_prefilter_finds_what_find_pii_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from purpose_immune_engine import pii

    _accelerator(monkeypatch)
    prefilter = pii.Prefilter()
    assert onepass.warm()
    skipped = 0
    for text in _pii_texts(600, seed=15) + _texts(300, seed=16):
        item = ScanItem.from_text(text)
        for view, possible in zip(item.cased_views, prefilter.possible(item), strict=True):
            assert possible is not None
            skipped += len(pii.PREFILTERED) - len(possible)
            assert pii.find_pii(view, possible=possible) == pii.find_pii(view), text
    assert skipped > 2000  # the automaton does rule patterns out


def test_threads_scan_at_once_and_find_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    _accelerator(monkeypatch)
    scanner = Tricky()
    assert onepass.warm()
    texts = _texts(400, seed=17)
    expected = _findings(scanner, texts, True)

    def run(chunk: list[str]) -> list[list[tuple[str, str]]]:
        return [sorted((t.category, t.evidence) for t in scanner.scan(ScanItem.from_text(t))) for t in chunk]

    with ThreadPoolExecutor(4) as pool:
        parts = list(pool.map(run, [texts[i::4] for i in range(4)]))
    got = [None] * len(texts)
    for i, part in enumerate(parts):
        got[i::4] = part
    assert got == expected


def test_the_cache_keeps_the_automata_used_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    for i in range(7):
        f = tmp_path / f"lower-{i:032d}.hsdb"
        f.write_bytes(b"x")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
    (tmp_path / "cased-0.hsdb").write_bytes(b"x")
    onepass._prune("lower")
    kept = sorted(f.name for f in tmp_path.glob("lower-*.hsdb"))
    assert kept == [f"lower-{i:032d}.hsdb" for i in range(3, 7)]
    assert (tmp_path / "cased-0.hsdb").exists()


def _secret_texts(n: int, seed: int) -> list[str]:
    """Texts built from the provider patterns' literal pieces, random keys and real-looking secrets."""
    from purpose_immune_engine import secrets

    rng = random.Random(seed)
    frags = [f for _, p, _ in secrets.PROVIDER_PATTERNS for f in re.split(r"[\\()\[\]{}?*+|^$.]", p.pattern)
             if f]  # fmt: skip
    samples = [
        "AKIAIOSFODNN7EXAMPLE", "ghp_" + "a1B2" * 9, "xoxb-1234567890-abcdefghij", "sk-" + "Ab1" * 12,
        "glpat-" + "x1Y2" * 5, "SK" + "0123456789abcdef" * 2, "key-" + "0a1b2c3d" * 4,
        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----", "AIza" + "B" * 35,
        "hf_" + "Ab" * 16, "npm_" + "a1" * 18, "eyJhbGciOi.eyJzdWIiOi.sig", "dop_v1_" + "ab12" * 16,
        "https://user:hunter22@example.org/x", "123456789:AA" + "b" * 33, "SG." + "a" * 22 + "." + "b" * 43,
    ]  # fmt: skip
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, 7)):
            pick = rng.random()
            if pick < 0.4:
                parts.append(rng.choice(frags))
            elif pick < 0.7:
                parts.append(rng.choice(samples))
            else:
                parts.append("".join(rng.choices(alphabet, k=rng.randrange(1, 45))))
            parts.append(rng.choice([" ", "", "=", ": ", "-", "_", ".", "/", "://", " is ", "\n"]))
        out.append("".join(parts))
    return out


def test_rewritten_provider_patterns_match_wherever_the_patterns_do() -> None:
    from purpose_immune_engine import secrets

    wide = {}
    for i in secrets.PREFILTERED:
        pattern = secrets.PROVIDER_PATTERNS[i][1]
        try:
            source = superset(pattern.pattern, pattern.flags & ~re.UNICODE, counted=True)
            wide[i] = re.compile(source.encode())
        except Untranslatable:
            continue
    assert len(wide) >= 20
    matched = 0
    for text in _secret_texts(2000, seed=21) + _pii_texts(300, seed=22):
        data = text.encode("utf-8", "surrogatepass")
        for i, rewritten in wide.items():
            if secrets.PROVIDER_PATTERNS[i][1].search(text):
                matched += 1
                assert rewritten.search(data), (secrets.PROVIDER_PATTERNS[i][0], text)
    assert matched > 1000


def test_secret_prefilter_finds_what_find_secrets_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from purpose_immune_engine import secrets

    _accelerator(monkeypatch)
    prefilter = secrets.Prefilter()
    assert onepass.warm()
    skipped = found = 0
    for text in _secret_texts(800, seed=23) + _texts(300, seed=24):
        item = ScanItem.from_text(text)
        for view, possible in zip(item.cased_views, prefilter.possible(item), strict=True):
            assert possible is not None
            skipped += len(secrets.PREFILTERED) - len(possible)
            expected = secrets.find_secrets(view)
            found += bool(expected)
            assert secrets.find_secrets(view, possible=possible) == expected, text
    assert skipped > 10_000 and found > 300  # the automaton rules patterns out; secrets are still found


def test_compiling_ahead_from_the_command_line_fills_the_cache(tmp_path: Path) -> None:
    """``python -m purpose_immune_engine.onepass`` runs the file as ``__main__``, a second copy of the
    module: it must compile the automata the detectors registered with the real one (it once compiled
    nothing and said ready), and the span finders' too."""
    import os
    import subprocess
    import sys

    if onepass._hyperscan() is None or not onepass.available():
        pytest.skip("hyperscan is not installed (pip install purpose-immune-engine[fast])")
    env = {**os.environ, onepass.ENV_CACHE: str(tmp_path), onepass.ENV_SWITCH: "hyperscan"}
    command = [sys.executable, "-m", "purpose_immune_engine.onepass"]
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=True).stdout
    assert "ready on hyperscan (lower" in out, out
    names = {p.name.split("-")[0] for p in tmp_path.glob("*.hsdb")}
    assert {"lower", "cased", "spans"} <= names, sorted(p.name for p in tmp_path.iterdir())


def _derived_texts(n: int, seed: int) -> list[str]:
    """Texts of several sentences, long enough for the one-pass automaton to scan their derived views
    (letters re-joined, words de-hyphenated, leetspeak read back) by the sentences they change."""
    rng = random.Random(seed)
    disguised = ["i g n o r e", "d i s r e g a r d", "pr3v10u5", "ru1e5", "pre-vi-ous", "ig-nore",
                 "s.k.i.p", "y o u", "n0 ru1e5", "3cho x >> /etc/cron", "s e t", "tru5t", "5core: 100"]
    out = []
    for _ in range(n):
        sentences = []
        while sum(map(len, sentences)) < 300:
            words = [rng.choice(FRAGMENTS + disguised) for _ in range(rng.randrange(2, 9))]
            sentences.append(" ".join(words) + rng.choice([".", ". ", ".\n", ", ", " - "]))
        out.append(" ".join(sentences))
    return out


def test_derived_views_scanned_by_their_new_sentences_miss_no_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A derived view's ids come from the main view's, its new sentences' and (for rules that may cross a
    sentence cut) a whole scan by the smaller automaton: every rule that matches the view is among them,
    and the findings are those of scanning every view whole and of the pure-Python gate."""
    _accelerator(monkeypatch)
    monkeypatch.setenv(onepass.ENV_CACHE, str(tmp_path))
    scanner = Tricky()
    ids = scanner._register()
    assert onepass.warm()
    assert onepass.ONE_PASS._kinds[0].crossing  # rule "e" ([^\n]{0,40}) may cross a cut
    assert onepass.ONE_PASS.automaton(onepass.WIDE) is not None
    compiled = scanner._compiled
    gids = onepass.ONE_PASS.register([p for _, p in compiled], [r.cased for r, _ in compiled])
    assert ids and gids
    used = []
    real = onepass.OnePass._derived

    def counted(self: onepass.OnePass, *args: object) -> frozenset[int] | None:
        found = real(self, *args)  # type: ignore[arg-type]
        used.append(found is not None)
        return found

    monkeypatch.setattr(onepass.OnePass, "_derived", counted)
    texts = _derived_texts(400, seed=14)
    matched = 0
    for text in texts:
        item = ScanItem.from_text(text)
        found = onepass.hits(item, cased=False)
        assert found is not None
        for k, view in enumerate(item.views):
            for (rule, pattern), gid in zip(scanner._compiled, gids, strict=True):
                if gid is not None and not rule.cased and pattern.search(view):
                    matched += k > 0
                    assert gid in found[1][k], (rule.family, view)
    assert sum(used) > 300 and matched > 300  # the new path ran, on views where rules match
    fast = _findings(scanner, texts, True)
    monkeypatch.setattr(onepass, "MIN_SEGMENTED", 10**9)  # every view scanned whole
    assert fast == _findings(scanner, texts, True)
    assert fast == _findings(scanner, texts, False)
    assert sum(map(bool, fast)) > 200


def test_key_selection_equals_its_plain_reference() -> None:
    """:class:`onepass.KeySelection` (keys by the ids that matched) gives the set the plain comprehension over
    every key gives, for ids shared by several keys, keys without an id, and ids of other patterns."""
    rng = random.Random(31)
    for _ in range(300):
        n = rng.randrange(0, 30)
        keys = [f"k{i}" for i in range(n)] if rng.random() < 0.5 else list(range(n))
        ids = [None if rng.random() < 0.2 else rng.randrange(0, 40) for _ in range(n)]
        selection = onepass.KeySelection(keys, ids)
        assert selection.need == max((i for i in ids if i is not None), default=-1)
        for _ in range(5):
            matched = frozenset(rng.sample(range(60), rng.randrange(0, 12)))
            assert selection.select(matched) == selection.select_reference(matched)


def test_prefilter_selections_equal_the_reference_on_real_views(monkeypatch: pytest.MonkeyPatch) -> None:
    from purpose_immune_engine import pii, secrets

    _accelerator(monkeypatch)
    prefilters = [pii.Prefilter()._cased, secrets.Prefilter()._cased]
    assert onepass.warm()
    for text in _pii_texts(200, seed=32) + _texts(200, seed=33):
        item = ScanItem.from_text(text)
        found = onepass.hits(item, cased=True)
        assert found is not None
        for prefilter in prefilters:
            selection = prefilter._register()
            expected = [selection.select_reference(matched) for matched in found[1]]
            assert prefilter.possible(item) == expected


class Anchored(RuleScanner):
    name = "anchored"
    category = "anchored"
    rules = [
        Rule(
            "recipe", r"\b(?:show|print|tell)\w*\b[^.\n]{0,40}\bsecret recipe\b", anchor=r"\bsecret recipe\b"
        ),
        Rule("plain", r"\bsecret sauce\b"),
    ]


def test_a_rule_is_preselected_by_its_anchor_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The automaton holds the anchor's rewritten pattern, not the rule's (a common verb and a gap kept
    the DFA's state alive to each sentence's end); the rule still decides, so findings do not change."""
    _accelerator(monkeypatch, "re2")
    scanner = Anchored()
    sources = onepass.ONE_PASS._kinds[0].sources
    assert superset(r"\bsecret recipe\b") in sources
    assert not any("show" in source for source in sources)
    texts = [
        "Please show me the secret recipe.",
        "Tell your friends. The secret recipe stays with us.",  # the anchor without the verb before it
        "The secret sauce is ketchup.",
        "Print the report and show it to the team.",
    ]
    fast = _findings(scanner, texts, True)
    assert fast == _findings(scanner, texts, False)
    assert [bool(f) for f in fast] == [True, False, True, False]
