"""How each built-in kind reads inside a prompt.

Formats are short and concrete: a solved case shows the task, the exact tool calls and the answer; a
procedure shows numbered calls with JSON arguments a model can copy verbatim. Prose advice comes last and
stays one line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.memory.card import MemoryCard


def _call(step: dict[str, Any]) -> str:
    args = json.dumps(step.get("arguments") or {}, ensure_ascii=False, separators=(", ", ": "))
    return f"{step.get('tool', '?')} {args}"


def format_purpose_contract(card: MemoryCard) -> str:
    f = card.fields
    lines = [f.get("purpose") or card.content]
    if f.get("purpose") and card.content.strip() != f["purpose"].strip():
        lines.append(card.content)
    if f.get("success_criteria"):
        lines.append("Success means: " + "; ".join(f["success_criteria"]))
    if f.get("constraints"):
        lines.append("Never: " + "; ".join(f["constraints"]))
    return "\n".join(lines)


def format_user_preference(card: MemoryCard) -> str:
    f = card.fields
    prefix = "MUST" if f.get("strength") == "must" else "Prefer"
    where = f" (for {f['applies_to']})" if f.get("applies_to") else ""
    return f"- {prefix}{where}: {card.content}"


def format_skill_card(card: MemoryCard) -> str:
    f = card.fields
    title = f.get("name") or card.content.splitlines()[0]
    lines = [f"Procedure: {title}"]
    if f.get("when_to_use"):
        lines.append(f"Use when: {f['when_to_use']}")
    if f.get("name") and card.content.strip() != title.strip():
        lines.append(card.content)
    for i, step in enumerate(f.get("steps") or (), start=1):
        note = f"  # {step['note']}" if step.get("note") else ""
        lines.append(f"{i}. call {_call(step)}{note}")
    if f.get("final_answer"):
        lines.append(f"Then answer: {f['final_answer']}")
    return "\n".join(lines)


def format_demonstrations(demonstrations: list[dict[str, Any]]) -> str:
    """Worked examples as a small model copies them: the request, the call with its JSON arguments, the
    answer. They were solved with other tools; what carries over is the pattern (call the offered tool
    that fits, with the request's own values, then answer with its result)."""
    lines = ["Worked examples (other tools, same steps):"]
    for demo in demonstrations:
        lines.append(f"Request: {demo.get('task', '')}")
        for step in demo.get("actions") or ():
            result = f" -> {step['result']}" if step.get("result") else ""
            lines.append(f"Call: {_call(step)}{result}")
        if demo.get("answer"):
            lines.append(f"Answer: {demo['answer']}")
    return "\n".join(lines)


def format_episodic_case(card: MemoryCard) -> str:
    f = card.fields
    if f.get("demonstrations") and not f.get("task"):
        return format_demonstrations(list(f["demonstrations"]))
    label = {"success": "Solved example", "failure": "Failed example", "partial": "Partly solved example"}
    lines = [f"{label.get(f.get('outcome', 'success'), 'Example')}:"]
    lines.append(f"Task: {f.get('task') or card.content}")
    for step in f.get("actions") or ():
        result = f" -> {step['result']}" if step.get("result") else ""
        lines.append(f"Call: {_call(step)}{result}")
    if f.get("answer"):
        lines.append(f"Answer: {f['answer']}")
    if f.get("task") and card.content.strip() != f["task"].strip():
        lines.append(f"Lesson: {card.content}")
    return "\n".join(lines)


def format_failure_pattern(card: MemoryCard) -> str:
    f = card.fields
    parts = [f"- Pitfall: {card.content}"]
    if f.get("trigger"):
        parts.append(f"when {f['trigger']}")
    if f.get("fix"):
        parts.append(f"fix: {f['fix']}")
    return "; ".join(parts)


def format_critic_calibration(card: MemoryCard) -> str:
    f = card.fields
    line = f"- Judge {f.get('criterion') or 'answers'}: {card.content}"
    if f.get("example"):
        line += f"\n  Example: {f['example']}"
    if f.get("expected_score") is not None:
        line += f" => score {f['expected_score']:.2f}"
    return line


def format_tool_policy(card: MemoryCard) -> str:
    f = card.fields
    tool = f.get("tool") or ", ".join(card.scope.tool_names) or "tools"
    rule = (f.get("rule") or "how_to").replace("_", " ")
    line = f"- {tool} ({rule}): {card.content}"
    if f.get("when"):
        line += f" When: {f['when']}."
    if f.get("example_arguments"):
        line += f" Example: {tool} {json.dumps(f['example_arguments'], ensure_ascii=False)}"
    return line
