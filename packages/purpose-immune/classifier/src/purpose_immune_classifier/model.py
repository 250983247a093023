"""The linear model: weights per hashed n-gram, scored per window, and the thresholds it was calibrated at.

A text of up to :data:`WINDOW` bytes is scored whole; a longer one window by window (``WINDOW`` bytes every
``STRIDE``: window k is chunks k and k + 1 of ``STRIDE`` bytes) and its score is the highest window's, so
one injected paragraph in a long document is not averaged away. A window's score is
``bias + sum(weights[ngrams]) / sqrt(number of n-grams) + sum(cue_weights[cues in the window])``: the
n-gram part has the length normalisation the trainer used, the structural cues (:mod:`.cues`: one weight
per cue and per pair of cues found in the window) count once each whatever the window's length. Window
sums come from per-chunk sums, so scoring is linear in the text's length.
"""

from __future__ import annotations

import json
import math
from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from importlib import resources
from io import BytesIO
from typing import Any

import numpy as np

from purpose_immune_classifier import cues
from purpose_immune_classifier.features import DIM, chunk_sums, clean_bytes, ngram_buckets, ngrams

WINDOW = 1024
STRIDE = 512
WEIGHTS_FILE = "weights.npz"


_NONE = np.zeros(0, dtype=np.intp)
_SOME = np.zeros(1, dtype=np.intp)


_FINDER: list[Any] = []


def cue_finder() -> Any:
    """The engine's :class:`~purpose_immune_engine.spans.SpanFinder` for the cues (None without the
    accelerator): the exact ``finditer`` starts of every cue from one automaton scan of a long text."""
    from purpose_immune_engine.spans import lazy_finder

    return lazy_finder(_FINDER, "cues", [p for _, p in cues._COMPILED])


def cue_positions(text: str, n_windows: int, possible: Container[int] | None = None) -> list[np.ndarray]:
    """:func:`cues.positions`, skipping work that cannot change a window's features.

    ``possible``: the cue indexes that can match ``text`` (from the one-pass automaton, see
    :meth:`ClassifierScanner.score <purpose_immune_classifier.scanner.ClassifierScanner.score>`); the
    others are known to have no match and are not run. A text of one window needs only whether each cue
    occurs (``search`` stops at the first match) and gets a one-element stand-in for its positions. A
    longer one gets every match's start, from :func:`cue_finder` when it can answer (the same starts as
    ``finditer``, see :mod:`purpose_immune_engine.spans`)."""
    compiled = cues._COMPILED
    n = len(compiled)
    if possible is None:
        run: list[int] = list(range(n))
    elif isinstance(possible, (set, frozenset)):
        run = sorted(possible.intersection(range(n)))  # the same indexes as testing each, in C
    else:
        run = [c for c in range(n) if c in possible]
    one = n_windows <= 1
    fast: dict[int, list[int] | None] = {}
    if not one and run:
        finder = cue_finder()
        if finder is not None and len(finder.patterns) == n:
            fast = dict(zip(run, finder.starts(text, run), strict=True))
    out: list[np.ndarray] = [_NONE] * n  # a cue that cannot match has no positions
    for c in run:
        pattern = compiled[c][1]
        if one:
            out[c] = _NONE if pattern.search(text) is None else _SOME
        else:
            known = fast.get(c)
            if known is not None:
                out[c] = np.array(known, dtype=np.intp)
            else:
                out[c] = np.fromiter((m.start() for m in pattern.finditer(text)), dtype=np.intp)
    return out


def window_cues(
    text: str, n_windows: int, possible: Container[int] | None = None, n_bytes: int | None = None
) -> list[list[int]]:
    """The structural cue features of each window of ``text`` (``possible``: see :func:`cue_positions`;
    ``n_bytes``: the length of its :func:`clean_bytes`, when the caller has them already)."""
    found = cue_positions(text, n_windows, possible)
    if n_windows <= 1:
        return cues.window_features(found, None, 1)
    if n_bytes is None:
        n_bytes = len(clean_bytes(text))
    return cues.window_features(found, n_bytes / max(len(text), 1) / STRIDE, n_windows)


def windowed(text: str) -> bool:
    """Whether ``text`` is scored window by window (longer than one :data:`WINDOW`): its score is then the
    highest of several windows', which runs higher on an ordinary text the more windows it has, so it is
    held to its own threshold (:attr:`LinearModel.threshold_long`)."""
    if 4 * len(text) - 2 < WINDOW:  # a character is at most four bytes: one window, without cleaning
        return False
    return len(clean_bytes(text)) - 2 >= WINDOW


