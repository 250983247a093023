"""Two versions of a card side by side: aligned content lines and a table of changed fields."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from itertools import zip_longest
from typing import Any


@dataclass
class Row:
    tag: str
    """equal, replace, delete (only on the left) or insert (only on the right)."""
    left: str | None
    right: str | None


def side_by_side(old: str, new: str) -> list[Row]:
    a, b = old.splitlines() or [""], new.splitlines() or [""]
    rows: list[Row] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag == "equal":
            rows += [Row("equal", x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True)]
        else:
            for x, y in zip_longest(a[i1:i2], b[j1:j2]):
                rows.append(
                    Row(
                        "replace"
                        if x is not None and y is not None
                        else ("delete" if y is None else "insert"),
                        x,
                        y,
                    )
                )
    return rows


def field_rows(changes: dict[str, tuple[Any, Any]]) -> list[tuple[str, str, str]]:
    """Changed fields other than content, values as compact JSON a reviewer can compare."""
    out = []
    for key, (old, new) in changes.items():
        if key == "content":
            continue
        out.append((key, _text(old), _text(new)))
    return out


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
