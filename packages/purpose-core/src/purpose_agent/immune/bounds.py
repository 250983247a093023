"""How much of a text is scanned: any input as a str, and the head and tail of an oversized one.

Core needs these to build a :class:`~purpose_agent.immune.scan.ScanItem` and to flag an oversized text
without any detector installed; the detector engine (purpose-immune-engine) uses the same two functions,
so a detector and core always agree on which characters were scanned.
"""

from __future__ import annotations

import re

MAX_SCAN_CHARS = 200_000
_SURROGATES = re.compile("[\ud800-\udfff]")


def to_text(data: str | bytes | bytearray | memoryview) -> str:
    """Any input as a str: bytes are read as UTF-8 with invalid sequences replaced, lone surrogates too."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data).decode("utf-8", errors="replace")
    if not isinstance(data, str):
        return str(data)
    if not data.isascii() and _SURROGATES.search(data):
        return data.encode("utf-8", errors="replace").decode("utf-8", errors="replace")
    return data


def bound(text: str, limit: int = MAX_SCAN_CHARS) -> tuple[str, bool]:
    """Head and tail of an oversized text (an attacker pads before or after the payload)."""
    if len(text) <= limit:
        return text, False
    half = limit // 2
    return text[:half] + "\n" + text[-half:], True
