"""Training the linear model with numpy: class-weighted logistic regression on hashed n-grams.

Kept in the package (it needs nothing but numpy) so the benchmark's leave-one-source-out protocol can
retrain without the held-out source, and ``scripts/train.py`` builds the shipped weights with the same
code. Each text is cut into the windows the model scores at inference (see :mod:`.model`); every window
of a benign text is a benign example (up to :data:`MAX_BENIGN_WINDOWS`: a false alarm can come from any
of them). A long attack usually carries its attack in one or two paragraphs, so labelling all its windows
"attack" would teach the model that story set-ups and filler are attacks: the trainer first fits with
every window of an attack (up to :data:`MAX_ATTACK_WINDOWS`) labelled attack, then keeps only the
:data:`KEEP_ATTACK_WINDOWS` highest-scoring windows of each long attack and fits again (a two-round
multiple-instance scheme: the text is an attack if its best window is).

The thresholds are calibrated on data the weights did not see: the training sources are split into two
groups by source, a model fitted on each group scores the other, and each threshold is the score that keeps
false alarms on those unseen benign texts at ``target_fpr``: one for texts of one window, one for longer
texts (see :func:`calibrate`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from purpose_immune_classifier import cues
from purpose_immune_classifier.features import DIM, ngrams
from purpose_immune_classifier.model import STRIDE, WINDOW, LinearModel, window_cues, windowed

MAX_ATTACK_WINDOWS = 8
KEEP_ATTACK_WINDOWS = 2
MAX_BENIGN_WINDOWS = 8
TARGET_FPR = 0.01
N_WEIGHTS = DIM + cues.N_FEATURES


@dataclass(frozen=True)
class Example:
    text: str
    attack: bool
    source: str


@dataclass
class Design:
    """The window-by-feature matrix (coordinate form), each window's label, (source, label) group and the
    index of the example it came from."""

    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    y: np.ndarray
    groups: list[tuple[str, bool]]
    example: np.ndarray

    def subset(self, keep: np.ndarray) -> Design:
        """Only the windows where ``keep`` is true, renumbered."""
        new_index = np.cumsum(keep) - 1
        mask = keep[self.rows]
        groups = [g for g, k in zip(self.groups, keep, strict=True) if k]
        return Design(new_index[self.rows[mask]], self.cols[mask], self.vals[mask], self.y[keep], groups,
                      self.example[keep])  # fmt: skip


@lru_cache(maxsize=8192)
def _windows(text: str, attack: bool) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """(feature columns, values) of each training window of one text; cached, since the benchmark's
    leave-one-source-out protocol trains on the same texts many times."""
    idx, pos = ngrams(text)
    if len(idx) == 0:
        return ()
    if int(pos.max()) < WINDOW:
        selections = [idx]
        cue_feats = window_cues(text, 1)
    else:  # the model's windows: chunks k and k + 1 of STRIDE bytes
        chunk = pos // STRIDE
        last = int(chunk.max())
        limit = MAX_ATTACK_WINDOWS if attack else MAX_BENIGN_WINDOWS
        cue_feats = window_cues(text, last)[:limit]
        selections = [idx[(chunk == k) | (chunk == k + 1)] for k in range(min(last, limit))]
    out = []
    for sel, feats in zip(selections, cue_feats, strict=True):
        if len(sel) == 0:
            continue
        u, c = np.unique(sel, return_counts=True)
        f = np.array(sorted(set(feats)), dtype=np.int64)
        vals = np.concatenate([c / math.sqrt(len(sel)), np.ones(len(f))]).astype(np.float32)
        out.append((np.concatenate([u, DIM + f]).astype(np.int32), vals))
    return tuple(out)


def _design(examples: Sequence[Example]) -> Design:
    rows, cols, vals, labels, owner = [], [], [], [], []
    groups: list[tuple[str, bool]] = []
    r = 0
    for e, ex in enumerate(examples):
        for c, v in _windows(ex.text, ex.attack):
            rows.append(np.full(len(c), r, dtype=np.int64))
            cols.append(c)
            vals.append(v)
            labels.append(ex.attack)
            groups.append((ex.source, ex.attack))
            owner.append(e)
            r += 1
    return Design(np.concatenate(rows), np.concatenate(cols).astype(np.int64),
                  np.concatenate(vals).astype(np.float64), np.array(labels, dtype=bool), groups,
                  np.array(owner, dtype=np.int64))  # fmt: skip


def _fit(
    d: Design,
    *,
    epochs: int,
    l2: float,
    lr: float,
    power: float,
    start: tuple[np.ndarray, float] | None = None,
) -> tuple[np.ndarray, float]:
    """Weights and bias by full-batch Adam on the class-balanced, source-weighted logistic loss (from
    ``start`` when given)."""
    n = len(d.y)
    # a (source, label) group of n windows weighs n**(1 - power) in total: with power 0.5 a big source
    # counts more than a small one, but not so much that it drowns it
    counts: dict[tuple[str, bool], int] = {}
    for g in d.groups:
        counts[g] = counts.get(g, 0) + 1
    sw = np.array([counts[g] ** -power for g in d.groups])
    for label in (True, False):
        mask = d.y == label
        if mask.any():
            sw[mask] *= 0.5 / sw[mask].sum()
    w, b = (np.zeros(N_WEIGHTS), 0.0) if start is None else (start[0].astype(np.float64), start[1])
    m_w, v_w = np.zeros(N_WEIGHTS), np.zeros(N_WEIGHTS)
    m_b = v_b = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    yf = d.y.astype(np.float64)
    for t in range(1, epochs + 1):
        z = b + np.bincount(d.rows, weights=w[d.cols] * d.vals, minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = (p - yf) * sw
        gw = np.bincount(d.cols, weights=g[d.rows] * d.vals, minlength=N_WEIGHTS) + l2 * w
        gb = g.sum()
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (m_w / corr1) / (np.sqrt(v_w / corr2) + eps)
        b -= lr * (m_b / corr1) / (math.sqrt(v_b / corr2) + eps)
    return w, float(b)


def windows_to_keep(d: Design, w: np.ndarray, b: float) -> np.ndarray:
    """Every benign window, and the :data:`KEEP_ATTACK_WINDOWS` best-scoring windows of each attack."""
    z = b + np.bincount(d.rows, weights=w[d.cols] * d.vals, minlength=len(d.y))
    keep = ~d.y
    for e in np.unique(d.example[d.y]):
        windows = np.flatnonzero(d.y & (d.example == e))
        keep[windows[np.argsort(-z[windows])[:KEEP_ATTACK_WINDOWS]]] = True
    return keep


def fit_weights(
    examples: Sequence[Example], *, epochs: int = 120, l2: float = 1e-4, lr: float = 0.05, power: float = 0.5
) -> tuple[np.ndarray, float]:
    """Two rounds: every window of an attack labelled attack, then only each attack's best windows."""
    d = _design(examples)
    w, b = _fit(d, epochs=epochs, l2=l2, lr=lr, power=power)
    keep = windows_to_keep(d, w, b)
    if not keep.all():  # the second round starts from the first round's weights: a third of the steps
        w, b = _fit(d.subset(keep), epochs=epochs // 3, l2=l2, lr=lr, power=power, start=(w, b))
    return w.astype(np.float32), b


def calibrate(examples: Sequence[Example], *, target_fpr: float = TARGET_FPR) -> tuple[float, float]:
    """Thresholds from scores on unseen sources (two source groups, each scored by a model of the other):
    one for texts of one window, one for longer texts (:func:`~purpose_immune_classifier.model.windowed`),
    each at ``target_fpr`` on its own benign texts. A long text's score is the highest of its windows', so
    one threshold for both let long benign texts through at several times the target (10% of those over
    2,000 characters, leaving one source out) while holding short attacks to a threshold set by long texts."""
    sources = sorted({ex.source for ex in examples})
    groups = [set(sources[0::2]), set(sources[1::2])]
    benign_scores: dict[bool, list[float]] = {False: [], True: []}
    for held in groups:
        train = [ex for ex in examples if ex.source not in held]
        test = [ex for ex in examples if ex.source in held and not ex.attack]
        if not train or not test or len({ex.attack for ex in train}) < 2:
            continue
        w, b = fit_weights(train)
        model = LinearModel(w, b, 0.0, {})
        for ex in test:
            benign_scores[windowed(ex.text)].append(model.score(ex.text))
    short = _quantile(benign_scores[False], target_fpr)
    long = _quantile(benign_scores[True], target_fpr)
    either = short if short is not None else long if long is not None else 0.0
    return (either if short is None else short), (either if long is None else long)


def _quantile(scores: list[float], target_fpr: float) -> float | None:
    """The lowest threshold that flags at most ``target_fpr`` of ``scores`` (None: no scores)."""
    if not scores:
        return None
    ordered = np.sort(np.array(scores))
    k = math.floor(len(ordered) * (1 - target_fpr))
    return float(ordered[min(k, len(ordered) - 1)]) + 1e-6


def train(
    examples: Sequence[Example], *, target_fpr: float = TARGET_FPR, card: dict | None = None
) -> LinearModel:
    """Fit on every example and calibrate the threshold on unseen sources (see the module docstring)."""
    if len({ex.attack for ex in examples}) < 2:
        raise ValueError("training needs both attack and benign examples")
    threshold, threshold_long = calibrate(examples, target_fpr=target_fpr)
    w, b = fit_weights(examples)
    return LinearModel(w, b, threshold, dict(card or {}), threshold_long)
