"""Hashed word and character n-grams of a text, computed with a handful of numpy passes.

Why hashing: no vocabulary to ship or keep in step with the weights, and a fixed-size weight vector. Why
numpy: the cost is a few vector operations over the text whatever its length, with no Python loop over
characters or words, so scoring stays linear in length and cheap on a 100 KB document.

The text is lower-cased and read as UTF-8 bytes; every ASCII character that is not a letter or digit
becomes a space and runs of spaces become one (other bytes are kept: accented and non-Latin letters are
word characters). Features, each with its start position so a long text can be scored window by window:

* character 3-, 4- and 5-grams, packed exactly into one integer (5 bytes fit in 40 bits) and hashed;
* word 1- and 2-grams, hashed with a polynomial hash read from one prefix sum (modulo 2**64: uint64
  arithmetic wraps exactly as the formula needs).

The same function serves training and inference, so the two cannot drift apart. When the optional
``purpose-immune-native`` distribution is installed, :func:`clean_bytes` and :func:`ngram_buckets` run its C
loop instead of the numpy passes (the same integers; ``PURPOSE_IMMUNE_NATIVE=0`` keeps numpy, for A/B runs
and the equivalence tests).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np

BITS = 18
DIM = 1 << BITS
CHAR_ORDERS = (3, 4, 5)
_P = 1099511628211  # FNV prime: odd, so invertible modulo 2**64
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(64 - BITS)
_SALTS = {name: np.uint64((i + 1) * 0x632BE59BD9B4E019 % (1 << 64)) for i, name in
          enumerate(["c3", "c4", "c5", "w1", "w2"])}  # fmt: skip
_TABLE = np.array(
    [c if (48 <= c <= 57 or 97 <= c <= 122 or c >= 128) else 32 for c in range(256)], dtype=np.uint8
)
_SALT_ARGS = tuple(int(_SALTS[k]) for k in ("c3", "c4", "c5", "w1", "w2"))


def _load_native() -> Any:
    """The compiled module of ``purpose-immune-native`` when it is installed and loads, else None."""
    if os.environ.get("PURPOSE_IMMUNE_NATIVE", "1") == "0":
        return None
    try:
        from purpose_immune_native import _speedups
    except ImportError:
        return None
    return _speedups


_native: Any = _load_native()


def set_native(enabled: bool) -> bool:
    """Use the C loops (when installed) or the numpy passes; returns whether the C loops are now used
    (for A/B timing and the equivalence tests)."""
    global _native
    _native = _load_native() if enabled else None
    return _native is not None


_pow = np.ones(1, dtype=np.uint64)
_inv = np.ones(1, dtype=np.uint64)


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**k and P**-k for k < n (kept and grown, so a scan pays for them once)."""
    global _pow, _inv
    if len(_pow) < n:
        size = max(n, 2 * len(_pow), 4096)
        with np.errstate(over="ignore"):
            pw = np.empty(size, dtype=np.uint64)
            pw[0] = 1
            pw[1:] = np.cumprod(np.full(size - 1, _P, dtype=np.uint64), dtype=np.uint64)
            inv = np.empty(size, dtype=np.uint64)
            inv[0] = 1
            inv[1:] = np.cumprod(np.full(size - 1, pow(_P, -1, 1 << 64), dtype=np.uint64), dtype=np.uint64)
        _pow, _inv = pw, inv
    return _pow[:n], _inv[:n]


