"""Fit a JSON schema's grammar to the token budget, so a constrained answer can finish.

A 135M model under a grammar happily writes one string field until ``max_tokens`` runs out; the JSON is
then cut off, required keys are missing, and every retry does the same. Giving each free-text string a
``maxLength`` in the *grammar* (never in validation) leaves room for the rest of the object and the
closing brackets. Strings the caller already bounded (maxLength, enum, const, pattern, format) are left
alone.

llama.cpp unrolls a ``maxLength`` into one nested optional rule per character, and its grammar parser
refuses more than about a thousand (measured: 1,000 compiles, 1,500 does not, and the refusal ends the
process with a segmentation fault). A string whose bound would pass :data:`GRAMMAR_MAX_CHARS` is left
unbounded in the grammar instead; ``max_tokens`` still ends it, and validation still checks the caller's
bound.
"""

from __future__ import annotations

import copy
from typing import Any

#: Characters per token the budget assumes (English text with a small BPE vocabulary).
CHARS_PER_TOKEN = 3
MIN_STRING_CHARS = 24
GRAMMAR_MAX_CHARS = 1000


def _strings(schema: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "string":
            found.append(schema)
        for key in ("properties", "$defs", "definitions"):
            for sub in (schema.get(key) or {}).values():
                found += _strings(sub)
        for key in ("items", "additionalProperties"):
            found += _strings(schema.get(key))
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key) or ():
                found += _strings(sub)
    return found


def _free_strings(schema: Any) -> list[dict[str, Any]]:
    bounded = ("maxLength", "enum", "const", "pattern", "format")
    return [s for s in _strings(schema) if not any(k in s for k in bounded)]


def budget_schema(schema: dict[str, Any], max_tokens: int) -> dict[str, Any]:
    """A copy of ``schema`` whose free strings share the character budget of ``max_tokens``."""
    bounded = copy.deepcopy(schema)
    strings = _free_strings(bounded)
    if strings:
        # Keep half of the budget for keys, numbers, whitespace, punctuation and closing brackets.
        share = (max_tokens * CHARS_PER_TOKEN // 2) // len(strings)
        for node in strings:
            node["maxLength"] = max(MIN_STRING_CHARS, share)
    for node in _strings(bounded):
        if int(node.get("maxLength", 0)) > GRAMMAR_MAX_CHARS:
            del node["maxLength"]
    return bounded
