"""Chunks of consecutive lines with overlap, each knowing the lines (and page) it spans.

Chunks are cut at line boundaries, never inside a line, so a citation ``file:12-18`` shows whole lines.
Overlap repeats the last lines of a chunk at the start of the next, so a passage that straddles a cut is
still found whole in one of them. A single line longer than the chunk size is split into pieces that all
cite that line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from purpose_knowledge.documents import Line


@dataclass(frozen=True)
class Chunk:
    text: str
    line_start: int
    line_end: int
    page: int | None = None


def chunk_lines(lines: Sequence[Line], *, size: int = 800, overlap: int = 160) -> list[Chunk]:
    """Group ``lines`` into chunks of about ``size`` characters; consecutive chunks share ``overlap``."""
    if size <= 0 or not 0 <= overlap < size:
        raise ValueError("chunk size must be positive and overlap in [0, size)")
    out: list[Chunk] = []
    pages: dict[int | None, list[Line]] = {}
    for line in lines:  # never let a chunk span two PDF pages: the citation names one page
        pages.setdefault(line.page, []).append(line)
    for page, page_lines in pages.items():
        out.extend(_chunk_page(_split_long(page_lines, size), size, overlap, page))
    return out


def _split_long(lines: Sequence[Line], size: int) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        while len(text) > size:
            cut = text.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            out.append(Line(line.number, text[:cut].strip(), line.page))
            text = text[cut:].strip()
        if text:
            out.append(Line(line.number, text, line.page))
    return out


def _chunk_page(lines: Sequence[Line], size: int, overlap: int, page: int | None) -> list[Chunk]:
    chunks: list[Chunk] = []
    start = 0
    while start < len(lines):
        end, length = start, 0
        while end < len(lines) and (end == start or length + len(lines[end].text) + 1 <= size):
            length += len(lines[end].text) + 1
            end += 1
        window = lines[start:end]
        chunks.append(Chunk("\n".join(x.text for x in window), window[0].number, window[-1].number, page))
        if end >= len(lines):
            break
        # step back over whole lines worth at most ``overlap`` characters, but always move forward
        back, kept = end, 0
        while back - 1 > start and kept + len(lines[back - 1].text) + 1 <= overlap:
            back -= 1
            kept += len(lines[back].text) + 1
        start = back
    return chunks
