"""The prompt compiler: budget held with the real count, diverse selection, concrete memories first."""

from __future__ import annotations

import pytest
from purpose_agent.compiler import compile_prompt
from purpose_agent.errors import BudgetExceededError
from purpose_agent.llm.protocol import Message, ToolSpec
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import builtin_catalog

CATALOG = builtin_catalog()


def words(text: str) -> int:
    return len(text.split())


def chars(text: str) -> int:  # a second tokenizer with different boundaries
    return (len(text) + 3) // 4


def card(kind: str, content: str, cid: str, **fields: object) -> MemoryCard:
    return MemoryCard.create(kinds=CATALOG, id=cid, kind=kind, content=content, fields=fields)


CALC = ToolSpec(
    name="calculator",
    description="evaluate arithmetic",
    parameters={
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    },
)
SKILL = card(
    "skill_card",
    "multiply two numbers",
    "skill",
    name="multiply",
    slots=["a", "b"],
    steps=[{"tool": "calculator", "arguments": {"expression": "{a} * {b}"}}],
)
CASE = card(
    "episodic_case",
    "solved product",
    "case",
    task="what is 12 times 11",
    answer="132",
    actions=[{"tool": "calculator", "arguments": {"expression": "12*11"}, "result": "132"}],
)
ADVICE = card("failure_pattern", "do not guess products of big numbers", "advice", fix="use the calculator")


def test_sections_put_procedures_and_examples_first_and_record_shown_ids() -> None:
    out = compile_prompt(
        task="what is 23 times 47",
        purpose="Answer arithmetic exactly",
        tools=[CALC],
        memories=[(ADVICE, 3.0), (CASE, 2.0), (SKILL, 1.0)],
        count_tokens=words,
        budget=400,
        kinds=CATALOG,
    )
    system = out.messages[0].content
    assert system.startswith("# Purpose\nAnswer arithmetic exactly")
    assert (
        system.index("# Procedures that worked")
        < system.index("# Solved examples")
        < system.index("# Known pitfalls")
        < system.index("# Tools")
    )
    assert '1. call calculator {"expression": "{a} * {b}"}' in system
    assert "- calculator(expression: string): evaluate arithmetic" in system
    assert out.shown_ids == ["skill", "case", "advice"] and out.dropped == {}
    assert [m.role for m in out.messages] == ["system", "user"]
    assert out.total_tokens <= 400 and out.tokens["memories"] > 0 and out.tokens["tools"] > 0


@pytest.mark.parametrize("count", [words, chars])
@pytest.mark.parametrize("budget", [60, 90, 140, 400])
def test_budget_holds_for_the_given_tokenizer(count, budget: int) -> None:  # type: ignore[no-untyped-def]
    memories = [
        (card("failure_pattern", f"pitfall number {i} about topic {i} " * 3, f"m{i}"), 10.0 - i)
        for i in range(10)
    ]
    history = [Message(role="assistant" if i % 2 else "user", content=f"turn {i} " * 5) for i in range(8)]
    out = compile_prompt(
        task="solve the task",
        purpose="be exact",
        memories=memories,
        history=history,
        count_tokens=count,
        budget=budget,
        kinds=CATALOG,
    )
    real = sum(count(m.content) for m in out.messages) + 4 * len(out.messages)
    assert real == out.total_tokens <= budget
    assert set(out.shown_ids) | set(out.dropped) == {f"m{i}" for i in range(10)}
    assert not set(out.shown_ids) & set(out.dropped)
    kept = out.messages[2:]
    assert kept == history[len(history) - len(kept) :]  # newest history kept, contiguous


def test_near_duplicates_are_not_shown_twice() -> None:
    a = card("failure_pattern", "never divide by zero in the calculator", "a")
    b = card("failure_pattern", "never divide by zero in the calculator!", "b")
    c = card("tool_policy", "round money to two decimals", "c")
    out = compile_prompt(
        task="t", memories=[(a, 1.0), (b, 0.99), (c, 0.5)], count_tokens=words, budget=300, kinds=CATALOG
    )
    assert set(out.shown_ids) == {"a", "c"}
    assert out.dropped == {"b": "redundant"}


def test_fixed_parts_over_budget_raise_a_clear_error() -> None:
    with pytest.raises(BudgetExceededError, match="prompt budget of 5"):
        compile_prompt(task="a long task " * 5, count_tokens=words, budget=5, kinds=CATALOG)


def test_purpose_contract_card_becomes_the_purpose_and_tool_results_are_not_orphaned() -> None:
    contract = card(
        "purpose_contract",
        "help with maths",
        "pc",
        purpose="Help with maths",
        constraints=["never invent numbers"],
    )
    history = [
        Message(role="assistant", content="CALL calculator " + "x " * 30),
        Message(role="tool", content="42 " * 30, tool_call_id="c1"),
        Message(role="assistant", content="the answer is 42"),
    ]
    out = compile_prompt(
        task="t", memories=[(contract, 1.0)], history=history, count_tokens=words, budget=60, kinds=CATALOG
    )
    assert out.messages[0].content.startswith("# Purpose\nHelp with maths")
    assert "Never: never invent numbers" in out.messages[0].content
    assert out.shown_ids == []
    assert [m.role for m in out.messages[2:]] == ["assistant"]
