"""One judged episode: retrieve -> compile -> act -> judge -> credit -> hand to the learner.

The runner owns the order of operations and the guarantees around them: the trace is complete whatever
happens (a failure is an event and a status, not a lost file), nothing is written in EVAL_TEST, utility
is credited only from judged outcomes, and the judged episode is handed to the learner the setup names
(learning's, wired by the api layer), never learned from here: the runtime does not import learning.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.compiler import compile_prompt
from purpose_agent.config import BudgetsConfig
from purpose_agent.errors import BackendError, BudgetExceededError, PurposeError
from purpose_agent.llm.protocol import Backend, Message
from purpose_agent.memory.card import MemoryCard, MemoryScope
from purpose_agent.runmode import RunMode
from purpose_agent.runtime.checkers import Checker, check
from purpose_agent.runtime.demonstrations import is_demonstration_set, narrow
from purpose_agent.runtime.judge import resolve_judge
from purpose_agent.runtime.procedures import Procedure, from_lesson_fields, from_skill_fields, instantiate
from purpose_agent.runtime.retrieval import retrieve_memories
from purpose_agent.runtime.strategy import Strategy, StrategyContext, StrategyOutcome
from purpose_agent.runtime.task import EpisodeResult, EpisodeStatus, JudgedEpisode, Task
from purpose_agent.trace import TraceWriter
from purpose_agent.types import Score

log = logging.getLogger("purpose_agent")

#: Longest task accepted; beyond it the episode ends as INVALID_TASK before any model call.
MAX_TASK_CHARS = 20_000


@dataclass
class Episode:
    """What lifecycle hooks receive."""

    id: str
    task: Task
    agent: str
    team: str | None
    run_mode: RunMode
    trace_path: str | None = None


@dataclass
class AgentSetup:
    """Everything one agent needs to run an episode."""

    name: str
    role: str
    purpose: str
    backend: Backend
    tools: Any
    store: Any
    manager: Any
    strategy: Strategy
    budgets: BudgetsConfig
    trace_dir: str | None
    team: str | None = None
    run_mode: RunMode = RunMode.LEARNING_TRAIN
    judge_backend: Backend | None = None
    learn: bool = True
    memory_k: int = 6
    history: list[str] = field(default_factory=list)
    """Earlier agents' outputs in a team pipeline, shown as context."""
    on_event: Callable[..., None] | None = None
    """Called as ``on_event(type, **data)`` for every trace event, plus ``episode_started`` and
    ``episode_finished``: what streaming and observers are built on. Its failures are logged, not raised."""
    on_token: Callable[[str], None] | None = None
    """Called with each piece of model output as it is generated (token streaming)."""
    checkers: Mapping[str, Checker] | None = None
    """The checkers this run may use by name (None: the built-in ones); see ``checkers_for``."""
    learner: Callable[[JudgedEpisode, Callable[..., None]], Sequence[Any]] | None = None
    """Observes the judged episode when learning is on (``purpose_agent.learning.learner.Learner``):
    called with it and the trace sink, returns the candidates it admitted. None: the episode learns
    nothing."""


def _validate_task(task: Task | str) -> tuple[Task, str | None]:
    if isinstance(task, str):
        task = Task(input=task)
    text = task.input.strip()
    if not text:
        return task, "the task is empty: give the agent something to do"
    if len(task.input) > MAX_TASK_CHARS:
        return (
            task,
            f"the task is {len(task.input):,} characters; the limit is {MAX_TASK_CHARS:,}: shorten it",
        )
    return task, None


def procedures_of(cards: Sequence[MemoryCard]) -> list[tuple[str, Procedure]]:
    out = []
    for card in cards:
        if card.kind == "skill_card":
            procedure = from_skill_fields(card.fields)
            if procedure is not None:
                out.append((card.id, procedure))
        elif card.kind == "failure_pattern" and (lesson := from_lesson_fields(card.fields)) is not None:
            out.append((card.id, lesson))  # a general lesson the strategy acts on (runtime/procedures.py)
    return out


