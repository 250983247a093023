"""Procedures with slots: how a solved episode becomes a step-by-step skill a small model can copy.

A 135M model copies far better than it reasons. So a solved trace is generalised into a template: the
numbers and quoted strings of the task become slots, the tool arguments that used them refer to the slots,
and a final answer equal to the last observation refers to it. Where the tool was handed a whole span of
the task verbatim (an arithmetic expression: "12 * 7" from "What is 12 * 7?"), that span becomes ONE
typed slot (``expression``), so the card holds "call the calculator with the task's expression, answer
its result" and transfers to "What is 2+3?"; where the steps use the values in a way not copied from the
task (the operator written by the episode, "{s1} * {s0}"), the operator stays in the card's structure.
For a new task of the same shape the runtime fills the slots and offers the filled call as the suggested
next step, but only when the task has the procedure's structure (operators, value types: see
:mod:`purpose_agent.memory.structure`), never by shared words alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, Field

from purpose_agent.memory.structure import (
    Structure,
    expression_spans,
    replace_values,
    slot_values,
    structural_mismatch,
    structure_of,
    typed_spans,
)

_WORD = re.compile(r"[a-z]+")
#: The skill-card convention for "what the last tool call returned".
LAST_OBSERVATION = "{result}"
#: The slot type of an arithmetic expression copied whole from the task into a tool argument.
EXPRESSION_SLOT = "expression"
#: Least word overlap (Jaccard) between a task and a procedure's pattern for the procedure to apply.
MIN_SHAPE_SIMILARITY = 0.6


class ProcedureStep(BaseModel):
    tool: str
    arguments: dict[str, Any] = Field(default_factory=dict)


class Procedure(BaseModel):
    pattern: str
    """The task with its slot values replaced by ``{s0}``, ``{s1}``, ..."""
    steps: list[ProcedureStep]
    slot_types: list[str] = Field(default_factory=list)
    """``int``, ``float``, ``str`` or ``expression`` per slot, as learned (empty: unknown, any value
    fits). An ``expression`` slot puts the procedure in the expression view (see
    :mod:`purpose_agent.memory.structure`)."""

    @property
    def expressions(self) -> bool:
        return EXPRESSION_SLOT in self.slot_types

    lesson: str = ""
    """Set for a general lesson instead of a task family (see :data:`LESSON_ACTIONS`)."""


#: General lessons the strategy can act on, by the ``trigger`` their ``failure_pattern`` card names: "first
#: call the offered tool that matches the request", "after a tool result, answer with it", "fill each
#: argument with a value the request gives" and "compute before answering" (:mod:`.compute`). They apply
#: to every task; replay tested them on the whole validation split. The strategy acts on them by
#: constraining decoding (purpose-react's ``purpose_react.react``).
LESSON_ACTIONS = {
    "a tool matches the request": "first_tool",
    "after a tool result": "answer_after_result",
    "filling tool arguments": "request_values",
    "before the final answer": "compute_first",
}


def from_lesson_fields(fields: dict[str, Any]) -> Procedure | None:
    """A general lesson as a procedure the strategy acts on; None for a tool policy that is only text."""
    lesson = LESSON_ACTIONS.get(str(fields.get("trigger") or ""))
    if lesson is None:
        return None
    return Procedure(pattern="", steps=[], lesson=lesson)


_TOKEN = re.compile(r"[a-z0-9]+")
#: Words too common to say which tool a request is for.
_STOP = frozenset(
    "the a an of for to in on at by with and or is are be it its this that what how much many which "
    "who whom whose when where why do does did can could should would will please me my i we our you "
    "your give get find tell compute calculate number value use using from as into per than then there "
    "some any all each one two day days hello morning thanks thank need want know".split()
)
#: Words that mark a tool as arithmetic (a calculator): it matches only a request that asks for arithmetic.
_ARITHMETIC = ("arithmetic", "calculator", "expression", "math")


def _stem(word: str) -> str:
    """A crude stem, so "daily"/"day" do not meet but "distances"/"distance" and "paint"/"painting" do."""
    return word[:6] if len(word) > 6 else word.rstrip("s") if len(word) > 3 else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text.casefold().replace("_", " ")) if w not in _STOP}


def _is_arithmetic_tool(name: str, description: str) -> bool:
    text = f"{name} {description}".casefold()
    return any(word in text for word in _ARITHMETIC)


def matching_tool(task: str, tools: Sequence[tuple[str, str]]) -> str | None:
    """The one offered tool that fits the request, or None when none does or two tie.

    ``tools`` are ``(name, text)`` pairs, the text being what the tool says about itself (description,
    parameter names and notes, enum values). A tool scores the content words it shares with the request;
    an arithmetic tool (a calculator) fits only a request with an arithmetic operator (symbols or words,
    :mod:`purpose_agent.memory.structure`) and ranks below any tool that shares a word. When nothing
    shares a word, the request is not arithmetic and gives values (numbers, quoted strings), the only
    non-arithmetic tool offered fits: those values are for it or for no tool offered.
    """
    from purpose_agent.memory.structure import structure_of

    words = _words(task)
    values = slot_values(task)
    arithmetic = bool(structure_of(task).operators) and len(values) >= 2
    scored: list[tuple[float, str]] = []
    specific: list[str] = []
    for name, text in tools:
        if _is_arithmetic_tool(name, text):
            scored.append((0.5 if arithmetic else 0.0, name))
        else:
            specific.append(name)
            scored.append((float(len(words & _words(f"{name} {text}"))), name))
    scored.sort(reverse=True)
    if not scored:
        return None
    if scored[0][0] == 0:
        return specific[0] if len(specific) == 1 and values and not arithmetic else None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def lesson_step(
    procedure: Procedure, task: str, tools: Sequence[tuple[str, str]], done: int, last_observation: str
) -> ProcedureStep | None:
    """The next step a general lesson sets, or None when it has nothing to say at this point.

    ``first_tool`` ("first call the matching tool, then answer with what it returned", a workflow whose
    slot is the tool): the matching tool before any call (its arguments still to be decoded), then the
    final answer with that call's result. ``answer_after_result``: the final answer with the result
    right after any call. ``request_values`` acts on the arguments, not on the step."""
    if procedure.lesson == "first_tool" and done == 0:
        tool = matching_tool(task, tools)
        return ProcedureStep(tool=tool, arguments={}) if tool else None
    if procedure.lesson == "first_tool" and done == 1 and last_observation and matching_tool(task, tools):
        return ProcedureStep(tool="final_answer", arguments={"answer": last_observation})
    if procedure.lesson == "answer_after_result" and done > 0 and last_observation:
        return ProcedureStep(tool="final_answer", arguments={"answer": last_observation})
    return None


def _slot_values(text: str, expressions: bool = False) -> list[str]:
    return slot_values(text, expressions=expressions)


def _pattern(text: str, expressions: bool = False) -> str:
    return replace_values(text, lambda n, _raw: f"{{s{n}}}", expressions=expressions)


def _leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [x for v in value.values() for x in _leaves(v)]
    if isinstance(value, list):
        return [x for v in value for x in _leaves(v)]
    return []


def _span_regex(raw: str) -> re.Pattern[str]:
    """``raw`` (an expression) as it may be written in an argument: the same numbers and operators in
    the same order, any spacing, not part of a longer number."""
    tokens = re.findall(r"\d+(?:\.\d+)?|\S", raw)
    return re.compile(r"(?<![\w.])" + r"\s*".join(map(re.escape, tokens)) + r"(?![\w.])")


def _copied_expressions(task: str, steps: Sequence[tuple[str, dict[str, Any], str]]) -> bool:
    """Whether the task has expressions and every one of them was handed to a tool verbatim."""
    spans = expression_spans(task)
    leaves = [leaf for tool, args, _ in steps if tool != "final_answer" for leaf in _leaves(args)]
    return bool(spans) and all(any(_span_regex(task[a:b]).search(leaf) for leaf in leaves) for a, b in spans)


def _shape_words(text: str) -> set[str]:
    return set(_WORD.findall(re.sub(r"\{s\d+\}", " ", text.casefold())))


def _replace_values(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        # longest values first so "12" does not break "123"
        for raw in sorted(mapping, key=len, reverse=True):
            value = re.sub(rf"(?<![\w.]){re.escape(raw)}(?![\w.])", mapping[raw], value)
        return value
    if isinstance(value, dict):
        return {k: _replace_values(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_values(v, mapping) for v in value]
    return value


def generalize(task: str, steps: Sequence[tuple[str, dict[str, Any], str]]) -> Procedure | None:
    """Turn ``(tool, arguments, observation)`` steps that solved ``task`` into a slotted procedure."""
    if not steps:
        return None
    # expressions copied whole into the tool's arguments become one typed slot each
    expressions = _copied_expressions(task, steps)
    spans = typed_spans(task, expressions=expressions)
    whole = {
        f"{{s{i}}}": _span_regex(task[a:b]) for i, (a, b, kind) in enumerate(spans) if kind == EXPRESSION_SLOT
    }
    mapping = {
        task[a:b].strip("\"'"): f"{{s{i}}}" for i, (a, b, kind) in enumerate(spans) if kind != EXPRESSION_SLOT
    }
    mapping.pop("", None)
    out: list[ProcedureStep] = []
    last_obs = ""
    for tool, arguments, observation in steps:
        if tool == "final_answer":
            answer = str(arguments.get("answer", ""))
            arg = LAST_OBSERVATION if last_obs and answer.strip() == last_obs.strip() else answer
            out.append(ProcedureStep(tool=tool, arguments={"answer": arg}))
        else:
            out.append(
                ProcedureStep(tool=tool, arguments=_replace_values(_replace_spans(arguments, whole), mapping))
            )
            last_obs = observation
    return Procedure(
        pattern=_pattern(task, expressions),
        steps=out,
        slot_types=[kind for _a, _b, kind in spans],
    )


def _replace_spans(value: Any, spans: dict[str, re.Pattern[str]]) -> Any:
    if isinstance(value, str):
        for slot, regex in spans.items():
            value = regex.sub(slot, value)
        return value
    if isinstance(value, dict):
        return {k: _replace_spans(v, spans) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_spans(v, spans) for v in value]
    return value


def shape_similarity(task: str, pattern: str) -> float:
    a, b = _shape_words(task), _shape_words(pattern)
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def instantiate(procedure: Procedure, task: str, last_observation: str = "") -> list[ProcedureStep] | None:
    """Fill the procedure's slots from ``task``; None when the task does not have the procedure's shape."""
    values = _slot_values(task, procedure.expressions)
    slots = len(re.findall(r"\{s\d+\}", procedure.pattern))
    if len(values) != slots or shape_similarity(task, procedure.pattern) < MIN_SHAPE_SIMILARITY:
        return None
    task_structure = structure_of(task, expressions=procedure.expressions)
    if structural_mismatch(task_structure, family_structure(procedure)) is not None:
        return None  # same words, other operators or value types: not this procedure's task family
    mapping = {f"{{s{i}}}": v for i, v in enumerate(values)}

    def fill(value: Any) -> Any:
        if isinstance(value, str):
            for slot, raw in mapping.items():
                value = value.replace(slot, raw)
            return value.replace(LAST_OBSERVATION, last_observation)
        if isinstance(value, dict):
            return {k: fill(v) for k, v in value.items()}
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value

    return [ProcedureStep(tool=s.tool, arguments=fill(s.arguments)) for s in procedure.steps]


def _bare(value: Any) -> Any:
    """A string argument without spacing and without one pair of wrapping braces, brackets or quotes: a
    small model copying ``10 - 4`` from a procedure's JSON writes ``{10 - 4}`` or ``"10-4"``."""
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s+", "", value)
    if len(text) >= 2 and text[0] + text[-1] in ("{}", "()", "[]", '""', "''"):
        text = text[1:-1]
    return text


