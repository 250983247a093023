"""The default strategy: a ReAct loop shaped for small models.

Each step is two small constrained decisions instead of one free-form paragraph: first the action (an enum
of tool names plus ``final_answer``) with one input string, then, only for tools that need several
arguments, the arguments under that tool's own JSON schema. Free-form parsing fails on 135M models;
per-call schemas are what make them usable. A promoted skill card's filled-in next step is shown as a
suggestion, because such a model copies much better than it plans.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from purpose_agent.plugin import (
    Backend,
    BackendError,
    BudgetExceededError,
    Completion,
    EpisodeStatus,
    InvalidOutputError,
    Message,
    Step,
    StrategyContext,
    StrategyOutcome,
    ToolSpec,
    Usage,
    instantiate,
    lesson_step,
    same_call,
)
from purpose_repair import complete_with_schema

from purpose_react.compute import (
    arithmetic_answer,
    computing_tool,
    expression_schema,
    function_names,
    needs_expression,
    uncomputed,
    uncomputed_expression,
)
from purpose_react.values import request_value_schema

FINAL = "final_answer"
MAX_INPUT_CHARS = 300
#: Code answers (``task_type == "code"``) are whole functions: a blank line or a repeated line is part
#: of the answer there, and 300 characters would cut a third of HumanEval's reference solutions. The
#: limit is applied after decoding, never as a schema ``maxLength``: llama.cpp unrolls a maxLength into
#: nested grammar rules, and at 4,000 its grammar parser refuses it and the process segfaults (measured).
CODE_INPUT_CHARS = 4000
CODE_ACTION_TOKENS = 1024


def clean_input(text: str, *, final: bool, code: bool = False) -> str:
    """Cut the runaway text small models append inside a JSON string.

    A final answer ends at its first blank line (a 135M model tends to keep writing "The final answer
    is ..." until the token limit); any input loses a stray closing brace the model wrote because it
    thought the JSON had ended, and stops before a line it starts repeating.
    """
    if code:
        text = text.strip("\n").rstrip()
        while text.endswith("}") and text.count("}") > text.count("{"):
            text = text[:-1].rstrip()
        return text
    text = text.strip()
    if final:
        text = text.split("\n\n", 1)[0]
    seen: set[str] = set()
    kept: list[str] = []
    for line in text.split("\n"):
        key = line.strip()
        if key and key in seen:
            break
        seen.add(key)
        kept.append(line)
    text = "\n".join(kept).strip()
    while text.endswith("}") and text.count("}") > text.count("{"):
        text = text[:-1].rstrip()
    return text


def _stateful(tools: Any, name: str) -> bool:
    """A provider without ``is_stateful`` (a plain :class:`ToolProvider`) has only repeatable tools."""
    check = getattr(tools, "is_stateful", None)
    return bool(check(name)) if check is not None else False


#: String constraints a free ``input`` would ignore: a parameter carrying one is decoded under its schema.
CONSTRAINTS = ("enum", "const", "pattern", "format")


def primary_parameter(spec: ToolSpec) -> str | None:
    """The tool's only parameter when one free ``input`` string can fill it, else None.

    The action's ``input`` is one free string decoded before the tool is known, so it can stand for a
    parameter only when that parameter is the tool's sole one and a plain string. A tool with more
    parameters (optional ones too: "the no2 level in Cairo" needs ``pollutant``) or a constrained string
    (an ``enum`` of cities: a free string gave "egypt_air_quality_result") gets its arguments decoded
    under its own schema instead.
    """
    props = spec.parameters.get("properties", {}) or {}
    if len(props) != 1:
        return None
    ((name, prop),) = props.items()
    if not isinstance(prop, dict) or prop.get("type", "string") != "string":
        return None
    if any(key in prop for key in CONSTRAINTS):
        return None
    return str(name)


def complete_json(
    backend: Backend,
    messages: list[Message],
    schema: dict[str, Any],
    max_tokens: int,
    usage: dict[str, float],
    on_token: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """One JSON decision: constrained where the backend can, repaired and retried where it cannot.

    A backend that constrains decoding also validates and retries on its own (its contract), so it is
    called once here; wrapping it in a second retry loop would multiply the attempts.
    """

    def generate(convo: list[Message]) -> Completion:
        options: dict[str, Any] = {
            "max_tokens": max_tokens,
            "temperature": 0.0,
            "seed": 0,
            "json_schema": schema,
        }
        if on_token is None:
            return backend.complete(convo, **options)
        return _streamed(backend, convo, options, on_token)

    start = time.perf_counter()
    try:
        if backend.capabilities.json_schema:
            completion = generate(messages)
        else:
            completion = complete_with_schema(generate, messages, schema, constrained=False, attempts=2)
    finally:
        usage["seconds"] += time.perf_counter() - start
    usage["prompt"] += completion.usage.prompt_tokens
    usage["completion"] += completion.usage.completion_tokens
    try:
        data = json.loads(completion.text)
    except json.JSONDecodeError as exc:
        raise InvalidOutputError(f"the backend's output is not JSON: {completion.text[:200]!r}") from exc
    return data if isinstance(data, dict) else {}


def _streamed(
    backend: Backend, convo: list[Message], options: dict[str, Any], on_token: Callable[[str], None]
) -> Completion:
    """A completion assembled from the backend's stream, each piece handed to ``on_token`` on arrival."""

    pieces: list[str] = []
    usage, finish = Usage(), "stop"
    for chunk in backend.stream(convo, **options):
        if chunk.text:
            pieces.append(chunk.text)
            on_token(chunk.text)
        if chunk.usage is not None:
            usage = chunk.usage
        finish = chunk.finish_reason or finish
    return Completion(text="".join(pieces), usage=usage, finish_reason=finish, model=backend.model)


def tool_text(spec: ToolSpec) -> str:
    """What a tool says about itself, for matching it to a request: description, parameter names, their
    notes and enum values."""
    props = (spec.parameters or {}).get("properties", {}) or {}
    parts = [spec.description or ""]
    for name, prop in props.items():
        parts.append(name)
        if isinstance(prop, dict):
            parts.append(str(prop.get("description", "")))
            parts.extend(str(v) for v in prop.get("enum", []) or [])
    return " ".join(p for p in parts if p)


class ReActStrategy:
    name = "react"

    def __init__(self, *, action_tokens: int = 96) -> None:
        self.action_tokens = action_tokens

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        specs = {s.name: s for s in ctx.tools.specs()}
        names = [*specs, FINAL]
        code = ctx.task.task_type == "code"
        max_chars = CODE_INPUT_CHARS if code else MAX_INPUT_CHARS
        action_tokens = max(self.action_tokens, CODE_ACTION_TOKENS) if code else self.action_tokens
        action_input: dict[str, Any] = {"type": "string"}
        if not code:
            action_input["maxLength"] = max_chars
        action_schema = {
            "type": "object",
            "properties": {"action": {"type": "string", "enum": names}, "input": action_input},
            "required": ["action", "input"],
        }
        # the scratchpad restates the task, so the compiler's bare task message is left out
        base = [m for m in ctx.messages if not (m.role == "user" and m.content == ctx.task.input)]
        steps: list[Step] = []
        usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
        last_observation = ""
        used: list[str] = []
        seen_calls: dict[str, str] = {}
        lessons = {card_id: p.lesson for card_id, p in ctx.procedures if p.lesson}
        values_lesson = next((c for c, name in lessons.items() if name == "request_values"), None)
        compute_lesson = next((c for c, name in lessons.items() if name == "compute_first"), None)
        computer = (
            computing_tool((s.name, s.description, primary_parameter(s)) for s in specs.values())
            if compute_lesson
            else None
        )
        computed = False

        def outcome(answer: str, status: EpisodeStatus, error: str | None = None) -> StrategyOutcome:
            return StrategyOutcome(
                answer=answer,
                status=status,
                steps=steps,
                error=error,
                used_procedures=used,
                prompt_tokens=int(usage["prompt"]),
                completion_tokens=int(usage["completion"]),
                model_seconds=usage["seconds"],
            )

        for index in range(ctx.budgets.max_steps):
            recomputed: str | None = None
            try:
                self._check_budgets(ctx, usage)
            except BudgetExceededError as exc:
                return outcome(last_observation, EpisodeStatus.BUDGET_EXHAUSTED, str(exc))
            suggestion, card_id = self._suggestion(ctx, steps, last_observation)
            lesson = lessons.get(card_id or "")
            if lesson and suggestion is not None and suggestion[0] == FINAL:
                # a proven lesson: the tool's result is the answer; no model call can improve on copying it
                answer = str(suggestion[1].get("answer", ""))
                if card_id and card_id not in used:
                    used.append(card_id)
                ctx.trace(
                    "model_call", step=index, action=FINAL, arguments={"answer": answer},
                    followed_suggestion=True, lesson=lesson, lesson_card=card_id,
                )  # fmt: skip
                steps.append(Step(index=index, action=FINAL, arguments={"answer": answer}, suggested=True))
                return outcome(answer, EpisodeStatus.COMPLETED)
            forced = (
                suggestion[0] if lesson == "first_tool" and suggestion and suggestion[0] in specs else None
            )
            turn = scratchpad(ctx.task.input, steps, suggestion, lesson)
            messages = [*base, Message(role="user", content=turn)]
            try:
                if forced is not None and self._needs_schema(specs[forced]):
                    # the lesson fixes the tool; its arguments are decoded under its schema, the request
                    # in front of the model (a free "input" first would only be a lossy copy of it)
                    action, text = forced, ""
                else:
                    schema = action_schema
                    if forced is not None:  # the lesson narrows the action to the matching tool
                        schema = json.loads(json.dumps(action_schema))
                        schema["properties"]["action"]["enum"] = [forced]
                    decision = complete_json(
                        ctx.backend, messages, schema, action_tokens, usage, ctx.on_token
                    )
                    action = str(decision.get("action", ""))
                    if action not in names:
                        action = FINAL
                    raw = str(decision.get("input", ""))[:max_chars]
                    text = clean_input(raw, final=action == FINAL, code=code)
                    text = self.revise_input(ctx, action, text, messages, usage)
                    if computer and action == computer[0] and needs_expression(text, ctx.task.input):
                        # the compute lesson: the expression is built from the request's values (a 135M
                        # model copies the description's example, "12*7", into a call of its own)
                        redone = self._expression(ctx, specs[action], computer[1], messages, usage)
                        if redone and redone != text:
                            text, recomputed = redone, compute_lesson
                arguments = self._arguments(
                    ctx,
                    specs,
                    action,
                    text,
                    messages,
                    usage,
                    lessons=values_lesson,
                    request=forced is not None,
                )
            except BackendError as exc:
                ctx.trace("error", stage="model", step=index, error=str(exc), error_type=type(exc).__name__)
                return outcome(last_observation, EpisodeStatus.BACKEND_ERROR, str(exc))
            if action == FINAL and suggestion is not None and suggestion[0] == FINAL:
                # the model chose to answer where a proven skill answers with the last result: the answer
                # is that result (a 135M model often garbles the copy: ");", "", the expression)
                arguments = dict(suggestion[1])
            followed = suggestion is not None and (
                suggestion == (action, arguments) or (forced is not None and action == forced)
            )
            if followed and card_id and card_id not in used:
                used.append(card_id)
            acted = {"lesson": lesson, "lesson_card": card_id} if forced is not None else {}
            if recomputed is not None:
                acted["compute_lesson"] = recomputed
                if recomputed not in used:
                    used.append(recomputed)
            if values_lesson and action != FINAL and self._needs_schema(specs[action]):
                acted["values_lesson"] = values_lesson
                if values_lesson not in used:
                    used.append(values_lesson)
            ctx.trace(
                "model_call", step=index, action=action, arguments=arguments, followed_suggestion=followed,
                **acted,
            )  # fmt: skip
            if action == FINAL:
                answer = str(arguments.get("answer", text))
                if (
                    computer and compute_lesson and not computed and not followed
                    and uncomputed(answer, ctx.task.input)
                ):  # fmt: skip
                    computed = True
                    last = next((s for s in reversed(steps) if s.tool_status == "ok"), None)
                    if last is not None and last.action == computer[0]:
                        # the tool already computed it: the answer is its result, not the expression
                        if compute_lesson not in used:
                            used.append(compute_lesson)
                        return self._answer_computed(
                            ctx, last.observation, index, compute_lesson, steps, outcome
                        )
                    done = self._compute(ctx, specs[computer[0]], computer[1], answer, index, messages, usage)
                    if done is not None:  # the lesson acted (credited, so a loss after it counts)
                        steps.append(done)
                        if compute_lesson not in used:
                            used.append(compute_lesson)
                    if done is not None and done.tool_status == "ok":
                        return self._answer_computed(
                            ctx, done.observation, index + 1, compute_lesson, steps, outcome
                        )
                steps.append(
                    Step(index=index, action=FINAL, arguments={"answer": answer}, suggested=followed)
                )
                return outcome(answer, EpisodeStatus.COMPLETED)
            key = json.dumps([action, arguments], sort_keys=True)
            # a stateful tool (a game move, a counter) may answer the same call differently next time
            if key in seen_calls and not _stateful(ctx.tools, action):
                observation, status = (
                    f"{seen_calls[key]} (same call as before; give the final answer if this solves the task)",
                    "repeated",
                )
            else:
                result = ctx.tools.call(action, arguments)
                observation, status = result.as_observation(), result.status
                seen_calls[key] = observation
                if result.ok:
                    last_observation = result.output
            ctx.trace("tool_call", step=index, tool=action, arguments=arguments, status=status)
            ctx.trace("observation", step=index, text=observation)
            steps.append(
                Step(
                    index=index,
                    action=action,
                    arguments=arguments,
                    observation=observation,
                    tool_status=status,
                    suggested=followed,
                )
            )
        return outcome(last_observation, EpisodeStatus.BUDGET_EXHAUSTED, "step budget exhausted")

    # -- extension points (stable; see purpose_agent.plugin) ------------------------------------------

    def revise_input(
        self,
        ctx: StrategyContext,
        action: str,
        text: str,
        messages: list[Message],
        usage: dict[str, float],
    ) -> str:
        """The input the model wrote for ``action`` (a tool name or ``FINAL``), as the call will use it.

        A subclass may decide it again, e.g. with notes about that tool in front of the model; a model
        call made here passes ``usage`` to :func:`complete_json` so its tokens count against the
        budget. The default keeps the input as written.
        """
        return text

    # -- pieces -------------------------------------------------------------------------------------

    @staticmethod
    def _check_budgets(ctx: StrategyContext, usage: dict[str, float]) -> None:
        if time.monotonic() > ctx.deadline:
            raise BudgetExceededError(f"time budget of {ctx.budgets.max_seconds:g} s exhausted")
        if usage["prompt"] + usage["completion"] > ctx.budgets.max_tokens:
            raise BudgetExceededError(f"token budget of {ctx.budgets.max_tokens} exhausted")

    @staticmethod
    def _needs_schema(spec: ToolSpec) -> bool:
        """Whether the tool's arguments are decoded under its own schema (not one ``input`` string)."""
        return bool((spec.parameters or {}).get("properties")) and primary_parameter(spec) is None

    def _arguments(
        self,
        ctx: StrategyContext,
        specs: dict[str, ToolSpec],
        action: str,
        text: str,
        messages: list[Message],
        usage: dict[str, float],
        *,
        lessons: str | None = None,
        request: bool = False,
    ) -> dict[str, Any]:
        """The call's arguments. ``request``: a proven lesson chose the tool, so the request itself is put
        in front of the model; ``lessons``: the id of a proven "values from the request" lesson, which
        narrows every number the schema asks for to the numbers the request gives."""
        if action == FINAL:
            return {"answer": text}
        spec = specs[action]
        if not (spec.parameters or {}).get("properties"):
            return {}  # nothing to fill: asking the model would cost a call and could only add noise
        primary = primary_parameter(spec)
        if primary is not None:
            return {primary: text}
        if request:
            content = arguments_request(action, ctx.task.input)
        else:
            content = f"Arguments for {action} as JSON. Input: {text}"
        schema = spec.parameters or {"type": "object"}
        if lessons:
            schema = request_value_schema(schema, ctx.task.input, action)
        ask = Message(role="user", content=content)
        return complete_json(
            ctx.backend, [*messages, ask], schema, self.action_tokens * 2, usage, ctx.on_token
        )

    def _expression(
        self,
        ctx: StrategyContext,
        spec: ToolSpec,
        parameter: str,
        messages: list[Message],
        usage: dict[str, float],
    ) -> str:
        """The expression for the computing tool, decoded under the grammar of the request's numbers,
        operator symbols and the functions the tool names or declares (empty when the request gives
        no number to build it from)."""
        if not any(ch.isdigit() for ch in ctx.task.input):
            return ""
        ask = Message(
            role="user",
            content=(
                f"Expression for {spec.name} that computes the answer, from the numbers the request gives. "
                f"Request: {ctx.task.input}"
            ),
        )
        names = list(dict.fromkeys([*function_names(spec.description), *spec.functions]))
        schema = expression_schema(parameter, ctx.task.input, names)
        data = complete_json(ctx.backend, [*messages, ask], schema, self.action_tokens, usage, ctx.on_token)
        return clean_input(str(data.get(parameter, "")), final=False)

    def _compute(
        self,
        ctx: StrategyContext,
        spec: ToolSpec,
        parameter: str,
        answer: str,
        index: int,
        messages: list[Message],
        usage: dict[str, float],
    ) -> Step | None:
        """The compute lesson at an uncomputed final answer: an expression of the request's numbers goes
        to the computing tool as written; an echo of them, or an expression of other numbers, gets its
        expression decoded first (:func:`~purpose_react.compute.expression_schema`). The tool's
        call as a step (None when no expression could be decoded)."""
        expression = uncomputed_expression(answer, ctx.task.input)
        if expression is None:
            try:
                expression = self._expression(ctx, spec, parameter, messages, usage)
            except BackendError as exc:
                ctx.trace("error", stage="model", step=index, error=str(exc), error_type=type(exc).__name__)
                return None
        if not expression or arithmetic_answer(expression) is None:
            return None  # a bare number computes nothing: the model's own answer stands
        arguments = {parameter: expression}
        ctx.trace(
            "model_call", step=index, action=spec.name, arguments=arguments, followed_suggestion=True,
            lesson="compute_first", replaced_answer=answer,
        )  # fmt: skip
        result = ctx.tools.call(spec.name, arguments)
        observation = result.as_observation()
        ctx.trace("tool_call", step=index, tool=spec.name, arguments=arguments, status=result.status)
        ctx.trace("observation", step=index, text=observation)
        output = result.output if result.ok else observation
        return Step(
            index=index, action=spec.name, arguments=arguments, observation=output,
            tool_status=result.status, suggested=True,
        )  # fmt: skip

    @staticmethod
    def _answer_computed(
        ctx: StrategyContext,
        answer: str,
        index: int,
        card_id: str,
        steps: list[Step],
        outcome: Callable[[str, EpisodeStatus], StrategyOutcome],
    ) -> StrategyOutcome:
        """The compute lesson's final answer: the computing tool's result."""
        ctx.trace(
            "model_call", step=index, action=FINAL, arguments={"answer": answer},
            followed_suggestion=True, lesson="compute_first", lesson_card=card_id,
        )  # fmt: skip
        steps.append(Step(index=index, action=FINAL, arguments={"answer": answer}, suggested=True))
        return outcome(answer, EpisodeStatus.COMPLETED)

    @staticmethod
    def _suggestion(
        ctx: StrategyContext, steps: list[Step], last_observation: str
    ) -> tuple[tuple[str, dict[str, Any]] | None, str | None]:
        # failed or repeated calls do not count as progress through the procedure
        done = [(s.action, s.arguments) for s in steps if s.tool_status == "ok"]
        index = len(done)
        lessons = [(card_id, p) for card_id, p in ctx.procedures if p.lesson]
        for card_id, procedure in ctx.procedures:
            if procedure.lesson:
                continue
            filled = instantiate(procedure, ctx.task.input, last_observation)
            if filled is None or index >= len(filled):
                continue
            if not all(same_call(d, f) for d, f in zip(done, filled[:index], strict=True)):
                continue
            nxt = filled[index]
            return (nxt.tool, nxt.arguments), card_id
        if lessons:  # no procedure fits: a proven general lesson may still say what comes next
            offered = [(t.name, tool_text(t)) for t in ctx.tools.specs()]
            result = last_observation if steps and steps[-1].tool_status == "ok" else ""
            for card_id, procedure in lessons:
                step = lesson_step(procedure, ctx.task.input, offered, index, result)
                if step is not None:
                    return (step.tool, step.arguments), card_id
        return None, None


def scratchpad(
    task: str,
    steps: list[Step],
    suggestion: tuple[str, dict[str, Any]] | None,
    lesson: str | None = None,
) -> str:
    """The user turn that asks for the next action: the task, the steps so far, a proven lesson's or
    skill's suggestion. Public so that ``benchmarks/fncall_values.py`` decodes under the very prompt the
    strategy sends, not a copy that could drift."""
    lines = [f"Task: {task}"]
    for step in steps:
        args = json.dumps(step.arguments, ensure_ascii=False)
        lines.append(f"Step {step.index + 1}: {step.action} {args} -> {step.observation[:400]}")
    last_ok = next((s for s in reversed(steps) if s.tool_status == "ok"), None)
    if last_ok is not None:
        lines.append(f"The last {last_ok.action} result is: {last_ok.observation[:200]}")
    if suggestion is not None and lesson == "first_tool":
        lines.append(f"Next (a proven lesson): call {suggestion[0]} with the values the request gives.")
    elif suggestion is not None:
        tool, suggested = suggestion
        value = next(iter(suggested.values()), "") if len(suggested) == 1 else json.dumps(suggested)
        lines.append(f"Suggested next step (from a proven skill): action={tool} input={value}")
    lines.append("Choose the next action. Use final_answer with the result when the task is solved.")
    return "\n".join(lines)


def arguments_request(tool: str, request: str) -> str:
    """The user turn that asks for a lesson-chosen tool's arguments, with the request in front of the model
    (shared with ``benchmarks/fncall_values.py`` for the same reason as :func:`scratchpad`)."""
    return f"Arguments for {tool} as JSON, each value as the request gives it. Request: {request}"
