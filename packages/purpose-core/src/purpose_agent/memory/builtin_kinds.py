"""The seven built-in kinds, registered by the ``core-memory-kinds`` plugin.

Retrieval weights favour what a small model copies well: procedures and solved cases first, tool rules
next, prose advice after. Critic calibrations are for the judge, so they rank low in actor prompts.
"""

from __future__ import annotations

from purpose_agent.memory import formatting, schemas
from purpose_agent.memory.kinds import MemoryKind, MemoryKindSpec

BUILTIN_KINDS: tuple[MemoryKindSpec, ...] = (
    MemoryKindSpec(
        name=MemoryKind.PURPOSE_CONTRACT.value,
        schema=schemas.PurposeContractFields,
        formatter=formatting.format_purpose_contract,
        retrieval_weight=1.0,
        description="the user's stated purpose, success criteria and hard constraints",
        section="Purpose",
        prompt_order=0,
        max_content_chars=4000,
    ),
    MemoryKindSpec(
        name=MemoryKind.SKILL_CARD.value,
        schema=schemas.SkillCardFields,
        formatter=formatting.format_skill_card,
        retrieval_weight=1.3,
        description="a procedure: tool-call steps with slots that can be replayed",
        section="Procedures that worked",
        prompt_order=10,
    ),
    MemoryKindSpec(
        name=MemoryKind.EPISODIC_CASE.value,
        schema=schemas.EpisodicCaseFields,
        formatter=formatting.format_episodic_case,
        retrieval_weight=1.25,
        description="a solved (or failed) episode: task, tool calls and answer",
        section="Solved examples",
        prompt_order=20,
    ),
    MemoryKindSpec(
        name=MemoryKind.TOOL_POLICY.value,
        schema=schemas.ToolPolicyFields,
        formatter=formatting.format_tool_policy,
        retrieval_weight=1.15,
        description="when and how to use (or not use) a tool",
        section="Tool rules",
        prompt_order=30,
    ),
    MemoryKindSpec(
        name=MemoryKind.USER_PREFERENCE.value,
        schema=schemas.UserPreferenceFields,
        formatter=formatting.format_user_preference,
        retrieval_weight=1.1,
        description="something the user asked for once and wants always",
        section="User preferences",
        prompt_order=40,
        max_content_chars=2000,
    ),
    MemoryKindSpec(
        name=MemoryKind.FAILURE_PATTERN.value,
        schema=schemas.FailurePatternFields,
        formatter=formatting.format_failure_pattern,
        retrieval_weight=1.0,
        description="a mistake seen before, what triggers it and the fix",
        section="Known pitfalls",
        prompt_order=50,
    ),
    MemoryKindSpec(
        name=MemoryKind.CRITIC_CALIBRATION.value,
        schema=schemas.CriticCalibrationFields,
        formatter=formatting.format_critic_calibration,
        retrieval_weight=0.6,
        description="an anchored example that keeps the judge's scores honest",
        section="Scoring calibration",
        prompt_order=60,
    ),
)
