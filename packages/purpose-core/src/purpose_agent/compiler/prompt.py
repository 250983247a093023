"""The prompt compiler: purpose, memories, tools, task and history packed inside a token budget.

Counting uses the backend's own tokenizer (``count_tokens``), and the final messages are re-counted as
assembled, so the budget holds for the model that will read them, not for an estimate. What was shown is
recorded (``shown_ids``) so utility can be credited after the episode is judged; what was left out, and
why, is recorded too (``dropped``).

Order inside the system message follows what small models learn from: procedures and solved examples
first (copyable tool calls), then tool rules and preferences, then prose advice.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.compiler.select import Candidate, make_candidates, select_diverse
from purpose_agent.errors import BudgetExceededError
from purpose_agent.llm.protocol import Message, ToolSpec
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import KindCatalog, MemoryKind, default_catalog

CountTokens = Callable[[str], int]


@dataclass
class CompiledPrompt:
    messages: list[Message]
    shown_ids: list[str]
    dropped: dict[str, str] = field(default_factory=dict)
    """Memory id -> why it is not in the prompt (``budget`` or ``redundant``)."""
    tokens: dict[str, int] = field(default_factory=dict)
    """Tokens per section: purpose, memories, tools, task, history, overhead."""
    total_tokens: int = 0
    budget: int = 0
    history_dropped: int = 0

    @property
    def dropped_ids(self) -> list[str]:
        return list(self.dropped)


#: Longest parameter description kept in the prompt (the schema itself constrains the decoding).
PARAM_NOTE_CHARS = 60


def _param_type(p: Any) -> str:
    """A parameter's type as a small model can read it: enums spelled out, list item types named."""
    if not isinstance(p, dict):
        return "any"
    if p.get("enum"):
        return "|".join(json.dumps(v) for v in p["enum"][:12])
    kind = p.get("type", "any")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind)
    if kind == "array":
        return f"list of {_param_type(p.get('items', {}))}"
    return str(kind)


def _tool_line(spec: ToolSpec) -> str:
    """``- name(arg: type, opt?: "a"|"b"): description; arg: what it is`` -- every offered schema shown
    with its enums, optional marks and short parameter notes, since the model fills the arguments from
    this text and the request (schema-constrained decoding alone cannot choose the values)."""
    params = spec.parameters if isinstance(spec.parameters, dict) else {}
    props: dict[str, Any] = params.get("properties", {}) or {}
    required = set(params.get("required", [])) if "required" in params else set(props)
    args = ", ".join(f"{n}{'' if n in required else '?'}: {_param_type(p)}" for n, p in props.items())
    notes = [
        f"{n}: {str(p['description'])[:PARAM_NOTE_CHARS]}"
        for n, p in props.items()
        if isinstance(p, dict) and p.get("description")
    ]
    line = f"- {spec.name}({args})"
    if spec.description:
        line += f": {spec.description}"
    if notes:
        line += f" ({'; '.join(notes)})"
    return line


def render_tools(tools: Sequence[ToolSpec]) -> str:
    if not tools:
        return ""
    return "# Tools\nCall a tool with its name and JSON arguments.\n" + "\n".join(
        _tool_line(t) for t in tools
    )


def render_purpose(purpose: str | MemoryCard | None, catalog: KindCatalog) -> str:
    if purpose is None:
        return ""
    text = purpose if isinstance(purpose, str) else _format(purpose, catalog)
    return f"# Purpose\n{text.strip()}"


def _format(card: MemoryCard, catalog: KindCatalog) -> str:
    if card.kind in catalog:
        return catalog.get(card.kind).format(card)
    return card.content


def _sections(chosen: list[tuple[MemoryCard, str]], catalog: KindCatalog) -> str:
    groups: dict[tuple[int, str], list[str]] = {}
    for card, text in chosen:
        spec = catalog.get(card.kind) if card.kind in catalog else None
        key = (spec.prompt_order, spec.section) if spec else (99, "Notes")
        groups.setdefault(key, []).append(text)
    parts = [f"# {title}\n" + "\n".join(texts) for (_, title), texts in sorted(groups.items())]
    return "\n\n".join(parts)


def _history_suffix(history: Sequence[Message], budget: int, count: CountTokens, overhead: int) -> int:
    """How many of the newest history messages fit; never starts on an orphaned tool result."""
    used, n = 0, 0
    for message in reversed(history):
        cost = count(message.content) + overhead
        if used + cost > budget:
            break
        used += cost
        n += 1
    while n and history[len(history) - n].role == "tool":
        n -= 1
    return n