def clean_bytes(text: str) -> np.ndarray:
    """The lower-cased text as UTF-8 bytes, non-alphanumeric ASCII as single spaces, a space each side."""
    raw_bytes = b" " + text.lower().encode("utf-8", "replace") + b" "
    if _native is not None:
        return np.frombuffer(_native.clean(raw_bytes), dtype=np.uint8)
    raw = np.frombuffer(raw_bytes, dtype=np.uint8)
    b = _TABLE[raw]
    space = b == 32
    keep = np.ones(len(b), dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    return b[keep]


def ngrams(text: str, *, cleaned: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(bucket index, start position in the cleaned bytes) of every n-gram of ``text`` (``cleaned``: its
    :func:`clean_bytes`, when the caller has them already)."""
    b8 = clean_bytes(text) if cleaned is None else cleaned
    n = len(b8)
    if n < 3:
        return np.zeros(0, np.intp), np.zeros(0, np.intp)
    idx = ngram_buckets(b8)
    pos: list[np.ndarray] = [np.arange(n - order + 1) for order in CHAR_ORDERS if n - order + 1 >= 1]
    spaces = np.flatnonzero(b8 == 32)
    if len(spaces) >= 2:
        pos.append(spaces[:-1] + 1)
        if len(spaces) >= 3:
            pos.append(spaces[:-2] + 1)
    return idx, np.concatenate(pos)


def ngram_buckets(b8: np.ndarray) -> np.ndarray:
    """The bucket indexes of :func:`ngrams` alone, in the same order, from the cleaned bytes (at least
    three): a text of one window needs no positions, and a short text is mostly fixed per-call cost.

    Each kind of n-gram is salted on its own and all of them are then hashed together (one multiply, one
    shift, one conversion for the lot: the same values as hashing each kind apart, a third of the numpy
    calls, which is most of the cost on a short text)."""
    if _native is not None:
        # the C loop writes native int64, which is numpy's intp on the 64-bit platforms it builds for
        out = _native.buckets(b8.tobytes(), _P, int(_MIX), int(_SHIFT), *_SALT_ARGS)
        return np.frombuffer(out, dtype=np.int64).astype(np.intp, copy=False)
    n = len(b8)
    b = b8.astype(np.uint64)
    salted: list[np.ndarray] = []
    packed = b  # packed[i] holds the bytes b[i : i + order], one byte per 8 bits
    for order in range(2, max(CHAR_ORDERS) + 1):
        m = n - order + 1
        if m < 1:
            break
        packed = (packed[:m] << np.uint64(8)) | b[order - 1 : order - 1 + m]
        if order in CHAR_ORDERS:
            salted.append(packed ^ _SALTS[f"c{order}"])
    spaces = np.flatnonzero(b8 == 32)
    if len(spaces) >= 2:
        pw, inv = _powers(n + 1)
        prefix = np.zeros(n + 1, dtype=np.uint64)
        prefix[1:] = np.cumsum(b * pw[:n], dtype=np.uint64)
        ws, we = spaces[:-1] + 1, spaces[1:]
        # hash of b[s:e] = (prefix[e] - prefix[s]) * P**-s: the same for the same word anywhere
        w1 = (prefix[we] - prefix[ws]) * inv[ws]
        salted.append(w1 ^ _SALTS["w1"])
        if len(ws) >= 2:
            w2 = (prefix[we[1:]] - prefix[ws[:-1]]) * inv[ws[:-1]]
            salted.append(w2 ^ _SALTS["w2"])
    # uint64 array arithmetic wraps modulo 2**64 silently (no overflow check for integer arrays)
    return ((np.concatenate(salted) * _MIX) >> _SHIFT).astype(np.intp)


def chunk_sums(b8: np.ndarray, weights: np.ndarray, stride: int) -> tuple[np.ndarray, np.ndarray, int] | None:
    """With the C loops: per chunk of ``stride`` cleaned bytes, the sum of ``weights[bucket]`` over the
    n-grams of :func:`ngrams` that start there and their count (what ``np.bincount(pos // stride,
    weights=weights[idx])`` and ``np.bincount(pos // stride)`` give, the same floats: float64 sums added in
    the same order), and the last n-gram's start. None without the C loops, or for weights that are not a
    contiguous float32 vector of at least :data:`DIM` (the caller then runs the numpy formulas): a long
    text otherwise pays for an index and a position array of five entries per byte."""
    if _native is None or weights.dtype != np.float32 or not weights.flags.c_contiguous or len(weights) < DIM:
        return None
    sums, counts, last = _native.chunk_sums(
        b8.tobytes(), weights, stride, _P, int(_MIX), int(_SHIFT), *_SALT_ARGS
    )
    return np.frombuffer(sums, dtype=np.float64), np.frombuffer(counts, dtype=np.int64), last