def same_call(done: tuple[str, dict[str, Any]], step: ProcedureStep) -> bool:
    """Whether a call the episode made (and the tool accepted) is the procedure's ``step``: the same tool
    with the same arguments, spacing and one wrapping pair of brackets aside."""
    tool, arguments = done
    if tool != step.tool or set(arguments) != set(step.arguments):
        return False
    return all(_bare(arguments[k]) == _bare(v) for k, v in step.arguments.items())


def family_structure(procedure: Procedure) -> Structure:
    """The structure of the tasks ``procedure`` applies to: its pattern's operators and slot types."""
    family = structure_of(procedure.pattern, pattern=True)
    if len(procedure.slot_types) == len(family.slot_types):
        family = Structure(family.operators, tuple(procedure.slot_types), family.words, procedure.expressions)
    return family


def to_skill_fields(procedure: Procedure, name: str = "") -> dict[str, Any]:
    """The procedure as ``skill_card`` fields (slots named, tool steps, final answer template)."""
    tool_steps = [s for s in procedure.steps if s.tool != "final_answer"]
    finals = [s for s in procedure.steps if s.tool == "final_answer"]
    return {
        "name": name or procedure.pattern[:120],
        "when_to_use": procedure.pattern,
        "slots": [f"s{i}" for i in range(len(re.findall(r"\{s\d+\}", procedure.pattern)))],
        "slot_types": list(procedure.slot_types),
        "steps": [{"tool": s.tool, "arguments": s.arguments} for s in tool_steps],
        "final_answer": str(finals[-1].arguments.get("answer", "")) if finals else LAST_OBSERVATION,
    }


def from_skill_fields(fields: dict[str, Any]) -> Procedure | None:
    """A procedure from ``skill_card`` fields (see :func:`to_skill_fields`); None without steps."""
    pattern = str(fields.get("when_to_use") or "")
    raw_steps = fields.get("steps") or []
    if not pattern or not raw_steps:
        return None
    steps = [ProcedureStep(tool=str(s["tool"]), arguments=dict(s.get("arguments") or {})) for s in raw_steps]
    steps.append(
        ProcedureStep(
            tool="final_answer", arguments={"answer": fields.get("final_answer") or LAST_OBSERVATION}
        )
    )
    return Procedure(pattern=pattern, steps=steps, slot_types=list(fields.get("slot_types") or []))
