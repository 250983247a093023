"""The three MUSE tiers, mapped onto built-in kinds so every other part of the kernel understands them.

strategic  -> failure_pattern (trigger = the dilemma, fix = the guidance)
procedural -> skill_card whose ``when_to_use`` is the index: the task's shape with its values as slots
tool       -> tool_policy (one note per tool and outcome)

The tier is recorded in ``provenance.evidence["tier"]``; the retriever loads each tier its own way.
"""

from __future__ import annotations

OWNER = "muse"
STRATEGIC, PROCEDURAL, TOOL = "strategic", "procedural", "tool"
KIND_OF = {STRATEGIC: "failure_pattern", PROCEDURAL: "skill_card", TOOL: "tool_policy"}


def tier_of(card: object) -> str | None:
    provenance = getattr(card, "provenance", None)
    if getattr(provenance, "optimizer", None) != OWNER:
        return None
    tier = provenance.evidence.get("tier")  # type: ignore[union-attr]
    return str(tier) if tier else None
