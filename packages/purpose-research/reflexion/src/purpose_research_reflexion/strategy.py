"""The Reflexion strategy: trial, evaluate, reflect in words, retry with the reflection in context.

It wraps the ReAct strategy rather than replacing it: what Reflexion adds is the loop around an actor, not a
new actor. Reflections live in an episodic buffer for the life of one episode (trials of the same task);
they are written to the trace as ``reflexion.reflection`` events, which is where the optimizer finds them
to propose lasting lessons to memory CI. Nothing here writes memory.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from purpose_agent.plugin import (
    Message,
    Step,
    StrategyContext,
    StrategyOutcome,
)
from purpose_react import FINAL, ReActStrategy, clean_input, complete_json

from purpose_research_reflexion.evaluate import evaluate_trial
from purpose_research_reflexion.settings import ReflexionSettings

REFLECTION_EVENT = "reflexion.reflection"
TRIAL_EVENT = "reflexion.trial"
REFLECTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"reflection": {"type": "string", "maxLength": 300}},
    "required": ["reflection"],
}


def trajectory(steps: list[Step]) -> str:
    lines = []
    for s in steps:
        if s.action == FINAL:
            lines.append(f"final answer: {s.arguments.get('answer', '')}")
        else:
            lines.append(f"{s.action} {json.dumps(s.arguments)} -> {s.observation[:200]}")
    return "\n".join(lines) or "(no steps)"


def with_reflections(messages: list[Message], reflections: list[str]) -> list[Message]:
    """The compiled prompt with the episodic buffer added to the system message (or as one)."""
    if not reflections:
        return list(messages)
    block = "# Reflections on your earlier trials of this task\n" + "\n".join(f"- {r}" for r in reflections)
    out = list(messages)
    if out and out[0].role == "system":
        out[0] = Message(role="system", content=f"{out[0].content}\n\n{block}")
    else:
        out.insert(0, Message(role="system", content=block))
    return out


class ReflexionStrategy:
    name = "reflexion"

    def __init__(self, settings: ReflexionSettings | None = None, inner: Any = None) -> None:
        self.settings = settings or ReflexionSettings()
        self.inner = inner or ReActStrategy()

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        buffer: list[str] = []
        totals = {"prompt": 0, "completion": 0, "seconds": 0.0}
        used: list[str] = []
        outcome: StrategyOutcome | None = None
        for trial in range(self.settings.max_trials):
            trial_ctx = dataclasses.replace(ctx, messages=with_reflections(ctx.messages, buffer))
            outcome = self.inner.run(trial_ctx)
            totals["prompt"] += outcome.prompt_tokens
            totals["completion"] += outcome.completion_tokens
            totals["seconds"] += outcome.model_seconds
            used += [u for u in outcome.used_procedures if u not in used]
            passed, feedback = evaluate_trial(ctx.task, outcome, checker_splits=self.settings.checker_splits)
            ctx.trace(TRIAL_EVENT, trial=trial, passed=passed, feedback=feedback, answer=outcome.answer[:500])
            if passed or trial + 1 >= self.settings.max_trials:
                break
            reflection = self._reflect(ctx, outcome, feedback, trial, totals)
            buffer = [*buffer, reflection][-self.settings.max_reflections :]
            ctx.trace(REFLECTION_EVENT, trial=trial, feedback=feedback, reflection=reflection)
        assert outcome is not None
        return dataclasses.replace(
            outcome,
            prompt_tokens=int(totals["prompt"]),
            completion_tokens=int(totals["completion"]),
            model_seconds=float(totals["seconds"]),
            used_procedures=used,
        )

    def _reflect(
        self,
        ctx: StrategyContext,
        outcome: StrategyOutcome,
        feedback: str,
        trial: int,
        totals: dict[str, Any],
    ) -> str:
        """The model's own words on what went wrong, anchored by the evaluator's concrete feedback.

        A 135M model's reflection is often vague; the feedback sentence ("the answer '17 * 23' ignores the
        last calculator result '391'") is what it can act on, so both are kept.
        """
        prompt = (
            f"Task: {ctx.task.input}\nYour trial {trial + 1}:\n{trajectory(outcome.steps)}\n"
            f"Feedback: {feedback}.\nIn one sentence, say what to do differently on the next trial."
        )
        messages = [
            Message(role="system", content="You reflect on a failed attempt."),
            Message(role="user", content=prompt),
        ]
        usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
        text = ""
        try:
            data = complete_json(
                ctx.backend, messages, REFLECTION_SCHEMA, self.settings.reflection_tokens, usage
            )
            text = clean_input(str(data.get("reflection", "")), final=True)[:300]
        except Exception as exc:  # a failed reflection still leaves the evaluator's feedback to act on
            ctx.trace("error", stage="reflexion.reflect", error=f"{type(exc).__name__}: {exc}")
        totals["prompt"] += int(usage["prompt"])
        totals["completion"] += int(usage["completion"])
        totals["seconds"] += usage["seconds"]
        lead = f"Trial {trial + 1}: {feedback}."
        return f"{lead} {text}".strip() if text else lead
