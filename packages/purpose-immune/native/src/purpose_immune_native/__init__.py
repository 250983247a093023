"""Optional C speedups for the immune system's hot loops (plain CPython C API, no dependencies).

Nothing imports this package unconditionally: :mod:`purpose_immune_classifier.features` and
:mod:`purpose_immune_classifier.cues` (the learned detector's n-gram features and cue windows),
:mod:`purpose_immune_engine.prefixes` (the rule engine's word index) and
:mod:`purpose_immune_engine.normalize` (the text normaliser's scans) try it and
keep their Python code when it is not installed, and the two give the same results (checked by the tests
of these packages). ``available()`` says whether the compiled module loaded.
"""

from __future__ import annotations

from typing import Any

try:
    from purpose_immune_native import _speedups
except ImportError:  # a source checkout without a build: the callers keep their pure-Python code
    _speedups = None  # type: ignore[assignment]

__all__ = [
    "available",
    "buckets",
    "chunk_sums",
    "clean",
    "dehyphen",
    "payload_runs",
    "text_hints",
    "unleet",
    "window_features",
    "word_index",
    "word_keys",
]


def available() -> bool:
    """Whether the compiled module is importable."""
    return _speedups is not None


def clean(raw: bytes) -> bytes:
    """``raw`` with every ASCII byte that is not a digit or lower-case letter as a space, and each run of
    spaces as one (bytes from 128 up are kept)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.clean(raw)


def buckets(cleaned: bytes, p: int, mix: int, shift: int, salts: tuple[int, int, int, int, int]) -> bytes:
    """The hashed n-gram bucket indexes of ``cleaned`` (native int64, in the order of
    ``purpose_immune_classifier.features.ngram_buckets``): character 3-, 4- and 5-grams, then word 1- and
    2-grams, each salted, multiplied by ``mix`` modulo 2**64 and shifted right by ``shift``."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.buckets(cleaned, p, mix, shift, *salts)


def chunk_sums(
    cleaned: bytes,
    weights: bytes,
    stride: int,
    p: int,
    mix: int,
    shift: int,
    salts: tuple[int, int, int, int, int],
) -> tuple[bytes, bytes, int]:
    """For each chunk of ``stride`` bytes of ``cleaned``: the sum of the float32 ``weights`` of the n-grams
    of :func:`buckets` that start in it (float64, added in n-gram order, as numpy's ``bincount`` adds
    them) and their number (int64); with the largest start, -1 when there is no n-gram."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.chunk_sums(cleaned, weights, stride, p, mix, shift, *salts)


def word_keys(data: bytes) -> frozenset[str]:
    """The key of every word of ASCII ``data`` (a word is a maximal run of ``[0-9A-Za-z_]``; its key is its
    first four characters, the whole word if shorter)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.word_keys(data)  # type: ignore[no-any-return]


def word_index(data: bytes) -> tuple[bytes, bytes, bytes]:
    """Where the words of ASCII ``data`` start, for every string of one to four characters that begins a
    word: an open-addressing table (``codes``: native uint64 per slot, the string's bytes plus its length
    times 2**32, 0 when empty; ``bounds``: per slot, start and end of its run in ``offsets``; ``offsets``:
    native int64 word starts, increasing within each run). A string's home slot is
    ``((code * 0x9E3779B97F4A7C15) mod 2**64) >> 17`` masked to the table, then the following slots."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.word_index(data)  # type: ignore[no-any-return]


def payload_runs(text: str) -> tuple[list[tuple[int, int]], ...]:
    """The (start, end) of every match of the text normaliser's base64, base32, hex and base85 run regexes
    in ``text`` (``purpose_immune_engine.normalize``'s ``_B64_RUN``, ``_B32_RUN``, ``_HEX_RUN`` and
    ``_B85_RUN``: ASCII classes only, so any str), four lists in that order, each as the regex's
    ``finditer`` gives them (character offsets)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.payload_runs(text)  # type: ignore[no-any-return]


def unleet(data: bytes) -> bytes:
    """ASCII ``data`` with every leetspeak word read back (the normaliser's ``_LEET_TOKEN`` substitution:
    each maximal run of ``[A-Za-z0-9_@$!|+]`` of 2 to 40 characters holding a lower-case letter and one of
    ``[0-9@$!|+]`` has its digits and symbols replaced by the letters they stand for)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.unleet(data)  # type: ignore[no-any-return]


def text_hints(text: str) -> int:
    """Which of five of the normaliser's regexes match ``text``, one bit each: 1 ``_HEX_TRIPLE``, 2
    ``_BITS``, 4 ``_MORSE_HINT`` (each: ``search`` finds a match), 8 ``_LEET_HINT`` (``finditer`` finds two),
    16 ``_SPACED`` (``search`` finds a match)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.text_hints(text)  # type: ignore[no-any-return]


def dehyphen(data: bytes) -> tuple[bytes, int]:
    """ASCII ``data`` without each hyphen between two lower-case letters, and how many were dropped (the
    normaliser's ``_WORD_HYPHEN.subn("", ...)``)."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.dehyphen(data)  # type: ignore[no-any-return]


def window_features(found: list[Any], scale: float | None, n_windows: int, n_cues: int) -> list[list[int]]:
    """``purpose_immune_classifier.cues.window_features``: per window (window k covers chunks k and k + 1; a
    position p lies in chunk ``int(p * scale)``, numpy's float64 product truncated), the cues found in it in
    increasing order, then the index of each pair of them (``n_cues`` + the pair's rank in
    ``itertools.combinations(range(n_cues), 2)``). ``found``: per cue, its match positions (an int64 array
    or a list of ints); ``scale`` None: one window, holding every cue with a position."""
    if _speedups is None:
        raise RuntimeError("purpose-immune-native is installed without its compiled module")
    return _speedups.window_features(found, scale, n_windows, n_cues)  # type: ignore[no-any-return]
