"""Text helpers shared by the card, the store and the compiler.

``tokenize`` mirrors SQLite FTS5's ``unicode61 remove_diacritics 2`` tokenizer closely enough for term
statistics and overlap measures: case-folded runs of letters and digits, accents removed. It is used for
heuristics (which query terms are rare, how similar two memories are), never to decide a match, so a
rare disagreement with the real tokenizer costs ranking quality, not correctness.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_WORD = re.compile(r"[^\W_]+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens, accents removed, in order (duplicates kept)."""
    return _WORD.findall(_strip_accents(text).casefold())


def token_set(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def flatten_fields(value: Any, prefix: str = "") -> Iterable[str]:
    """Yield ``path: value`` lines for every leaf of nested structured fields.

    Keys are included so a scanner sees ``arguments.command: rm -rf /`` rather than a bare value, and so
    lexical retrieval can match on field names such as a tool's name.
    """
    if isinstance(value, Mapping):
        for key, sub in value.items():
            yield from flatten_fields(sub, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list | tuple):
        for i, sub in enumerate(value):
            yield from flatten_fields(sub, f"{prefix}.{i}" if prefix else str(i))
    elif value is None or value == "":
        return
    else:
        yield f"{prefix}: {value}" if prefix else str(value)
