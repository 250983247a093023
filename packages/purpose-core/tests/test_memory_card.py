"""Memory cards, scopes and the lifecycle: validation that names the bad field."""

from __future__ import annotations

import pydantic
import pytest
from purpose_agent.errors import InvalidTransitionError, ValidationError
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.memory.kinds import MAX_CONTENT_CHARS, MemoryKind, builtin_catalog
from purpose_agent.memory.status import TRANSITIONS, MemoryStatus, check_transition

CATALOG = builtin_catalog()

SKILL = {
    "kind": "skill_card",
    "content": "Multiply two numbers with the calculator",
    "fields": {
        "name": "multiply",
        "slots": ["a", "b"],
        "steps": [{"tool": "calculator", "arguments": {"expression": "{a} * {b}"}}],
        "final_answer": "{result}",
    },
    "scope": {"tool_names": ["calculator"]},
}


def test_seven_builtin_kinds() -> None:
    assert sorted(CATALOG.names()) == sorted(k.value for k in MemoryKind)
    assert (
        CATALOG.weight("skill_card")
        > CATALOG.weight("failure_pattern")
        > CATALOG.weight("critic_calibration")
    )


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"kind": "wisdom"}, "kind"),
        ({"content": "x" * (MAX_CONTENT_CHARS + 1)}, "content"),
        ({"content": "   "}, "content"),
        ({"scope": {"global": True, "agent": "a1"}}, "global"),
        ({"scope": {"team": ""}}, "scope.team"),
        ({"scope": {"tool_names": "calculator"}}, "scope.tool_names"),
        ({"trust": 1.5}, "trust"),
        ({"id": "has space"}, "id"),
        ({"fields": {"steps": [{"tool": "calculator", "arguments": {"x": "{zz}"}}], "slots": []}}, "slot"),
        ({"fields": {"unknown": 1}}, "fields.unknown"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_bad_cards_are_refused_naming_the_field(override: dict, field: str) -> None:
    with pytest.raises(ValidationError, match=field) as info:
        MemoryCard.create(kinds=CATALOG, **{**SKILL, **override})
    assert "memory card" in str(info.value)


def test_constructor_raises_pydantic_error_for_unknown_kind() -> None:
    with pytest.raises(pydantic.ValidationError, match="registered kinds"):
        MemoryCard(kind="wisdom", content="x")


def test_kind_limit_is_stricter_than_the_global_limit() -> None:
    with pytest.raises(ValidationError, match="user_preference"):
        MemoryCard.create(kinds=CATALOG, kind="user_preference", content="y" * 2500)


def test_fields_are_normalized_and_scanned_text_includes_them() -> None:
    card = MemoryCard.create(kinds=CATALOG, **SKILL)
    assert card.fields["steps"][0]["note"] == ""
    text = card.text_for_scan()
    assert text.startswith(SKILL["content"])
    assert "steps.0.tool: calculator" in text and "steps.0.arguments.expression: {a} * {b}" in text
    assert "calculator" in card.search_text()


def test_scope_defaults_to_global_and_matches_contexts() -> None:
    assert MemoryScope().is_global and MemoryScope().model_dump()["global"] is True
    team = MemoryScope(team="math", tool_names=["python", "calculator", "python"])
    assert team.tool_names == ("calculator", "python") and not team.is_global
    assert team.applies_to(MemoryScope(team="math", tool_names=("calculator",)))
    assert not team.applies_to(MemoryScope(team="math"))
    assert not team.applies_to(MemoryScope(team="finance", tool_names=("calculator",)))
    assert MemoryScope().applies_to(MemoryScope(team="anything"))


def test_only_lifecycle_edges_are_legal() -> None:
    legal = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert legal == {
        (MemoryStatus.CANDIDATE, MemoryStatus.QUARANTINED),
        (MemoryStatus.QUARANTINED, MemoryStatus.PROMOTED),
        (MemoryStatus.PROMOTED, MemoryStatus.ARCHIVED),
        (MemoryStatus.ARCHIVED, MemoryStatus.PROMOTED),
        (MemoryStatus.CANDIDATE, MemoryStatus.REJECTED),
        (MemoryStatus.QUARANTINED, MemoryStatus.REJECTED),
    }
    for a in MemoryStatus:
        for b in MemoryStatus:
            if (a, b) in legal:
                check_transition("m", a, b)
            else:
                with pytest.raises(InvalidTransitionError, match=f"from {a.value} to {b.value}"):
                    check_transition("m", a, b)
    with pytest.raises(InvalidTransitionError, match="unknown memory status"):
        check_transition("m", "candidate", "promotd")


def test_every_builtin_kind_formats_a_card() -> None:
    examples = {
        "purpose_contract": {"purpose": "answer maths questions", "success_criteria": ["exact answer"]},
        "user_preference": {"strength": "must"},
        "skill_card": SKILL["fields"],
        "episodic_case": {
            "task": "what is 6 times 7",
            "answer": "42",
            "actions": [{"tool": "calculator", "arguments": {"expression": "6*7"}, "result": "42"}],
        },
        "failure_pattern": {"trigger": "big numbers", "fix": "use the calculator"},
        "critic_calibration": {"criterion": "exactness", "example": "41 for 6*7", "expected_score": 0.0},
        "tool_policy": {"tool": "calculator", "rule": "prefer", "example_arguments": {"expression": "2+2"}},
    }
    for kind, fields in examples.items():
        card = MemoryCard.create(kinds=CATALOG, kind=kind, content=f"a {kind} card", fields=fields)
        text = CATALOG.get(kind).format(card)
        assert text.strip()
    case = MemoryCard.create(
        kinds=CATALOG, kind="episodic_case", content="x", fields=examples["episodic_case"]
    )
    assert 'Call: calculator {"expression": "6*7"} -> 42' in CATALOG.get("episodic_case").format(case)
    skill = MemoryCard.create(kinds=CATALOG, **SKILL)
    assert '1. call calculator {"expression": "{a} * {b}"}' in CATALOG.get("skill_card").format(skill)
