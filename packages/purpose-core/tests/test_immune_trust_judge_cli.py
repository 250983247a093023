"""Trust rules (``purpose scan`` is tested in purpose-cli-extras, the LLM-judge scanner with the engine)."""

from __future__ import annotations

import pytest
from purpose_agent.immune.trust import LOW_TRUST, initial_trust, promotion_allowed
from purpose_agent.memory.card import MemoryCard, Provenance


def _card(kind: str, origin: str | None, **fields: object) -> MemoryCard:
    evidence = {"origin": origin} if origin else {}
    return MemoryCard(
        kind=kind,
        content="use the calculator for arithmetic",
        fields=dict(fields),
        provenance=Provenance(evidence=evidence),
    )


@pytest.mark.parametrize("origin", ["tool_output", "retrieved_document"])
def test_untrusted_origins_start_low(origin: str) -> None:
    assert initial_trust(origin) == LOW_TRUST
    assert initial_trust("user") > initial_trust(None) > LOW_TRUST


@pytest.mark.parametrize("kind", ["critic_calibration", "tool_policy"])
def test_guarded_kinds_from_untrusted_origins_need_evidence_or_a_human(kind: str) -> None:
    card = _card(kind, "tool_output", **({"tool": "calculator"} if kind == "tool_policy" else {}))
    allowed, reason = promotion_allowed(card, has_replay_evidence=False, human_approved=False)
    assert not allowed and "replay evidence" in reason
    assert promotion_allowed(card, has_replay_evidence=True, human_approved=False)[0]
    assert promotion_allowed(card, has_replay_evidence=False, human_approved=True)[0]


def test_other_kinds_and_trusted_origins_are_not_blocked() -> None:
    assert promotion_allowed(
        _card("skill_card", "tool_output"), has_replay_evidence=False, human_approved=False
    )[0]
    assert promotion_allowed(
        _card("tool_policy", "user", tool="calculator"), has_replay_evidence=False, human_approved=False
    )[0]
    # promoting a low-trust card into a guarded kind is checked against the target kind
    assert not promotion_allowed(
        _card("episodic_case", "retrieved_document"),
        has_replay_evidence=False,
        human_approved=False,
        target_kind="tool_policy",
    )[0]
