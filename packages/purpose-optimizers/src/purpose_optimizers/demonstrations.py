"""Demonstrations: solved training requests kept as worked examples for requests never seen.

A procedure learned from one episode fits its own template; a request for another function needs the
*pattern* instead: read the request, call the offered tool whose schema fits with the request's own
values as JSON, answer with the result. A small model copies a worked example of that pattern far better
than it follows the advice in words, even when the example used another tool. So, after a training pass,
this learner keeps the episodes that passed the judge or checker (DSPy's BootstrapFewShot keeps the
demonstrations that pass the metric) as a small set of compact demonstrations (the request, the tool
calls with their arguments, the judged answer), at most one per tool and the simplest first, and proposes
them as ONE ``episodic_case`` card (its ``demonstrations`` field). At run time retrieval shows the set's
``k`` nearest demonstrations to the task (``purpose_agent.runtime.demonstrations``; ExpeL retrieves the
most similar successful trajectories).

The set claims to help everywhere, so memory CI scans it (every request, argument and answer in it: the
card's fields are what ``scan_memory`` reads) and replays it on the whole validation split, like a general
lesson. Its request texts and answers quote what users and tools wrote, so the card starts at low trust.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from purpose_agent.plugin import (
    DEMONSTRATIONS,
    EpisodeResult,
    EpisodeStatus,
    MemoryCard,
    MemoryScope,
    Provenance,
    Task,
    initial_trust,
)

from purpose_optimizers.live import live_cards

FINAL = "final_answer"
#: Most demonstrations kept in one set (retrieval shows at most ``runtime.demonstrations.MAX_SHOWN``).
MAX_KEPT = 8
#: Solved requests needed before a set is proposed (one worked example already shows the pattern).
MIN_SOLVED = 1
#: Longest request, argument JSON and answer kept: the examples must stay short for a small context.
TASK_CHARS, ARGUMENT_CHARS, ANSWER_CHARS = 240, 240, 120
#: Most tool calls in one demonstration (the pattern is one or two calls, then the answer).
MAX_CALLS = 2


def demonstration(task: Task, result: EpisodeResult) -> dict[str, Any] | None:
    """A compact worked example of ``result``, or None when it is not one: not judged a success, ended
    other than by an answer, no accepted tool call, too many calls, or arguments too long to show."""
    if result.score is None or not result.success or result.status is not EpisodeStatus.COMPLETED:
        return None
    calls = [s for s in result.steps if s.action != FINAL and s.tool_status == "ok"]
    if not calls or len(calls) > MAX_CALLS or not result.answer.strip():
        return None
    actions = []
    for step in calls:
        if len(json.dumps(step.arguments, ensure_ascii=False)) > ARGUMENT_CHARS:
            return None
        actions.append({"tool": step.action, "arguments": dict(step.arguments)})
    return {
        "task": task.input.strip()[:TASK_CHARS],
        "actions": actions,
        "answer": shown_answer(result.answer, calls[-1].observation),
    }


def shown_answer(answer: str, last_result: str) -> str:
    """The answer a demonstration shows: the judged one, unless it has nothing to do with the last tool
    result. A suite that checks the calls (function calling) passes an episode whose final answer was
    noise ("12*7", "final_answer"); the pattern to show is "answer with the result", so the result is
    shown instead (a hindsight correction; replay still has to show the set helps)."""
    answer, result = answer.strip(), last_result.strip()
    if result and len(result) <= ANSWER_CHARS and result not in answer and answer not in result:
        return result
    return answer[:ANSWER_CHARS]


def select(candidates: Sequence[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """At most ``MAX_KEPT`` of ``(task id, demonstration)``: one per tool (the set should show the pattern
    on many tools, not one tool many times), fewest calls and shortest first, then training order."""

    def size(item: tuple[int, tuple[str, dict[str, Any]]]) -> tuple[int, int, int]:
        i, (_, demo) = item
        return len(demo["actions"]), len(json.dumps(demo, ensure_ascii=False)), i

    kept: list[tuple[str, dict[str, Any]]] = []
    tools: set[str] = set()
    for _, (task_id, demo) in sorted(enumerate(candidates), key=size):
        first = demo["actions"][0]["tool"]
        if first in tools:
            continue
        tools.add(first)
        kept.append((task_id, demo))
        if len(kept) >= MAX_KEPT:
            break
    return kept


def propose_demonstrations(
    tasks: Sequence[Task],
    results: Sequence[EpisodeResult],
    *,
    team: str | None = None,
    optimizer: str = DEMONSTRATIONS,
) -> list[MemoryCard]:
    """The demonstration set this training pass supports (empty when too few requests were solved)."""
    found = []
    for i, (task, result) in enumerate(zip(tasks, results, strict=True)):
        demo = demonstration(task, result)
        if demo is not None:
            found.append((task.id or f"train-{i}", demo))
    kept = select(found)
    if len(kept) < MIN_SOLVED:
        return []
    tools = sorted({a["tool"] for _, d in kept for a in d["actions"]})
    by_id = {t.id: r for t, r in zip(tasks, results, strict=True) if t.id}
    evidence = {
        # the requests and answers are what users and tools wrote: attacker-reachable text
        "origin": "tool_output",
        "solved": len(found),
        "episodes": len(results),
        "kept": len(kept),
        "examples": [task_id for task_id, _ in kept],
    }
    return [
        MemoryCard(
            kind="episodic_case",
            content=f"Worked examples of {len(kept)} solved requests (tools: {', '.join(tools)})",
            fields={"outcome": "success", "demonstrations": [d for _, d in kept]},
            provenance=Provenance(
                source_traces=tuple(
                    r.trace_id for task_id, _ in kept if (r := by_id.get(task_id)) is not None and r.trace_id
                ),
                optimizer=optimizer,
                evidence=evidence,
            ),
            # the tools of a new request differ from the set's: scoped to the team only
            scope=MemoryScope(team=team) if team else MemoryScope(),
            trust=initial_trust("tool_output"),
        )
    ]


class DemonstrationOptimizer:
    """Demonstration sets as a registered optimizer: nothing per episode, one set after a training pass.

    Opt-in (``[learning] demonstrations = true``); a set with the same demonstrations already stored in a
    live status is not proposed again.
    """

    name = DEMONSTRATIONS

    def propose(self, *, episode: Any) -> list[MemoryCard]:
        return []  # a set is chosen from a whole pass

    def propose_pass(
        self,
        *,
        tasks: Sequence[Task],
        results: Sequence[EpisodeResult],
        team: str | None,
        store: Any,
        settings: Any,
    ) -> list[tuple[MemoryCard, str]]:
        if not settings.learning.demonstrations:
            return []
        mine = live_cards(store, "episodic_case", optimizer=self.name)
        known = [c.fields.get("demonstrations") for c in mine]
        out = []
        for card in propose_demonstrations(tasks, results, team=team, optimizer=self.name):
            if card.fields["demonstrations"] in known:
                continue
            ev = card.provenance.evidence
            reason = (
                f"demonstrations: {ev['kept']} kept of {ev['solved']} solved in {ev['episodes']} episodes"
            )
            out.append((card, reason))
        return out
