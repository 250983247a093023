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

from purpose_agent.errors import BackendError, BudgetExceededError
from purpose_agent.llm.protocol import Backend, Completion, Message, ToolSpec
from purpose_agent.runtime.procedures import instantiate, lesson_step, same_call
from purpose_agent.runtime.strategy import StrategyContext, StrategyOutcome
from purpose_agent.runtime.task import EpisodeStatus, Step

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


def primary_parameter(spec: ToolSpec) -> str | None:
    """The one string parameter a single ``input`` can fill, or None when the tool needs more."""
    props = spec.parameters.get("properties", {}) or {}
    required = spec.parameters.get("required", list(props)) or []
    strings = [k for k, v in props.items() if v.get("type", "string") == "string"]
    if len(required) == 1 and required[0] in strings:
        return str(required[0])
    if len(props) == 1 and strings:
        return str(strings[0])
    return None


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
    from purpose_agent.errors import InvalidOutputError
    from purpose_agent.llm.repair import complete_with_schema

    def generate(convo: list[Message]) -> Completion:
        options: dict[str, Any] = {
            "max_tokens": max_tokens, "temperature": 0.0, "seed": 0, "json_schema": schema
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
    from purpose_agent.llm.protocol import Usage

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
            try:
                self._check_budgets(ctx, usage)
            except BudgetExceededError as exc:
                return outcome(last_observation, EpisodeStatus.BUDGET_EXHAUSTED, str(exc))
            suggestion, card_id = self._suggestion(ctx, steps, last_observation)
            messages = [*base, Message(role="user", content=self._scratchpad(ctx, steps, suggestion))]
            try:
                decision = complete_json(
                    ctx.backend, messages, action_schema, action_tokens, usage, ctx.on_token
                )
                action = str(decision.get("action", ""))
                if action not in names:
                    action = FINAL
                raw = str(decision.get("input", ""))[:max_chars]
                text = clean_input(raw, final=action == FINAL, code=code)
                text = self.revise_input(ctx, action, text, messages, usage)
                arguments = self._arguments(ctx, specs, action, text, messages, usage)
            except BackendError as exc:
                ctx.trace("error", stage="model", step=index, error=str(exc), error_type=type(exc).__name__)
                return outcome(last_observation, EpisodeStatus.BACKEND_ERROR, str(exc))
            if action == FINAL and suggestion is not None and suggestion[0] == FINAL:
                # the model chose to answer where a proven skill answers with the last result: the answer
                # is that result (a 135M model often garbles the copy: ");", "", the expression)
                arguments = dict(suggestion[1])
            followed = suggestion is not None and suggestion == (action, arguments)
            if followed and card_id and card_id not in used:
                used.append(card_id)
            ctx.trace(
                "model_call", step=index, action=action, arguments=arguments, followed_suggestion=followed
            )
            if action == FINAL:
                answer = str(arguments.get("answer", text))
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

    def _arguments(
        self,
        ctx: StrategyContext,
        specs: dict[str, ToolSpec],
        action: str,
        text: str,
        messages: list[Message],
        usage: dict[str, float],
    ) -> dict[str, Any]:
        if action == FINAL:
            return {"answer": text}
        spec = specs[action]
        if not (spec.parameters or {}).get("properties"):
            return {}  # nothing to fill: asking the model would cost a call and could only add noise
        primary = primary_parameter(spec)
        if primary is not None:
            return {primary: text}
        ask = Message(role="user", content=f"Arguments for {action} as JSON. Input: {text}")
        schema = spec.parameters or {"type": "object"}
        return complete_json(
            ctx.backend, [*messages, ask], schema, self.action_tokens * 2, usage, ctx.on_token
        )

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
            offered = [(t.name, t.description) for t in ctx.tools.specs()]
            result = last_observation if steps and steps[-1].tool_status == "ok" else ""
            for card_id, procedure in lessons:
                step = lesson_step(procedure, ctx.task.input, offered, index, result)
                if step is not None:
                    return (step.tool, step.arguments), card_id
        return None, None

    @staticmethod
    def _scratchpad(
        ctx: StrategyContext, steps: list[Step], suggestion: tuple[str, dict[str, Any]] | None
    ) -> str:
        lines = [f"Task: {ctx.task.input}"]
        for step in steps:
            args = json.dumps(step.arguments, ensure_ascii=False)
            lines.append(f"Step {step.index + 1}: {step.action} {args} -> {step.observation[:400]}")
        last_ok = next((s for s in reversed(steps) if s.tool_status == "ok"), None)
        if last_ok is not None:
            lines.append(f"The last {last_ok.action} result is: {last_ok.observation[:200]}")
        if suggestion is not None:
            tool, suggested = suggestion
            value = next(iter(suggested.values()), "") if len(suggested) == 1 else json.dumps(suggested)
            lines.append(f"Suggested next step (from a proven skill): action={tool} input={value}")
        lines.append("Choose the next action. Use final_answer with the result when the task is solved.")
        return "\n".join(lines)
