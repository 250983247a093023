"""LATS as an episode strategy (``strategy = "lats"``): Monte Carlo tree search over the agent's actions.

Zhou et al. 2023 ("Language Agent Tree Search") unify reasoning, acting and planning: an LM proposes
several actions per state (expansion), an LM value function scores the states, UCT chooses where to look
next, failed trajectories are turned into verbal reflections that steer later expansions, and values are
backed up the tree. Here the value function is the project's purpose function Φ (with its evidence rule),
actions are constrained JSON decisions (the ReAct action schema) so a small model can take part, and the
search stops at a final answer Φ rates above a threshold, or at the node, token or time budget.

Adapted from the paper: no Monte Carlo rollout to a terminal state after each expansion (the best child
is expanded on the next iteration instead, which spends the node budget on real tool calls), and the
environment is not reset between branches: tools are called again along each branch, so LATS suits tools
without side effects (lookups, calculators), not ones that write.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import (
    Backend,
    BackendError,
    Completion,
    EpisodeStatus,
    InvalidOutputError,
    Message,
    PurposeFunction,
    Step,
    StrategyContext,
    StrategyOutcome,
    ToolSpec,
)
from purpose_react import FINAL, MAX_INPUT_CHARS, clean_input, primary_parameter

from purpose_research_lats.settings import LATSSettings
from purpose_research_lats.tree import Node, select

REFLECTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"reflection": {"type": "string", "maxLength": 240}},
    "required": ["reflection"],
}


class MeteredBackend:
    """Counts every token the search spends (actor, Φ and reflections) against one budget."""

    def __init__(self, inner: Backend) -> None:
        self.inner = inner
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.seconds = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def complete(self, messages: Sequence[Message], **options: Any) -> Completion:
        started = time.perf_counter()
        try:
            result = self.inner.complete(messages, **options)
        finally:
            self.seconds += time.perf_counter() - started
        self.prompt_tokens += result.usage.prompt_tokens
        self.completion_tokens += result.usage.completion_tokens
        return result


def purpose_of(messages: Sequence[Message], fallback: str) -> str:
    for message in messages:
        match = re.search(r"^Purpose: (.+)$", message.content, re.MULTILINE)
        if match:
            return match.group(1).strip()
    return fallback


class LATSStrategy:
    name = "lats"

    def __init__(self, settings: LATSSettings | None = None) -> None:
        self.settings = settings or LATSSettings()

    def run(self, ctx: StrategyContext) -> StrategyOutcome:
        return _Search(self.settings, ctx).run()


class _Search:
    def __init__(self, settings: LATSSettings, ctx: StrategyContext) -> None:
        self.s = settings
        self.ctx = ctx
        self.llm = MeteredBackend(ctx.backend)
        self.judge = PurposeFunction(self.llm)
        self.purpose = purpose_of(ctx.messages, ctx.task.input)
        self.specs: dict[str, ToolSpec] = {spec.name: spec for spec in ctx.tools.specs()}
        self.base = [m for m in ctx.messages if not (m.role == "user" and m.content == ctx.task.input)]
        self.reflections: list[str] = []
        self.nodes = 0
        self.root = Node()
        self.cache: dict[str, tuple[str, str]] = {}

    # -- the loop -----------------------------------------------------------------------------------

    def run(self) -> StrategyOutcome:
        best_terminal: Node | None = None
        error: str | None = None
        try:
            while (problem := self._budget_problem()) is None:
                leaf = select(self.root, self.s.exploration)
                if leaf is None:
                    error = "search tree exhausted"
                    break
                children = self._expand(leaf)
                if not children:
                    leaf.expanded = True
                    continue
                for child in children:
                    if child.terminal and (
                        best_terminal is None or (child.reward or 0) > (best_terminal.reward or 0)
                    ):
                        best_terminal = child
                    if child.terminal and (child.reward or 0.0) >= self.s.success_threshold:
                        self.ctx.trace(
                            "lats.search",
                            event="solved",
                            node=child.id,
                            nodes=self.nodes,
                            tokens=self.llm.tokens,
                            value=child.reward,
                        )
                        return self._outcome(child, EpisodeStatus.COMPLETED, None)
            else:
                error = problem
        except BackendError as exc:
            self.ctx.trace("error", stage="model", error=str(exc), error_type=type(exc).__name__)
            return self._outcome(best_terminal, EpisodeStatus.BACKEND_ERROR, str(exc))
        if best_terminal is not None:
            return self._outcome(best_terminal, EpisodeStatus.COMPLETED, error)
        best = self._best_state()
        return self._outcome(best, EpisodeStatus.BUDGET_EXHAUSTED, error or "no final answer found")

    def _budget_problem(self) -> str | None:
        if self.nodes >= self.s.max_nodes:
            return f"node budget of {self.s.max_nodes} exhausted"
        if self.llm.tokens >= self.ctx.budgets.max_tokens:
            return f"token budget of {self.ctx.budgets.max_tokens} exhausted"
        if time.monotonic() > self.ctx.deadline:
            return f"time budget of {self.ctx.budgets.max_seconds:g} s exhausted"
        return None

    # -- expansion and evaluation -------------------------------------------------------------------

    def _expand(self, leaf: Node) -> list[Node]:
        leaf.expanded = True
        at_depth_limit = leaf.depth + 1 >= self.ctx.budgets.max_steps
        proposals: list[tuple[str, dict[str, Any]]] = []
        for i in range(self.s.n_actions):
            if (
                self.nodes + len(proposals) >= self.s.max_nodes
                or self.llm.tokens >= self.ctx.budgets.max_tokens
            ):
                break
            try:
                proposal = self._propose(leaf, proposals, seed=i, final_only=at_depth_limit)
            except InvalidOutputError as exc:  # one unusable sample is a lost proposal, not a lost search
                self.ctx.trace("error", stage="expand", node=leaf.id, error=str(exc)[:300])
                continue
            if proposal is not None and proposal not in proposals:
                proposals.append(proposal)
        children = []
        for action, arguments in proposals:
            self.nodes += 1
            child = Node(action=action, arguments=arguments, parent=leaf, id=self.nodes)
            leaf.children.append(child)
            if action == FINAL:
                child.terminal = True
                child.observation = str(arguments.get("answer", ""))
            else:
                child.observation, child.tool_status = self._call(action, arguments)
            child.reward = self._value(child)
            child.backpropagate(child.reward)
            self.ctx.trace(
                "lats.search",
                event="node",
                node=child.id,
                parent=leaf.id,
                action=action,
                arguments=arguments,
                value=child.reward,
                visits=child.visits,
            )
            if child.terminal and child.reward < self.s.success_threshold:
                self._reflect(child)
            children.append(child)
        return children

    def _call(self, action: str, arguments: dict[str, Any]) -> tuple[str, str]:
        key = json.dumps([action, arguments], sort_keys=True)
        if key not in self.cache:  # the same call on another branch returns the same thing
            result = self.ctx.tools.call(action, arguments)
            self.cache[key] = (result.as_observation(), result.status)
            self.ctx.trace("tool_call", tool=action, arguments=arguments, status=result.status)
        return self.cache[key]

    def _value(self, node: Node) -> float:
        """Φ's score of the state: for a final answer, the answer; otherwise what the path has found."""
        observations = [n.observation for n in node.path() if n.observation and not n.terminal]
        try:
            score = self.judge.judge(
                purpose=self.purpose,
                task=self.ctx.task.input,
                answer=node.observation,
                observations=observations,
            )
        except BackendError as exc:  # as in the runtime: a judge that fails scores 0
            self.ctx.trace(
                "error", stage="judge", node=node.id, error=str(exc)[:300], error_type=type(exc).__name__
            )
            return 0.0
        return float(score.value)

    def _propose(
        self, leaf: Node, already: list[tuple[str, dict[str, Any]]], *, seed: int, final_only: bool
    ) -> tuple[str, dict[str, Any]] | None:
        names = [FINAL] if final_only else [*self.specs, FINAL]
        schema = {
            "type": "object",
            "properties": {
                "action": {"type": "string", "enum": names},
                "input": {"type": "string", "maxLength": MAX_INPUT_CHARS},
            },
            "required": ["action", "input"],
        }
        messages = [*self.base, Message(role="user", content=self._scratchpad(leaf, already))]
        decision = self._json(messages, schema, self.s.action_tokens, seed=seed)
        action = str(decision.get("action", ""))
        if action not in names:
            return None
        text = clean_input(str(decision.get("input", ""))[:MAX_INPUT_CHARS], final=action == FINAL)
        if action == FINAL:
            return action, {"answer": text}
        primary = primary_parameter(self.specs[action])
        if primary is not None:
            return action, {primary: text}
        ask = Message(role="user", content=f"Arguments for {action} as JSON. Input: {text}")
        schema = self.specs[action].parameters or {"type": "object"}
        return action, self._json([*messages, ask], schema, self.s.action_tokens * 2, seed=seed)

    def _reflect(self, node: Node) -> None:
        if not self.s.reflect or len(self.reflections) >= self.s.max_reflections:
            return
        trail = "\n".join(
            f"{n.action} {json.dumps(n.arguments)} -> {n.observation[:200]}" for n in node.path()
        )
        messages = [
            Message(
                role="system",
                content="You reflect on a failed attempt in one sentence: what went wrong "
                "and what to do differently next time.",
            ),
            Message(
                role="user",
                content=f"Task: {self.ctx.task.input}\nAttempt:\n{trail}\n"
                f"This answer was judged wrong (value {node.reward:.2f}).",
            ),
        ]
        try:
            text = str(self._json(messages, REFLECTION_SCHEMA, 80, seed=0).get("reflection", "")).strip()
        except BackendError:
            return
        if text and text not in self.reflections:
            self.reflections.append(text[:240])
            self.ctx.trace("lats.search", event="reflection", node=node.id, text=text[:240])

    # -- prompts and model calls --------------------------------------------------------------------

    def _scratchpad(self, leaf: Node, already: list[tuple[str, dict[str, Any]]]) -> str:
        lines = [f"Task: {self.ctx.task.input}"]
        for i, node in enumerate(leaf.path(), 1):
            lines.append(f"Step {i}: {node.action} {json.dumps(node.arguments)} -> {node.observation[:400]}")
        if self.reflections:
            lines.append("Lessons from failed attempts:")
            lines.extend(f"- {r}" for r in self.reflections)
        if already:
            shown = "; ".join(f"{a} {next(iter(args.values()), '')}" for a, args in already)
            lines.append(f"Already proposed here: {shown}. Propose a different action.")
        lines.append("Choose the next action. Use final_answer with the result when the task is solved.")
        return "\n".join(lines)

    def _json(
        self, messages: list[Message], schema: dict[str, Any], tokens: int, *, seed: int
    ) -> dict[str, Any]:
        from purpose_agent.plugin import InvalidOutputError
        from purpose_repair import complete_with_schema

        temperature = self.s.temperature if seed else 0.0  # the first proposal is the greedy one

        def generate(convo: list[Message]) -> Completion:
            return self.llm.complete(
                convo, max_tokens=tokens, temperature=temperature, seed=seed, json_schema=schema
            )

        if self.llm.capabilities.json_schema:
            completion = generate(messages)
        else:
            completion = complete_with_schema(generate, messages, schema, constrained=False, attempts=2)
        try:
            data = json.loads(completion.text)
        except json.JSONDecodeError as exc:
            raise InvalidOutputError(f"the backend's output is not JSON: {completion.text[:200]!r}") from exc
        return data if isinstance(data, dict) else {}

    # -- results ------------------------------------------------------------------------------------

    def _best_state(self) -> Node | None:
        best: Node | None = None
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            if best is None or (node.reward or 0.0) > (best.reward or 0.0):
                best = node
            stack.extend(node.children)
        return best

    def _outcome(self, node: Node | None, status: EpisodeStatus, error: str | None) -> StrategyOutcome:
        steps: list[Step] = []
        for i, n in enumerate(node.path() if node is not None else []):
            if n.terminal:
                steps.append(Step(index=i, action=FINAL, arguments={"answer": n.observation}))
            else:
                steps.append(
                    Step(
                        index=i,
                        action=n.action,
                        arguments=n.arguments,
                        observation=n.observation,
                        tool_status=n.tool_status,
                    )
                )
        answer = node.observation if node is not None else ""
        self.ctx.trace(
            "lats.search",
            event="done",
            nodes=self.nodes,
            tokens=self.llm.tokens,
            reflections=len(self.reflections),
            status=status.value,
        )
        return StrategyOutcome(
            answer=answer,
            status=status,
            steps=steps,
            prompt_tokens=self.llm.prompt_tokens,
            completion_tokens=self.llm.completion_tokens,
            model_seconds=self.llm.seconds,
            error=error,
        )
