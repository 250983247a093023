"""Training the linear model with numpy: class-weighted logistic regression on hashed n-grams.

Kept in the package (it needs nothing but numpy) so the benchmark's leave-one-source-out protocol can
retrain without the held-out source, and ``scripts/train.py`` builds the shipped weights with the same
code. Each text is cut into the windows the model scores at inference (see :mod:`.model`); a benign
text's windows are all benign, an attack's first :data:`MAX_WINDOWS` windows are labelled attack.

The threshold is calibrated on data the weights did not see: the training sources are split into two
groups by source, a model fitted on each group scores the other, and the threshold is the score that keeps
false alarms on those unseen benign texts at ``target_fpr`` (1%).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from purpose_immune_classifier.features import DIM, ngrams
from purpose_immune_classifier.model import STRIDE, WINDOW, LinearModel

MAX_WINDOWS = 4


@dataclass(frozen=True)
class Example:
    text: str
    attack: bool
    source: str


def _design(
    examples: Sequence[Example],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[tuple[str, bool]]]:
    """Rows, columns and values of the window-by-feature matrix, each window's label and its
    (source, label) group."""
    rows, cols, vals, labels = [], [], [], []
    groups: list[tuple[str, bool]] = []
    r = 0
    for ex in examples:
        idx, pos = ngrams(ex.text)
        if len(idx) == 0:
            continue
        if int(pos.max()) < WINDOW:
            selections = [idx]
        else:  # the model's windows: chunks k and k + 1 of STRIDE bytes
            chunk = pos // STRIDE
            last = int(chunk.max())
            selections = [idx[(chunk == k) | (chunk == k + 1)] for k in range(min(last, MAX_WINDOWS))]
        for sel in selections:
            if len(sel) == 0:
                continue
            u, c = np.unique(sel, return_counts=True)
            rows.append(np.full(len(u), r, dtype=np.int64))
            cols.append(u)
            vals.append(c / math.sqrt(len(sel)))
            labels.append(ex.attack)
            groups.append((ex.source, ex.attack))
            r += 1
    return (np.concatenate(rows), np.concatenate(cols), np.concatenate(vals),
            np.array(labels, dtype=bool), groups)  # fmt: skip


def fit_weights(
    examples: Sequence[Example], *, epochs: int = 120, l2: float = 1e-4, lr: float = 0.05, power: float = 0.5
) -> tuple[np.ndarray, float]:
    """Weights and bias by full-batch Adam on the class-balanced, source-weighted logistic loss."""
    rows, cols, vals, y, groups = _design(examples)
    n = len(y)
    # a (source, label) group of n windows weighs n**(1 - power) in total: with power 0.5 a big source
    # counts more than a small one, but not so much that it drowns it
    counts: dict[tuple[str, bool], int] = {}
    for g in groups:
        counts[g] = counts.get(g, 0) + 1
    sw = np.array([counts[g] ** -power for g in groups])
    for label in (True, False):
        mask = y == label
        if mask.any():
            sw[mask] *= 0.5 / sw[mask].sum()
    w = np.zeros(DIM)
    b = 0.0
    m_w, v_w = np.zeros(DIM), np.zeros(DIM)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    yf = y.astype(np.float64)
    for t in range(1, epochs + 1):
        z = b + np.bincount(rows, weights=w[cols] * vals, minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - yf) * sw
        gw = np.bincount(cols, weights=g[rows] * vals, minlength=DIM) + l2 * w
        gb = g.sum()
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (m_w / corr1) / (np.sqrt(v_w / corr2) + eps)
        b -= lr * (m_b / corr1) / (math.sqrt(v_b / corr2) + eps)
    return w.astype(np.float32), float(b)


def calibrate(examples: Sequence[Example], *, target_fpr: float = 0.01) -> float:
    """A threshold from scores on unseen sources: two source groups, each scored by a model of the other."""
    sources = sorted({ex.source for ex in examples})
    groups = [set(sources[0::2]), set(sources[1::2])]
    benign_scores: list[float] = []
    for held in groups:
        train = [ex for ex in examples if ex.source not in held]
        test = [ex for ex in examples if ex.source in held and not ex.attack]
        if not train or not test or len({ex.attack for ex in train}) < 2:
            continue
        w, b = fit_weights(train)
        model = LinearModel(w, b, 0.0, {})
        benign_scores.extend(model.score(ex.text) for ex in test)
    if not benign_scores:
        return 0.0
    scores = np.sort(np.array(benign_scores))
    k = math.floor(len(scores) * (1 - target_fpr))
    return float(scores[min(k, len(scores) - 1)]) + 1e-6


def train(examples: Sequence[Example], *, target_fpr: float = 0.01, card: dict | None = None) -> LinearModel:
    """Fit on every example and calibrate the threshold on unseen sources (see the module docstring)."""
    if len({ex.attack for ex in examples}) < 2:
        raise ValueError("training needs both attack and benign examples")
    threshold = calibrate(examples, target_fpr=target_fpr)
    w, b = fit_weights(examples)
    return LinearModel(w, b, threshold, dict(card or {}))
