"""Pick the few tools relevant to a task when many are installed (the TinyAgent tool-retrieval pattern).

A small model loses track of long tool lists: every extra spec costs prompt tokens and invites a wrong
call. Lexical overlap between the task and each tool's name, description and optional ``keywords`` is
enough to shortlist, needs no model, and is deterministic, so the same task always sees the same tools.
Terms are weighted by rarity across the installed tools, so a word every description shares ("file",
"tool") counts for little.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

_STOPWORDS = frozenset(
    "a an and are as at be by can do does for from how i in is it its me my of on or please run the "
    "this to use using what which with you your tool tools".split()
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*|\d+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "ed", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    """Lower-case stemmed words of ``text``; ``read_file`` and ``ReadFile`` both give ``read``, ``file``."""
    words = _WORD.findall(_CAMEL.sub(" ", text.replace("_", " ").replace("-", " ")))
    return [_stem(w.lower()) for w in words if w.lower() not in _STOPWORDS and not w.isdigit()]


def _document(tool: Any) -> dict[str, float]:
    """Term weights of one tool: name words count double, declared keywords and description once."""
    weights: dict[str, float] = {}
    keywords = getattr(tool, "keywords", ()) or ()
    for term in terms(" ".join(keywords)) + terms(getattr(tool, "description", "")):
        weights[term] = max(weights.get(term, 0.0), 1.0)
    for term in terms(getattr(tool, "name", "")):
        weights[term] = 2.0
    return weights


def rank_tools(task: str, tools: Sequence[Any]) -> list[tuple[float, Any]]:
    """Every tool with its relevance score for ``task``, best first (ties keep installation order)."""
    docs = [_document(t) for t in tools]
    count = len(docs)
    frequency: dict[str, int] = {}
    for doc in docs:
        for term in doc:
            frequency[term] = frequency.get(term, 0) + 1
    wanted = set(terms(task))
    scored = []
    for index, (tool, doc) in enumerate(zip(tools, docs, strict=True)):
        score = sum(
            weight * (1.0 + math.log((1 + count) / (1 + frequency[term])))
            for term, weight in doc.items()
            if term in wanted
        )
        scored.append((score, index, tool))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(score, tool) for score, _, tool in scored]


def select_tools(
    task: str, tools: Sequence[Any], k: int = 3, always: Iterable[str] = (), min_score: float = 0.0
) -> list[Any]:
    """At most ``k`` tools relevant to ``task`` plus those named in ``always``, in ranked order.

    When no tool shares a word with the task the result holds only ``always``: offering a small model
    unrelated tools does more harm than offering none.
    """
    keep = set(always)
    chosen = [tool for tool in tools if getattr(tool, "name", None) in keep]
    picked = 0
    for score, tool in rank_tools(task, tools):
        if picked >= k:
            break
        if score <= min_score:
            break
        if tool in chosen:
            continue
        chosen.append(tool)
        picked += 1
    return chosen
