"""The linear model: weights per hashed n-gram, scored per window, and the threshold it was calibrated at.

A text of up to :data:`WINDOW` bytes is scored whole; a longer one window by window (``WINDOW`` bytes every
``STRIDE``: window k is chunks k and k + 1 of ``STRIDE`` bytes) and its score is the highest window's, so
one injected paragraph in a long document is not averaged away. A window's score is
``bias + sum(weights[ngrams]) / sqrt(number of n-grams)``, the same length normalisation the trainer used;
window sums come from per-chunk sums, so scoring is linear in the text's length.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from io import BytesIO
from typing import Any

import numpy as np

from purpose_immune_classifier.features import DIM, ngrams

WINDOW = 1024
STRIDE = 512
WEIGHTS_FILE = "weights.npz"


@dataclass(frozen=True)
class LinearModel:
    weights: np.ndarray
    bias: float
    threshold: float
    card: dict[str, Any]

    def window_scores(self, text: str) -> np.ndarray:
        idx, pos = ngrams(text)
        if len(idx) == 0:
            return np.array([self.bias])
        contrib = self.weights[idx]
        if int(pos.max()) < WINDOW:
            return np.array([self.bias + float(contrib.sum(dtype=np.float64)) / math.sqrt(len(contrib))])
        # window k covers chunks k and k + 1 (STRIDE bytes each): per-chunk sums, no sort
        chunk = pos // STRIDE
        sums = np.bincount(chunk, weights=contrib)
        counts = np.bincount(chunk)
        win_sums = sums[:-1] + sums[1:]
        win_counts = np.maximum(counts[:-1] + counts[1:], 1)
        return self.bias + win_sums / np.sqrt(win_counts)
    def score(self, text: str) -> float:
        """The highest window's logit (above :attr:`threshold` means an attack)."""
        return float(self.window_scores(text).max())

    def save(self, path: Any) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=np.array([self.bias]),
            threshold=np.array([self.threshold]),
            card=np.frombuffer(json.dumps(self.card).encode(), dtype=np.uint8),
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearModel:
        with np.load(BytesIO(data)) as z:
            weights = z["weights"].astype(np.float32)
            if weights.shape != (DIM,):
                raise ValueError(f"weights have shape {weights.shape}, expected ({DIM},)")
            return cls(
                weights=weights,
                bias=float(z["bias"][0]),
                threshold=float(z["threshold"][0]),
                card=json.loads(bytes(z["card"]).decode()),
            )


@cache
def shipped_model() -> LinearModel:
    """The model trained on the development sources, shipped inside this package (never downloaded)."""
    data = (resources.files("purpose_immune_classifier") / "data" / WEIGHTS_FILE).read_bytes()
    return LinearModel.from_bytes(data)