def concretize(cards: Sequence[MemoryCard], task: str) -> list[MemoryCard]:
    """Show a skill card filled in for this task instead of with ``{slots}``, a demonstration set as its
    examples nearest to the task.

    A small model copies what it sees; shown a template it copies the braces. The stored card is not
    changed: the copy exists only for this prompt and keeps the card's id for credit assignment.
    """
    out = []
    for card in cards:
        if is_demonstration_set(card):  # only the task's nearest worked examples (runtime/demonstrations.py)
            out.append(narrow(card, task))
            continue
        procedure = from_skill_fields(card.fields) if card.kind == "skill_card" else None
        filled = instantiate(procedure, task) if procedure is not None else None
        if not filled:
            out.append(card)
            continue
        steps = [{"tool": s.tool, "arguments": s.arguments} for s in filled if s.tool != "final_answer"]
        fields = {
            **card.fields,
            "name": task[:120],
            "when_to_use": task[:500],
            "steps": steps,
            "final_answer": "the result of the last call",
        }
        calls = "; then ".join(f"{s['tool']} {s['arguments']}" for s in steps)
        out.append(
            card.model_copy(update={"fields": fields, "content": f"Proven steps for this task: {calls}"})
        )
    return out


def run_episode(
    setup: AgentSetup,
    task: Task | str,
    *,
    extra_cards: Sequence[MemoryCard] = (),
    exclude_ids: Sequence[str] = (),
    learn: bool | None = None,
) -> EpisodeResult:
    """Run and judge one episode, then (in a writable mode) hand it to ``setup.learner``; never raises for
    model or tool failures. ``on_episode_end`` fires with the result whatever happened."""
    started = time.monotonic()
    task, problem = _validate_task(task)
    episode_id = f"ep_{uuid.uuid4().hex[:16]}"
    immune = setup.manager.settings.immune
    trace = TraceWriter(
        setup.trace_dir or setup.manager.settings.traces,
        trace_id=episode_id,
        run_mode=setup.run_mode,
        plugins=setup.manager.loaded_set(),
        task=task.input[:2000],
        meta={
            "agent": setup.name,
            "team": setup.team,
            "immune": immune,
            "model": getattr(setup.backend, "model", ""),
        },
    )

    def notify(event_type: str, /, **data: Any) -> None:
        if setup.on_event is None:
            return
        try:
            setup.on_event(event_type, **data)
        except Exception as exc:  # an observer's bug must not end the episode
            log.warning("event observer failed on %s: %s: %s", event_type, type(exc).__name__, exc)

    def sink(event_type: str, /, **data: Any) -> None:
        trace.event(event_type, data)
        notify(event_type, **data)

    episode = Episode(
        episode_id, task, setup.name, setup.team, setup.run_mode, str(trace.path) if trace.path else None
    )
    result = EpisodeResult(
        trace_id=episode_id, trace_path=episode.trace_path, run_mode=setup.run_mode.value, immune=immune
    )
    setup.manager.episode_started(episode)
    notify("episode_started", trace_id=episode_id, task=task.input[:2000], agent=setup.name)
    try:
        if problem is not None:
            sink("error", stage="task", error=problem)
            result.status, result.error = EpisodeStatus.INVALID_TASK, problem
            result.score = Score(
                value=0.0, confidence=1.0, reasoning=problem, evaluator="runtime", deterministic=True
            )
            return result
        scope = MemoryScope(
            team=setup.team,
            agent=setup.name,
            task_type=None if task.task_type in ("", "general") else task.task_type,
            tool_names=tuple(s.name for s in setup.tools.specs()),
        )
        retrieved = retrieve_memories(
            setup.store,
            task.input,
            scope=scope,
            k=setup.memory_k,
            manager=setup.manager,
            agent=setup.name,
            team=setup.team,
        )
        cards = [*(c for c, _ in retrieved if c.id not in exclude_ids), *extra_cards]
        compiled = _compile(setup, task, concretize(cards, task.input))
        trace.prompt_compiled(compiled)
        result.memory_ids = list(compiled.shown_ids)
        shown = [c for c in cards if c.id in set(compiled.shown_ids)]
        ctx = StrategyContext(
            task=task,
            backend=setup.backend,
            tools=setup.tools,
            messages=compiled.messages,
            budgets=setup.budgets,
            trace=sink,
            procedures=procedures_of(shown),
            on_token=setup.on_token,
        )
        outcome = _act(setup, ctx)
        result.answer, result.status, result.steps, result.error = (
            outcome.answer,
            outcome.status,
            outcome.steps,
            outcome.error,
        )
        result.prompt_tokens, result.completion_tokens = outcome.prompt_tokens, outcome.completion_tokens
        result.model_seconds = outcome.model_seconds
        result.score = _judge(setup, task, result, shown)
        trace.score(result.score)
        notify("score", **result.score.model_dump(mode="json"))
        if setup.run_mode is RunMode.LEARNING_TRAIN and shown:
            setup.store.record_shown([c.id for c in shown], episode_id)
            setup.store.credit([c.id for c in shown], helped=result.success, reward=result.score.value)
        if (setup.learn if learn is None else learn) and setup.run_mode.can_write:
            _learn(setup, task, result, shown, sink)
        return result
    except PurposeError as exc:  # a store or plugin failure still ends with a status and a full trace
        log.warning("episode %s failed: %s", episode_id, exc)
        sink("error", stage="episode", error=str(exc), error_type=type(exc).__name__)
        if isinstance(exc, BackendError):
            result.status = EpisodeStatus.BACKEND_ERROR
        elif isinstance(exc, BudgetExceededError):
            result.status = EpisodeStatus.INVALID_TASK
        else:
            result.status = EpisodeStatus.ERROR
        result.error = str(exc)
        return result
    finally:
        result.seconds = time.monotonic() - started
        trace.close(
            status=result.status.value,
            answer=result.answer[:2000],
            score=result.score.value if result.score else None,
            seconds=result.seconds,
            tokens=result.tokens,
            memory_ids=result.memory_ids,
            candidates=[c.model_dump() for c in result.candidates],
            error=result.error,
        )
        setup.manager.episode_finished(episode, result)
        notify(
            "episode_finished",
            trace_id=episode_id,
            status=result.status.value,
            answer=result.answer[:2000],
            score=result.score.value if result.score else None,
            seconds=result.seconds,
        )


