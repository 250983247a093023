"""Fit a JSON schema's grammar to the token budget, so a constrained answer can finish.

A 135M model under a grammar happily writes one string field until ``max_tokens`` runs out; the JSON is
then cut off, required keys are missing, and every retry does the same. Giving each free-text string a
``maxLength`` in the *grammar* (never in validation) leaves room for the rest of the object and the
closing brackets. Strings the caller already bounded (maxLength, enum, const, pattern, format) are left
alone.
"""

from __future__ import annotations

import copy
from typing import Any

#: Characters per token the budget assumes (English text with a small BPE vocabulary).
CHARS_PER_TOKEN = 3
MIN_STRING_CHARS = 24


def _free_strings(schema: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "string" and not any(
            k in schema for k in ("maxLength", "enum", "const", "pattern", "format")
        ):
            found.append(schema)
        for key in ("properties", "$defs", "definitions"):
            for sub in (schema.get(key) or {}).values():
                found += _free_strings(sub)
        for key in ("items", "additionalProperties"):
            found += _free_strings(schema.get(key))
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key) or ():
                found += _free_strings(sub)
    return found


def budget_schema(schema: dict[str, Any], max_tokens: int) -> dict[str, Any]:
    """A copy of ``schema`` whose free strings share the character budget of ``max_tokens``."""
    bounded = copy.deepcopy(schema)
    strings = _free_strings(bounded)
    if not strings:
        return bounded
    # Keep half of the budget for keys, numbers, whitespace, punctuation and closing brackets.
    share = (max_tokens * CHARS_PER_TOKEN // 2) // len(strings)
    for node in strings:
        node["maxLength"] = max(MIN_STRING_CHARS, share)
    return bounded
