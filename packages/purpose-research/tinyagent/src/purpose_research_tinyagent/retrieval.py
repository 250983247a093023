"""Tool retrieval: only the few tools a request needs enter a small model's prompt.

Erdogan et al. 2024 (TinyAgent) train a small classifier that picks the tools a request needs, so the
prompt of a 1B model holds a handful of tool specs instead of all of them. No training here: the toolbox's
lexical ranker (:func:`purpose_team.tools.select.rank_tools`, rarity-weighted word overlap with the
tool's name, description and keywords) picks first, and the remaining slots are filled by character
trigram similarity, which still matches when the words differ in form ("divided" / "divide",
"driving" / "drive") and the lexical ranker scores zero.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from purpose_agent.plugin import rank_tools, terms


def _trigrams(text: str) -> Counter[str]:
    out: Counter[str] = Counter()
    for word in terms(text):
        padded = f" {word} "
        out.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return out


def _tool_text(tool: Any) -> str:
    keywords = " ".join(getattr(tool, "keywords", ()) or ())
    return f"{getattr(tool, 'name', '')} {getattr(tool, 'description', '')} {keywords}"


def trigram_rank(task: str, tools: Sequence[Any]) -> list[tuple[float, Any]]:
    """Cosine similarity of character-trigram profiles, weighted by rarity across the tools."""
    docs = [_trigrams(_tool_text(t)) for t in tools]
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)

    def weigh(profile: Counter[str]) -> dict[str, float]:
        return {g: c * math.log((1 + n) / (1 + df.get(g, 0))) for g, c in profile.items()}

    query = weigh(_trigrams(task))
    q_norm = math.sqrt(sum(v * v for v in query.values())) or 1.0
    scored = []
    for index, (tool, doc) in enumerate(zip(tools, docs, strict=True)):
        weights = weigh(doc)
        d_norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        dot = sum(v * weights.get(g, 0.0) for g, v in query.items())
        scored.append((dot / (q_norm * d_norm), index, tool))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(score, tool) for score, _, tool in scored]


def retrieve(task: str, tools: Sequence[Any], k: int = 5, always: Iterable[str] = ()) -> list[Any]:
    """At most ``k`` tools for ``task`` (plus those named in ``always``): lexical first, trigram fill."""
    keep = set(always)
    chosen = [t for t in tools if getattr(t, "name", None) in keep]
    picked: list[Any] = []
    for score, tool in rank_tools(task, tools):
        if len(picked) >= k or score <= 0.0:
            break
        if tool not in chosen:
            picked.append(tool)
    if len(picked) < k:
        for score, tool in trigram_rank(task, tools):
            if len(picked) >= k or score <= 0.0:
                break
            if tool not in chosen and tool not in picked:
                picked.append(tool)
    if not chosen and not picked:
        # Nothing in the task names a tool ("What is 82 * 93?" shares no word or trigram with the
        # calculator's description): offering none would leave the planner unable to act at all, so the
        # first ``k`` installed tools are offered, as the paper's retriever always returns its top k.
        picked = list(tools)[:k]
    return chosen + picked


_SENTENCE = re.compile(r"(?<=[.!?])\s")


def compact_line(spec: Any) -> str:
    """One short line per tool: name(params with types), first sentence of the description.

    TinyAgent keeps specs short because every token of a small model's context counts; parameter
    descriptions and long prose are what is cut.
    """
    props = (getattr(spec, "parameters", {}) or {}).get("properties", {}) or {}
    params = ", ".join(f"{k}: {v.get('type', 'string')}" for k, v in props.items())
    description = _SENTENCE.split(str(getattr(spec, "description", "")).strip(), maxsplit=1)[0][:100]
    return f"- {spec.name}({params}): {description}"
