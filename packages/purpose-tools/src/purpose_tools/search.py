"""``search_files``: find the lines of the workspace's text files that best match a query, with a citation.

A research agent with no knowledge folder still needs to look things up among the user's files. This
walks the workspace without following symbolic links, reads only regular files under a size limit (the
same confinement idea as :mod:`purpose_tools.files`), ranks lines by how many of the query's words they
contain (rarer words weigh more), and answers with ``[path:line] text`` so the agent can quote its source.
"""

from __future__ import annotations

import math
import os
import re
import stat
import time
from collections import Counter
from typing import Any

from purpose_agent.plugin import ToolResult

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(
    "a an and are as at be by do does for from how i in is it of on or the to was what when where which who "
    "why with".split()
)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if w not in _STOP]


def _stem(word: str) -> str:
    """A crude suffix strip so 'refunds' finds 'refunded'; good enough for ranking lines."""
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class SearchFilesTool:
    """Search the text files inside the workspace for lines matching a query."""

    name = "search_files"
    keywords = ("search", "find", "look", "research", "source", "sources", "papers", "notes", "documents")
    examples: list[dict[str, Any]] = [{"query": "quantum error correction"}]
    timeout_s = 10.0

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        max_bytes: int = 1024 * 1024,
        max_files: int = 2000,
        max_results: int = 5,
    ) -> None:
        self.root = os.path.realpath(os.path.abspath(os.fspath(root)))
        self.max_bytes = max_bytes
        self.max_files = max_files
        self.max_results = max_results
        self.description = (
            "Search the text files of the workspace folder for a few words; returns the best matching "
            "lines as '[path:line] text' so they can be quoted with their source."
        )
        self.parameters: dict[str, Any] = {
            "type": "object",
            "properties": {
                "query": {
                    "type": "string",
                    "description": "words to look for",
                    "minLength": 1,
                    "maxLength": 300,
                }
            },
            "required": ["query"],
            "additionalProperties": False,
        }

    def run(self, **arguments: Any) -> ToolResult:
        started = time.perf_counter()
        query = arguments.get("query")
        if set(arguments) != {"query"} or not isinstance(query, str) or not query.strip():
            return ToolResult(status="invalid_arguments", error="pass one argument 'query' (a few words)")
        terms = {_stem(w) for w in _words(query)}
        if not terms:
            return ToolResult(status="invalid_arguments", error=f"{query!r} has no words to search for")
        if not os.path.isdir(self.root):
            return ToolResult(status="error", error="the workspace folder does not exist yet")
        lines = list(self._lines())
        df: Counter[str] = Counter()
        stems = []
        for _, _, text in lines:
            s = {_stem(w) for w in _words(text)}
            stems.append(s)
            df.update(s & terms)
        scored = []
        for (path, number, text), s in zip(lines, stems, strict=True):
            hit = s & terms
            if hit:
                weight = sum(math.log(1 + len(lines) / df[t]) for t in hit)
                scored.append((-weight, path, number, text))
        scored.sort()
        best = scored[: self.max_results]
        seconds = time.perf_counter() - started
        if not best:
            return ToolResult(output=f"no line of the workspace mentions {query!r}", seconds=seconds)
        output = "\n".join(f"[{path}:{number}] {text.strip()[:300]}" for _, path, number, text in best)
        return ToolResult(output=output, data={"matches": len(scored)}, seconds=seconds)

    def _lines(self) -> Any:
        seen = 0
        for folder, dirs, files in os.walk(self.root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if seen >= self.max_files:
                    return
                path = os.path.join(folder, name)
                try:
                    info = os.lstat(path)
                    if not stat.S_ISREG(info.st_mode) or info.st_size > self.max_bytes:
                        continue
                    with open(path, "rb", opener=_nofollow) as fh:
                        data = fh.read(self.max_bytes + 1)
                except OSError:
                    continue
                if b"\x00" in data:
                    continue
                seen += 1
                rel = os.path.relpath(path, self.root)
                for number, text in enumerate(data.decode("utf-8", "replace").splitlines(), 1):
                    if text.strip():
                        yield rel, number, text


def _nofollow(path: str, flags: int) -> int:
    return os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC)
