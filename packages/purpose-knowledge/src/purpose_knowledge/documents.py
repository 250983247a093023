"""Documents as numbered lines, so that every chunk can cite the file and line it came from.

Plain text and Markdown are read as they are. HTML goes through BeautifulSoup with the html5lib tree
builder (a WHATWG parser: it copes with the broken markup real pages have) and keeps each text block's
source line. PDF goes through pypdf, page by page, and lines are numbered within their page. The two
parsers are extras, imported only when such a file is met.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from purpose_agent.plugin import ValidationError

from purpose_knowledge.extras import require

TEXT_SUFFIXES = frozenset(
    {
        ".txt",
        ".text",
        ".md",
        ".markdown",
        ".rst",
        ".csv",
        ".json",
        ".toml",
        ".yaml",
        ".yml",
        ".py",
        ".ini",
        ".cfg",
        ".log",
    }
)
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
#: the distribution whose extras (pdf, html) the parsers are
DIST = "purpose-knowledge"
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES

#: Elements whose text is a block of its own; the innermost such element becomes one line.
_BLOCKS = frozenset(
    {
        "p",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "td",
        "th",
        "dt",
        "dd",
        "blockquote",
        "figcaption",
        "caption",
        "title",
        "div",
        "section",
        "article",
        "summary",
        "address",
    }
)


@dataclass(frozen=True)
class Line:
    number: int
    """1-based line in the file (HTML: the source line the block starts on; PDF: within its page)."""
    text: str
    page: int | None = None


class UnreadableDocument(ValidationError):
    """A file could not be read or parsed; the store reports it and goes on with the others."""


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in PDF_SUFFIXES:
        return "pdf"
    return None


def load_lines(path: Path) -> list[Line]:
    """The file's text as numbered lines; raises :class:`UnreadableDocument` saying why it cannot be."""
    kind = kind_of(path)
    if kind is None:
        raise UnreadableDocument(f"{path}: unsupported file type {path.suffix!r}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if kind == "pdf":
        return _pdf_lines(path, data)
    text = _decode(path, data)
    if kind == "html":
        return _html_lines(text)
    return [Line(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise UnreadableDocument(f"{path}: looks binary (NUL bytes), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None


def _html_lines(text: str) -> list[Line]:
    bs4 = require("bs4", "html", distribution=DIST)
    require("html5lib", "html", distribution=DIST)
    soup = bs4.BeautifulSoup(text, "html5lib")
    for tag in soup(["script", "style", "noscript", "template", "svg"]):
        tag.decompose()
    lines: list[Line] = []
    for tag in soup.find_all(_BLOCKS):
        if tag.find(_BLOCKS) is not None:
            continue  # an outer block: its inner blocks become the lines
        words = " ".join(tag.get_text(" ").split())
        if words:
            lines.append(Line(int(getattr(tag, "sourceline", None) or 1), words))
    lines.sort(key=lambda line: line.number)
    return lines


def _pdf_lines(path: Path, data: bytes) -> list[Line]:
    import io

    pypdf = require("pypdf", "pdf", distribution=DIST)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnreadableDocument(f"{path}: the PDF is encrypted; decrypt it first")
        lines: list[Line] = []
        for page_no, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            lines.extend(
                Line(i, line, page_no) for i, line in enumerate(text.splitlines(), start=1) if line.strip()
            )
    except UnreadableDocument:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise UnreadableDocument(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    return lines
