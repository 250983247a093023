"""The C loops give exactly the bytes and bucket indexes of the numpy code they replace.

Checked three ways: against a plain-Python reference of the formulas (no numpy, no classifier), and
against ``purpose_immune_classifier.features`` with the C loops on and off, on random Unicode text and on
the development corpora (the labelled sets the umbrella's tests ship and every source the immune benchmark
reads that is installed).
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import struct
from pathlib import Path

import numpy as np
import purpose_immune_native as native
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = [
    pytest.mark.skipif(not native.available(), reason="compiled module not built"),
    pytest.mark.skipif(os.environ.get("PURPOSE_IMMUNE_NATIVE") == "0", reason="C loops switched off"),
]

ROOT = Path(__file__).resolve().parents[4]
M64 = (1 << 64) - 1
P = 1099511628211
MIX = 0x9E3779B97F4A7C15
SHIFT = 64 - 18
SALTS = tuple((i + 1) * 0x632BE59BD9B4E019 % (1 << 64) for i in range(5))


def reference_clean(raw: bytes) -> bytes:
    out = bytearray()
    for c in raw:
        c = c if (48 <= c <= 57 or 97 <= c <= 122 or c >= 128) else 32
        if c == 32 and out and out[-1] == 32:
            continue
        out.append(c)
    return bytes(out)


def reference_buckets(b: bytes) -> list[int]:
    def bucket(h: int, salt: int) -> int:
        return (((h ^ salt) * MIX) & M64) >> SHIFT

    out = []
    for k, order in enumerate((3, 4, 5)):
        out += [bucket(int.from_bytes(b[i : i + order], "big"), SALTS[k]) for i in range(len(b) - order + 1)]
    spaces = [i for i, c in enumerate(b) if c == 32]

    def poly(s: int, e: int) -> int:
        return sum(b[s + j] * pow(P, j, 1 << 64) for j in range(e - s)) & M64

    out += [bucket(poly(spaces[j] + 1, spaces[j + 1]), SALTS[3]) for j in range(len(spaces) - 1)]
    out += [bucket(poly(spaces[j] + 1, spaces[j + 2]), SALTS[4]) for j in range(len(spaces) - 2)]
    return out


def c_buckets(b: bytes) -> list[int]:
    data = native.buckets(b, P, MIX, SHIFT, SALTS)
    return list(struct.unpack(f"{len(data) // 8}q", data))


def raw_of(text: str) -> bytes:
    return b" " + text.lower().encode("utf-8", "replace") + b" "


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_c_loops_match_the_plain_python_formulas(text: str) -> None:
    raw = raw_of(text)
    cleaned = native.clean(raw)
    assert cleaned == reference_clean(raw)
    assert c_buckets(cleaned) == reference_buckets(cleaned)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_c_loops_match_on_any_bytes(raw: bytes) -> None:
    """Arbitrary bytes, not only text the classifier would produce: spaces anywhere, no leading space."""
    assert native.clean(raw) == reference_clean(raw)
    assert c_buckets(raw) == reference_buckets(raw)


def test_empty_and_tiny_inputs() -> None:
    for raw in (b"", b" ", b"  ", b"a", b" a ", b"ab", b"  ab  "):
        assert native.clean(raw) == reference_clean(raw)
        assert c_buckets(raw) == reference_buckets(raw)


def test_bad_shift_is_refused() -> None:
    with pytest.raises(ValueError):
        native.buckets(b" abc ", P, MIX, 64, SALTS)


def _corpus() -> list[str]:
    rows: list[str] = []
    data = ROOT / "packages/purpose-immune/umbrella/tests/data"
    for path in sorted(data.glob("*.jsonl")):
        rows += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    sources = ROOT / "benchmarks" / "immune_sources.py"
    if sources.exists():  # every development source the benchmark reads that is installed here
        spec = importlib.util.spec_from_file_location("immune_sources", sources)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        rows += [r["text"][:50_000] for v in module.load_all().values() for r in v]
    return rows


def test_classifier_features_are_the_same_with_and_without_the_c_loops() -> None:
    features = pytest.importorskip("purpose_immune_classifier.features")
    texts = _corpus()
    assert len(texts) > 1000  # the labelled sets ship with the umbrella's tests
    try:
        assert features.set_native(True)
        fast = [(features.clean_bytes(t).tobytes(), features.ngrams(t)) for t in texts]
        features.set_native(False)
        for t, (cleaned, (idx, pos)) in zip(texts, fast, strict=True):
            assert features.clean_bytes(t).tobytes() == cleaned
            ref_idx, ref_pos = features.ngrams(t)
            assert idx.tolist() == ref_idx.tolist() and pos.tolist() == ref_pos.tolist()
            assert idx.dtype == ref_idx.dtype
    finally:
        features.set_native(True)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_classifier_scores_are_the_same_with_and_without_the_c_loops(text: str) -> None:
    features = pytest.importorskip("purpose_immune_classifier.features")
    model = pytest.importorskip("purpose_immune_classifier.model").shipped_model()
    try:
        features.set_native(True)
        fast = model.window_scores(text).tolist()
        features.set_native(False)
        assert model.window_scores(text).tolist() == fast
    finally:
        features.set_native(True)


def _numpy_chunk_sums(features, weights, text: str, stride: int):  # type: ignore[no-untyped-def]
    idx, pos = features.ngrams(text)
    chunk = pos // stride
    return np.bincount(chunk, weights=weights[idx]).tolist(), np.bincount(chunk).tolist(), int(pos.max())


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000), st.integers(min_value=1, max_value=700))
def test_chunk_sums_match_numpy_bincount(text: str, stride: int) -> None:
    features = pytest.importorskip("purpose_immune_classifier.features")
    weights = pytest.importorskip("purpose_immune_classifier.model").shipped_model().weights
    cleaned = features.clean_bytes(text)
    if len(cleaned) < 3:
        return
    fast = features.chunk_sums(cleaned, weights, stride)
    assert fast is not None
    try:
        features.set_native(False)
        assert features.chunk_sums(cleaned, weights, stride) is None
        sums, counts, last = _numpy_chunk_sums(features, weights, text, stride)
    finally:
        features.set_native(True)
    assert (fast[0].tolist(), fast[1].tolist(), fast[2]) == (sums, counts, last)


def test_chunk_sums_refuse_weights_they_cannot_index() -> None:
    with pytest.raises(ValueError):
        native.chunk_sums(b" abc def ", b"\0" * 16, 512, P, MIX, SHIFT, SALTS)
    with pytest.raises(ValueError):
        native.chunk_sums(b" abc def ", b"\0" * (4 << 18), 0, P, MIX, SHIFT, SALTS)


def test_classifier_scores_of_the_corpora_are_the_same_with_and_without_the_c_loops() -> None:
    """Every text of the corpora, long ones window by window (the per-chunk sums of the C loops)."""
    model = pytest.importorskip("purpose_immune_classifier.model").shipped_model()
    features = pytest.importorskip("purpose_immune_classifier.features")
    texts = _corpus()
    assert sum(len(t) > 2000 for t in texts) > 50
    try:
        features.set_native(True)
        fast = [model.window_scores(t).tolist() for t in texts]
        features.set_native(False)
        assert [model.window_scores(t).tolist() for t in texts] == fast
    finally:
        features.set_native(True)


WORD = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")


def reference_words(b: bytes) -> list[tuple[int, bytes]]:
    """(start, word) of every maximal run of word characters."""
    out, i = [], 0
    while i < len(b):
        if b[i] in WORD:
            j = i
            while j < len(b) and b[j] in WORD:
                j += 1
            out.append((i, b[i:j]))
            i = j
        else:
            i += 1
    return out


def lookup(index: tuple[bytes, bytes, bytes], s: bytes) -> list[int] | None:
    codes_raw, bounds_raw, offsets_raw = index
    codes = memoryview(codes_raw).cast("Q")
    bounds, offsets = memoryview(bounds_raw).cast("q"), memoryview(offsets_raw).cast("q")
    code = int.from_bytes(s, "little") | len(s) << 32
    h = ((code * 0x9E3779B97F4A7C15) & M64) >> 17 & (len(codes) - 1)
    while codes[h] not in (0, code):
        h = (h + 1) & (len(codes) - 1)
    return None if codes[h] == 0 else offsets[bounds[2 * h] : bounds[2 * h + 1]].tolist()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"b", b"_", b"Z", b"9", b" ", b".", b"-", b"\xe9", b"you", b"your"]),
                max_size=60))  # fmt: skip
def test_word_keys_and_index_match_plain_python(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    words = reference_words(data)
    assert native.word_keys(data) == frozenset(w[:4].decode("latin-1") for _, w in words)
    index = native.word_index(data)
    expected: dict[bytes, list[int]] = {}
    for start, word in words:
        for n in range(1, min(4, len(word)) + 1):
            expected.setdefault(word[:n], []).append(start)
    codes = memoryview(index[0]).cast("Q")
    assert sum(1 for c in codes if c) == len(expected)  # nothing else in the table
    for prefix, starts in expected.items():
        assert lookup(index, prefix) == starts, (data, prefix)
    assert lookup(index, b"qqqq") is None or b"qqqq" in expected


def test_word_index_of_empty_and_wordless_text() -> None:
    for data in (b"", b" ", b"...--", b"\xe9\xe9"):
        assert native.word_keys(data) == frozenset()
        codes, _, offsets = native.word_index(data)
        assert offsets == b"" and not any(memoryview(codes).cast("Q"))


def test_normalize_is_the_same_with_and_without_the_c_scans_on_the_corpora() -> None:
    """Every text of the corpora normalised with the C scans (encoded runs, leetspeak) and with the regexes
    gives the same views, decodings and signals; and on each text, its cleaned text and its views, the C
    scans give the regexes' matches and searches, and on ASCII ones the substitutions, themselves (most
    texts never reach the leetspeak and hyphen substitutions)."""
    engine = importlib.import_module("purpose_immune_engine.normalize")
    texts = _corpus()
    patterns = (engine._B64_RUN, engine._B32_RUN, engine._HEX_RUN, engine._B85_RUN)

    def views(text: str) -> tuple[object, ...]:
        n = engine.normalize(text)
        return (n.raw, n.clean, n.text, n.views, n.cased_views, n.decoded, n.signals, n.truncated)

    try:
        assert engine.set_native(True)
        fast = [views(t) for t in texts]
        engine.set_native(False)
        for t, expected in zip(texts, fast, strict=True):
            assert views(t) == expected, t[:200]
    finally:
        engine.set_native(True)
    for t, found in zip(texts, fast, strict=True):
        for s in {t, found[1], *found[3]}:  # type: ignore[misc]
            runs = native.payload_runs(s)
            assert list(runs) == [[m.span() for m in p.finditer(s)] for p in patterns], s[:200]
            hints = (
                engine._HEX_TRIPLE.search(s) is not None,
                engine._BITS.search(s) is not None,
                engine._MORSE_HINT.search(s) is not None,
                len(list(itertools.islice(engine._LEET_HINT.finditer(s), 2))) == 2,
                engine._SPACED.search(s) is not None,
            )
            assert native.text_hints(s) == sum(1 << k for k, hit in enumerate(hints) if hit), s[:200]
            if not s.isascii():
                continue
            joined, n = engine._WORD_HYPHEN.subn("", s)
            assert native.dehyphen(s.encode("ascii")) == (joined.encode("ascii"), n), s[:200]
            leet = engine._LEET_TOKEN.sub(lambda m: m.group(0).translate(engine._LEET), s)
            assert native.unleet(s.encode("ascii")).decode("ascii") == leet, s[:200]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.integers(min_value=0, max_value=20_000), max_size=6), max_size=25),
    st.one_of(st.none(), st.floats(min_value=1e-5, max_value=0.05)),
    st.integers(min_value=1, max_value=40),
    st.booleans(),
)
def test_window_features_match_the_classifier_python(
    found: list[list[int]], scale: float | None, n_windows: int, as_lists: bool
) -> None:
    """The cue features per window from the C loop equal ``cues.window_features_python`` (numpy): each
    window's cues in order, then their pairs; positions given as int64 arrays or as lists."""
    cues = pytest.importorskip("purpose_immune_classifier.cues")
    arrays = [np.array(sorted(p), dtype=np.intp) for p in found]
    found += [[]] * (cues.N_CUES - len(found))
    arrays += [np.zeros(0, dtype=np.intp)] * (cues.N_CUES - len(arrays))
    n = 1 if scale is None else n_windows
    expected = cues.window_features_python(arrays, scale, n)
    assert native.window_features(found if as_lists else arrays, scale, n, cues.N_CUES) == expected
    assert cues.window_features(arrays, scale, n) == expected


def test_window_features_fall_back_for_other_positions_and_stale_builds() -> None:
    """Positions that are not 1-D int64 (a float array) and a compiled module without the function (a
    build older than it) both take the numpy code, with the same lists."""
    cues = pytest.importorskip("purpose_immune_classifier.cues")
    features = pytest.importorskip("purpose_immune_classifier.features")
    found = [np.array([5, 900, 2000], dtype=np.intp)] + [np.zeros(0, dtype=np.intp)] * (cues.N_CUES - 1)
    found[3] = np.array([10, 1500], dtype=np.intp)
    expected = cues.window_features_python(found, 0.002, 6)
    assert expected[0] == [0, 3, cues._PAIR_INDEX[(0, 3)]]
    floats = [p.astype(np.float64) for p in found]
    with pytest.raises(TypeError):
        native.window_features(floats, 0.002, 6, cues.N_CUES)
    assert cues.window_features(floats, 0.002, 6) == expected

    class Stale:
        pass

    saved = features._native
    try:
        features._native = Stale()
        assert cues.window_features(found, 0.002, 6) == expected
    finally:
        features._native = saved
    assert cues.window_features(found, 0.002, 6) == expected
