"""The learned detector as a scanner: one vote beside the rule detectors.

It scores the engine's normalised views of the text (the main one plus every decoded or de-obfuscated
reading, so a base64 or leetspeak payload is scored as plain words) and reports one
``classifier.injection`` threat when the highest view's score passes the calibrated threshold (one for a
text of one window, one for a longer text: :mod:`.train`). Rule
detectors and this one vote independently: any detector's threat fails the scan (core's fail-closed
rule), and each can be switched off on its own (``PURPOSE_AGENT_DISABLED_PLUGINS=immune-classifier``).
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Severity, Threat
from purpose_immune_engine import onepass
from purpose_immune_engine.item import ScanItem, prepare
from purpose_immune_engine.redact import redact_text

from purpose_immune_classifier import cues
from purpose_immune_classifier.model import LinearModel, cue_finder, shipped_model

MAX_VIEWS = 8
EVIDENCE_CHARS = 120


class ClassifierScanner:
    """Hashed n-gram linear model; flags a text whose score is at or above the model's threshold."""

    name = "immune-classifier"
    categories = ("classifier.injection",)

    def __init__(self, model: LinearModel | None = None, *, threshold: float | None = None) -> None:
        self._model = model
        self._threshold = threshold
        self._cues: onepass.KeySelection | None = None
        if onepass.available():
            self._register()
            cue_finder()  # created now, so that onepass.warm() compiles its automaton too

    def _register(self) -> onepass.KeySelection:
        """The structural cues' ids in the one-pass automaton (lower-case views), registered at
        construction so the automaton built at the first scan covers them."""
        if self._cues is None:
            patterns = [p for _, p in cues._COMPILED]
            ids = onepass.ONE_PASS.register(patterns, [False] * len(patterns))
            self._cues = onepass.KeySelection(range(len(ids)), ids)
        return self._cues

    def possible_cues(self, item: ScanItem) -> dict[str, frozenset[int]]:
        """Per lower-case view of ``item``: the indexes of the cues that can match it, from the one-pass
        automaton the rule detectors also use (one scan of each view serves all of them). Empty when the
        automaton is not ready; a text not among the views is then scored with every cue."""
        if not onepass.available():
            return {}
        selection = self._cues or self._register()
        found = onepass.hits(item, cased=False)
        if found is None or found[0].count <= selection.need:
            return {}
        select = selection.select
        return {view: select(hits) for view, hits in zip(item.views, found[1], strict=True)}

    @property
    def model(self) -> LinearModel:
        if self._model is None:
            self._model = shipped_model()
        return self._model

    @property
    def threshold(self) -> float:
        """The threshold for a text of one window (the one given to the constructor holds for every text)."""
        return self.model.threshold if self._threshold is None else self._threshold

    def _lowest_threshold(self) -> float:
        if self._threshold is not None:
            return self._threshold
        return min(self.model.thresholds)

    def threshold_for(self, item: Any) -> float:
        """The threshold ``item``'s score is held to: the model's for its length (one window or more, see
        :meth:`LinearModel.threshold_for <purpose_immune_classifier.model.LinearModel.threshold_for>`),
        or the one given to the constructor."""
        if self._threshold is not None:
            return self._threshold
        return self.model.threshold_for(prepare(item).text)

    def score(self, item: Any) -> float:
        """The highest score over the main normalised view and every decoded payload (base64, hex, ...).

        The other views (letters re-joined, leetspeak and rot13 read back, reversed text) are readings of
        the whole text made for the rules; they are scored only when the normaliser saw that disguise, so an
        ordinary text costs one scoring pass."""
        prepared = prepare(item)
        texts = [prepared.text, *(d.text.lower() for d in prepared.decoded)]
        if prepared.signals - {"hidden_chars", "homoglyphs", "bidi"} and len(prepared.views) > 1:
            texts.extend(prepared.views[1:])
        possible = self.possible_cues(prepared)
        return max(self.model.score(t, possible.get(t)) for t in dict.fromkeys(texts[:MAX_VIEWS]))

    def scan(self, item: Any) -> list[Threat]:
        prepared = prepare(item)
        score = self.score(prepared)
        if score < self._lowest_threshold():  # most texts: no need to measure the length
            return []
        threshold = self.threshold_for(prepared)
        if score < threshold:
            return []
        return [
            Threat(
                scanner=self.name,
                category="classifier.injection",
                severity=Severity.HIGH,
                message=f"learned detector: score {score:.2f} at or above threshold {threshold:.2f}",
                evidence=redact_text(prepared.clean[:EVIDENCE_CHARS]),
            )
        ]