def compile_prompt(
    *,
    task: str,
    count_tokens: CountTokens,
    budget: int,
    purpose: str | MemoryCard | None = None,
    memories: Sequence[MemoryCard | tuple[MemoryCard, float]] = (),
    tools: Sequence[ToolSpec] = (),
    history: Sequence[Message] = (),
    kinds: KindCatalog | None = None,
    memory_share: float = 0.5,
    diversity: float = 0.3,
    redundancy_cutoff: float = 0.8,
    message_overhead: int = 4,
) -> CompiledPrompt:
    """Build the messages for one model call.

    ``memories`` are retrieval results (card, score) or bare cards (scored by position). The purpose,
    tools and task must fit; the rest is shared: newest history up to ``1 - memory_share`` of what is left,
    then memories, then older history in any space still free.
    """
    catalog = kinds if kinds is not None else default_catalog()
    ranked = [
        (m, float(len(memories) - i)) if isinstance(m, MemoryCard) else (m[0], float(m[1]))
        for i, m in enumerate(memories)
    ]
    if purpose is None:
        contract = next((c for c, _ in ranked if c.kind == MemoryKind.PURPOSE_CONTRACT.value), None)
        purpose = contract
    ranked = [(c, s) for c, s in ranked if c.kind != MemoryKind.PURPOSE_CONTRACT.value]
    unique: dict[str, tuple[MemoryCard, float]] = {}
    for card, score in ranked:
        unique.setdefault(card.id, (card, score))  # the same card retrieved twice is shown once
    ranked = list(unique.values())

    purpose_text = render_purpose(purpose, catalog)
    tools_text = render_tools(tools)
    fixed = count_tokens(purpose_text) + count_tokens(tools_text) + count_tokens(task) + 2 * message_overhead
    if fixed > budget:
        raise BudgetExceededError(
            f"the purpose ({count_tokens(purpose_text)} tokens), tools ({count_tokens(tools_text)}) and task "
            f"({count_tokens(task)}) alone need {fixed} tokens, over the prompt budget of {budget}; shorten "
            f"them, offer fewer tools, or raise budgets.prompt_tokens"
        )
    remaining = budget - fixed
    texts = {c.id: _format(c, catalog) for c, _ in ranked}
    by_id = {c.id: c for c, _ in ranked}
    candidates = make_candidates([(c.id, texts[c.id], s) for c, s in ranked], count_tokens)

    keep_history = _history_suffix(
        history, int(remaining * (1.0 - memory_share)), count_tokens, message_overhead
    )
    history_cost = sum(
        count_tokens(m.content) + message_overhead for m in history[len(history) - keep_history :]
    )
    chosen, dropped = select_diverse(
        candidates,
        max(0, remaining - history_cost - 2),
        diversity=diversity,
        redundancy_cutoff=redundancy_cutoff,
    )
    memory_cost = sum(c.cost for c in chosen) + (2 if chosen else 0)
    keep_history = _history_suffix(history, remaining - memory_cost, count_tokens, message_overhead)

    while True:
        result = _assemble(
            task,
            purpose_text,
            tools_text,
            chosen,
            by_id,
            catalog,
            history,
            keep_history,
            count_tokens,
            message_overhead,
            budget,
        )
        if result.total_tokens <= budget:
            break
        # the tokenizer merged across a join differently than the pieces predicted: give back the least
        if chosen:
            dropped[chosen.pop().id] = "budget"
        elif keep_history:
            keep_history -= 1
        else:  # pragma: no cover - fixed parts were checked above
            raise BudgetExceededError(f"cannot fit the prompt in {budget} tokens")
    result.dropped = {k: dropped[k] for k in by_id if k in dropped}
    result.history_dropped = len(history) - keep_history
    return result


def _assemble(
    task: str,
    purpose_text: str,
    tools_text: str,
    chosen: list[Candidate],
    by_id: dict[str, MemoryCard],
    catalog: KindCatalog,
    history: Sequence[Message],
    keep_history: int,
    count: CountTokens,
    overhead: int,
    budget: int,
) -> CompiledPrompt:
    memory_text = _sections([(by_id[c.id], c.text) for c in chosen], catalog)
    system = "\n\n".join(part for part in (purpose_text, memory_text, tools_text) if part)
    kept = list(history[len(history) - keep_history :]) if keep_history else []
    messages = [Message(role="system", content=system), Message(role="user", content=task), *kept]
    total = sum(count(m.content) for m in messages) + overhead * len(messages)
    tokens = {
        "purpose": count(purpose_text) if purpose_text else 0,
        "memories": count(memory_text) if memory_text else 0,
        "tools": count(tools_text) if tools_text else 0,
        "task": count(task),
        "history": sum(count(m.content) for m in kept),
        "overhead": overhead * len(messages),
    }
    order = {c.id: i for i, c in enumerate(chosen)}
    shown = sorted(order, key=lambda i: (_order_of(by_id[i], catalog), order[i]))
    return CompiledPrompt(
        messages=messages, shown_ids=shown, tokens=tokens, total_tokens=total, budget=budget
    )


def _order_of(card: MemoryCard, catalog: KindCatalog) -> int:
    return catalog.get(card.kind).prompt_order if card.kind in catalog else 99
