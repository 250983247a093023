"""The normalised item every engine-based detector scans, built once per scan and shared.

Core hands each scanner a plain :class:`purpose_agent.immune.scan.ScanItem` (bounded text and card
information). :func:`prepare` turns it into this richer item (normalised views, decodings, obfuscation
signals, word indexes) and keeps the result in the core item's ``memo``, so however many detectors run, the
text is normalised once. It also records the signals and decodings there for the scan's details.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from purpose_agent.plugin import CARD_FIELDS, read_card

from purpose_immune_engine.anchors import grams
from purpose_immune_engine.normalize import MAX_SCAN_CHARS, Decoded, normalize
from purpose_immune_engine.prefixes import ViewIndex

MEMO_KEY = "purpose_immune_engine.item"
_CARD_DEFAULTS: dict[str, Any] = {
    "kind": None,
    "tool_names": (),
    "is_global": None,
    "origin": None,
    "card": None,
}


@dataclass(frozen=True)
class ScanItem:
    """The text, its normalised views and what is known of the card."""

    raw: str
    clean: str
    text: str
    views: tuple[str, ...]
    cased_views: tuple[str, ...]
    decoded: tuple[Decoded, ...] = ()
    signals: frozenset[str] = frozenset()
    truncated: bool = False
    kind: str | None = None
    tool_names: tuple[str, ...] = ()
    is_global: bool | None = None
    origin: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    card: Any = None
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __str__(self) -> str:
        return self.raw

    @cached_property
    def view_grams(self) -> tuple[frozenset[str], ...]:
        """Three-character substrings of each lower-case view, computed once for every rule scanner."""
        return tuple(grams(v) for v in self.views)

    @cached_property
    def cased_grams(self) -> tuple[frozenset[str], ...]:
        return tuple(grams(v) for v in self.cased_views)

    @cached_property
    def view_index(self) -> tuple[ViewIndex, ...]:
        """Word-start index of each lower-case view, shared by every rule scanner."""
        return tuple(ViewIndex(v) for v in self.views)

    @cached_property
    def cased_index(self) -> tuple[ViewIndex, ...]:
        return tuple(ViewIndex(v) for v in self.cased_views)

    @classmethod
    def from_text(
        cls,
        text: str | bytes,
        *,
        max_chars: int = MAX_SCAN_CHARS,
        memo: dict[str, Any] | None = None,
        truncated: bool = False,
        **card_info: Any,
    ) -> ScanItem:
        n = normalize(text, max_chars=max_chars)
        if card_info.keys() - CARD_FIELDS:
            raise TypeError(f"unknown card fields: {sorted(card_info.keys() - CARD_FIELDS)}")
        # One item is built per scan: filling the frozen instance's __dict__ directly skips the dataclass
        # __init__'s one object.__setattr__ per field (a third of the cost of a short scan's setup).
        item = object.__new__(cls)
        values = item.__dict__
        values.update(_CARD_DEFAULTS)
        values["fields"] = {}
        values.update(
            raw=n.raw,
            clean=n.clean,
            text=n.text,
            views=n.views,
            cased_views=n.cased_views,
            decoded=n.decoded,
            signals=n.signals,
            truncated=n.truncated or truncated,
        )
        values.update(card_info)
        memo = {} if memo is None else memo
        memo[MEMO_KEY] = item
        memo["signals"] = n.signals
        memo["decoded"] = [d.encoding for d in n.decoded]
        values["memo"] = memo
        return item

    @classmethod
    def from_card(cls, card: Any, *, max_chars: int = MAX_SCAN_CHARS) -> ScanItem:
        """A memory card (anything with ``text_for_scan()``), a mapping from a JSONL file, or text."""
        text, info = read_card(card)
        return cls.from_text(text, max_chars=max_chars, **info)

    @property
    def card_fields(self) -> Mapping[str, Any]:
        return self.fields


def prepare(item: Any) -> ScanItem:
    """The engine's item for whatever a scanner was handed: this item itself, the one already built for a
    core item (kept in its ``memo``), or a new one (text, a mapping or a card)."""
    if type(item) is ScanItem:
        return item
    memo = getattr(item, "memo", None)
    if isinstance(memo, dict):
        done = memo.get(MEMO_KEY)
        if done is not None:
            return done  # type: ignore[no-any-return]
        return ScanItem.from_text(
            item.raw,
            max_chars=len(item.raw) + 1,  # already bounded by core, which says whether it cut
            memo=memo,
            truncated=bool(getattr(item, "truncated", False)),
            kind=item.kind,
            tool_names=item.tool_names,
            is_global=item.is_global,
            origin=item.origin,
            fields=item.fields,
            card=item.card,
        )
    return ScanItem.from_card(item)