def _compile(setup: AgentSetup, task: Task, cards: Sequence[MemoryCard]) -> Any:
    purpose = f"Purpose: {setup.purpose}\nYou are the {setup.name}. {setup.role}"
    history = [Message(role="user", content=f"Earlier in the team, {h}") for h in setup.history]
    return compile_prompt(
        purpose=purpose,
        task=task.input,
        memories=cards,
        tools=setup.tools.specs(),
        history=history,
        budget=setup.budgets.prompt_tokens,
        count_tokens=setup.backend.count_tokens,
    )


def _act(setup: AgentSetup, ctx: StrategyContext) -> StrategyOutcome:
    try:
        return setup.strategy.run(ctx)
    except BackendError as exc:
        ctx.trace("error", stage="model", error=str(exc), error_type=type(exc).__name__)
        return StrategyOutcome(answer="", status=EpisodeStatus.BACKEND_ERROR, steps=[], error=str(exc))


def _judge(setup: AgentSetup, task: Task, result: EpisodeResult, shown: Sequence[MemoryCard]) -> Score:
    observations = [s.observation for s in result.steps if s.observation]
    calibrations = [c.content for c in shown if c.kind == "critic_calibration"]
    if task.expected is not None:  # a deterministic checker, when the task has one, always wins
        return check(result.answer, task.expected, task.checker, checkers=setup.checkers)
    judge = resolve_judge(setup.manager, setup.judge_backend or setup.backend)
    try:
        score: Score = judge.judge(
            purpose=setup.purpose,
            task=task.input,
            answer=result.answer,
            observations=observations,
            expected=task.expected,
            checker=task.checker,
            calibrations=calibrations,
        )
        return score
    except BackendError as exc:
        return Score(value=0.0, confidence=0.0, reasoning=f"judge failed: {exc}", evaluator="judge:error")


def _learn(
    setup: AgentSetup, task: Task, result: EpisodeResult, shown: Sequence[MemoryCard], trace: Any
) -> None:
    if setup.learner is None or result.status is not EpisodeStatus.COMPLETED or result.score is None:
        return  # nothing judged cleanly, nothing learned: a broken episode must not become memory
    judged = JudgedEpisode(
        purpose=setup.purpose,
        task=task,
        result=result,
        scope=MemoryScope(team=setup.team, agent=setup.name),
        shown_cards=shown,
    )
    result.candidates.extend(setup.learner(judged, trace))
