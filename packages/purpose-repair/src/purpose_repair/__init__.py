"""Structured output for backends that cannot constrain decoding: extract, repair, validate, retry; and
tool calls written as JSON for backends without native tool calling.

Names are imported lazily, so a backend's plugin module stays cheap to load.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_NAMES = (
    "complete_with_schema",
    "copies_schema",
    "extract_json",
    "parse_and_validate",
    "schema_instruction",
    "split_tool_reply",
    "tool_call_schema",
    "tools_instruction",
    "validate",
    "with_instruction",
)

__all__, __getattr__, __dir__ = lazy_exports(
    __name__, {**dict.fromkeys(_NAMES, "purpose_repair.repair"), "standard_schema": "purpose_repair.dialect"}
)