@dataclass(frozen=True)
class LinearModel:
    """``weights`` holds :data:`DIM` n-gram weights followed by :data:`cues.N_FEATURES` cue weights.
    ``threshold`` is for a text of one window, ``threshold_long`` for a longer one (None: the same)."""

    weights: np.ndarray
    bias: float
    threshold: float
    card: dict[str, Any]
    threshold_long: float | None = None

    @property
    def thresholds(self) -> tuple[float, float]:
        """(one window, longer): :attr:`threshold_long` is :attr:`threshold` where the model has none."""
        return self.threshold, self.threshold if self.threshold_long is None else self.threshold_long

    def threshold_for(self, text: str) -> float:
        """The threshold ``text``'s score is held to: the longer texts' for a text of more than one window
        (:func:`windowed`, measured only when the two differ), :attr:`threshold` for the others."""
        short, long = self.thresholds
        return long if long != short and windowed(text) else short

    def window_scores(self, text: str, possible_cues: Container[int] | None = None) -> np.ndarray:
        """The logit of each window; ``possible_cues``: the cues that can match (None: all, see
        :func:`cue_positions`), which changes the work done, never the scores."""
        scores = self._scores(text, possible_cues)
        return scores if isinstance(scores, np.ndarray) else np.array([scores])

    def score(self, text: str, possible_cues: Container[int] | None = None) -> float:
        """The highest window's logit (above :attr:`threshold` means an attack). A text of one window
        gets its logit as a float, never wrapped in an array (the wrapping and ``max`` cost more than the
        rest of a short text's scoring): the same number :meth:`window_scores` holds."""
        scores = self._scores(text, possible_cues)
        return float(scores.max()) if isinstance(scores, np.ndarray) else float(scores)

    def _scores(self, text: str, possible_cues: Container[int] | None) -> float | np.ndarray:
        """The one window's logit as a number, or every window's as an array."""
        cleaned = clean_bytes(text)
        n = len(cleaned)
        if n < 3:
            return self.bias
        # the last n-gram starts at n - 3 or n - 2 (a one-letter last word): below WINDOW, one window,
        # whose score needs no positions
        if n - 2 < WINDOW:
            return self._one_window(self.weights[ngram_buckets(cleaned)], text, possible_cues)
        fast = chunk_sums(cleaned, self.weights, STRIDE)
        if fast is not None and fast[2] >= WINDOW:  # the C loops: more than one window
            sums, counts, _ = fast
        else:
            idx, pos = ngrams(text, cleaned=cleaned)
            contrib = self.weights[idx]
            if int(pos.max()) < WINDOW:
                return self._one_window(contrib, text, possible_cues)
            # window k covers chunks k and k + 1 (STRIDE bytes each): per-chunk sums, no sort
            chunk = pos // STRIDE
            sums = np.bincount(chunk, weights=contrib)
            counts = np.bincount(chunk)
        cue_w = self.weights[DIM:]
        win_sums = sums[:-1] + sums[1:]
        win_counts = np.maximum(counts[:-1] + counts[1:], 1)
        feats_per_window = window_cues(text, len(win_sums), possible_cues, n)
        # windows with the same cues have the same sum: computed once per distinct list (a long text's
        # hundreds of windows hold a handful), the same float32 numpy sum as before
        summed: dict[tuple[int, ...], float] = {}
        cue_sums = np.array([
            summed[key] if (key := tuple(f)) in summed else summed.setdefault(key, float(cue_w[f].sum()))
            for f in feats_per_window
        ])  # fmt: skip
        return self.bias + win_sums / np.sqrt(win_counts) + cue_sums  # type: ignore[no-any-return]

    def _one_window(self, contrib: np.ndarray, text: str, possible_cues: Container[int] | None) -> float:
        """The logit of a text of one window, from its n-grams' weights (``contrib``). No cue found adds
        0.0, what the float32 sum of no weights gives, without the numpy call."""
        (feats,) = window_cues(text, 1, possible_cues)
        cue = float(self.weights[DIM:][feats].sum()) if feats else 0.0
        return self.bias + float(contrib.sum(dtype=np.float64)) / math.sqrt(len(contrib)) + cue

    def save(self, path: Any) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.array([self.bias]),
            threshold=np.array([self.threshold]),
            threshold_long=np.array([self.thresholds[1]]),
            card=np.frombuffer(json.dumps(self.card).encode(), dtype=np.uint8),
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearModel:
        with np.load(BytesIO(data)) as z:
            weights = z["weights"].astype(np.float32)
            if weights.shape != (DIM + cues.N_FEATURES,):
                raise ValueError(f"weights have shape {weights.shape}, expected ({DIM + cues.N_FEATURES},)")
            return cls(
                weights=weights,
                bias=float(z["bias"][0]),
                threshold=float(z["threshold"][0]),
                threshold_long=float(z["threshold_long"][0]) if "threshold_long" in z.files else None,
                card=json.loads(bytes(z["card"]).decode()),
            )


@cache
def shipped_model() -> LinearModel:
    """The model trained on the development sources, shipped inside this package (never downloaded)."""
    data = (resources.files("purpose_immune_classifier") / "data" / WEIGHTS_FILE).read_bytes()
    return LinearModel.from_bytes(data)
