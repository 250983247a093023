"""MUSE's reflection step: after each sub-task (a tool call) and at the end of the task, write to the tiers.

The reflection is read off the judged trace rather than asked of the model: a 135M model's free-form
self-assessment is mostly noise, while the trace says exactly which call worked, which failed and whether
the answer used what the tools returned. Per sub-task it writes a tool note; a solved task gives an indexed
procedure; a failed one gives strategic guidance for the dilemma it met. All are candidates for memory CI.
"""

from __future__ import annotations

import json
from typing import Any

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Provenance

from purpose_research_muse.settings import MuseSettings
from purpose_research_muse.tiers import OWNER, PROCEDURAL, STRATEGIC, TOOL

FINAL = "final_answer"


class MuseOptimizer:
    name = OWNER

    def __init__(self, settings: MuseSettings | None = None) -> None:
        self.settings = settings or MuseSettings()

    def _card(self, episode: JudgedEpisode, tier: str, origin: str, **data: Any) -> MemoryCard:
        from purpose_agent.plugin import initial_trust

        result = episode.result
        return MemoryCard(
            provenance=Provenance(
                source_traces=(result.trace_id,) if result.trace_id else (),
                optimizer=self.name,
                evidence={
                    "tier": tier,
                    "score": result.score.value if result.score else None,
                    "origin": origin,
                },
            ),
            trust=initial_trust(origin),
            **data,
        )

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result = episode.result
        if result.score is None or not result.steps:
            return []
        tiers = set(self.settings.tiers)
        out: list[MemoryCard] = []
        if TOOL in tiers:
            out += self._tool_notes(episode)
        if PROCEDURAL in tiers and result.success:
            out += self._procedure(episode)
        if STRATEGIC in tiers and not result.success:
            out += self._strategy(episode)
        return out

    def _tool_notes(self, episode: JudgedEpisode) -> list[MemoryCard]:
        out, seen = [], set()
        for step in episode.result.steps:
            if step.action == FINAL or step.tool_status not in ("ok", "error", "refused"):
                continue
            ok = step.tool_status == "ok"
            if (step.action, ok) in seen:
                continue
            seen.add((step.action, ok))
            args = json.dumps(step.arguments, ensure_ascii=False)[:200]
            if ok:
                note = f"Tool note for {step.action}: input like {args} worked"
                note += f" and returned {step.observation[:80]}"
            else:
                note = f"Tool note for {step.action}: input like {args} failed: {step.observation[:120]}"
            out.append(
                self._card(
                    episode,
                    TOOL,
                    "tool_output",
                    kind="tool_policy",
                    content=note,
                    fields={
                        "tool": step.action,
                        "rule": "how_to" if ok else "avoid",
                        "when": "when calling this tool",
                        "example_arguments": step.arguments,
                    },
                    scope=MemoryScope(team=episode.scope.team, tool_names=(step.action,)),
                )
            )
        return out

    def _procedure(self, episode: JudgedEpisode) -> list[MemoryCard]:
        from purpose_agent.plugin import generalize, to_skill_fields

        result, task = episode.result, episode.task
        steps = [
            (s.action, s.arguments, s.observation)
            for s in result.steps
            if s.action == FINAL or s.tool_status == "ok"
        ]
        procedure = generalize(task.input, steps)
        tools = sorted({a for a, _, _ in steps if a != FINAL})
        if procedure is None or not tools or "{s0}" not in procedure.pattern:
            return []
        fields = to_skill_fields(procedure, name=f"SOP: {procedure.pattern}"[:120])
        calls = "; then ".join(f"{s['tool']} {json.dumps(s['arguments'])}" for s in fields["steps"])
        return [
            self._card(
                episode,
                PROCEDURAL,
                "episode",
                kind="skill_card",
                content=f"SOP [{procedure.pattern}]: {calls}; then answer {fields['final_answer']}.",
                fields=fields,
                scope=MemoryScope(team=episode.scope.team, tool_names=tuple(tools)),
            )
        ]

    def _strategy(self, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        ok = [s for s in result.steps if s.action != FINAL and s.tool_status == "ok"]
        if ok and ok[-1].observation.strip() and ok[-1].observation.strip()[:80] not in result.answer:
            dilemma = f"a {ok[-1].action} result is in hand but the answer still has to be written"
            guidance = (
                f"answer with the {ok[-1].action} result itself, not with the question or the expression"
            )
        elif not ok and any(s.action != FINAL for s in result.steps):
            dilemma = "every tool call failed"
            guidance = (
                "call the tool with the plain input its description asks for, then answer with its result"
            )
        elif not ok:
            dilemma = "answering without using any tool"
            guidance = "call a tool that computes or looks up the answer before giving the final answer"
        else:
            return []
        return [
            self._card(
                episode,
                STRATEGIC,
                "episode",
                kind="failure_pattern",
                content=f"Dilemma: {dilemma}. Guidance: {guidance}.",
                fields={"trigger": dilemma, "symptom": f"answered {result.answer[:200]!r}", "fix": guidance},
                scope=MemoryScope(team=episode.scope.team, task_type=task.task_type or None),
            )
        ]
