"""Contextual Experience Replay: trajectories distilled into environment dynamics and reusable skills.

Dynamics are what a tool did with the arguments it was given (and what it refused), as tool_policy cards;
skills are solved trajectories generalised into procedures with slots, as skill cards. Each item passes
through the replay buffer, which merges duplicates and proposes an item once it has enough support; the
store's lexical retrieval brings the promoted ones back into context for similar tasks.
"""

from __future__ import annotations

import json
from typing import Any

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Provenance

from purpose_research_cer.buffer import ReplayBuffer, signature
from purpose_research_cer.settings import CERSettings

FINAL = "final_answer"


class CEROptimizer:
    name = "cer"

    def __init__(self, settings: CERSettings | None = None) -> None:
        self.settings = settings or CERSettings()
        self.buffer = ReplayBuffer(self.settings.buffer_size)

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result = episode.result
        if result.score is None or not result.steps:
            return []
        out: list[MemoryCard] = []
        if self.settings.dynamics:
            out += self._dynamics(episode)
        if self.settings.skills and result.success:
            out += self._skills(episode)
        return out

    def _ready(self, sig: str, trace_id: str) -> int | None:
        item = self.buffer.observe(sig, trace_id)
        if item.proposed or item.support < self.settings.min_support:
            return None
        item.proposed = True
        return item.support

    def _provenance(self, episode: JudgedEpisode, support: int, what: str) -> Provenance:
        result = episode.result
        return Provenance(
            source_traces=(result.trace_id,) if result.trace_id else (),
            optimizer=self.name,
            evidence={
                "distilled": what,
                "support": support,
                "score": result.score.value if result.score else None,
                "origin": "tool_output",
            },
        )

    def _dynamics(self, episode: JudgedEpisode) -> list[MemoryCard]:
        from purpose_agent.plugin import initial_trust

        out = []
        for step in episode.result.steps:
            if step.action == FINAL or step.tool_status not in ("ok", "error", "refused"):
                continue
            args = json.dumps(step.arguments, ensure_ascii=False)[:300]
            ok = step.tool_status == "ok"
            sig = signature(step.action, args, "ok" if ok else step.observation[:120])
            support = self._ready(sig, episode.result.trace_id)
            if support is None:
                continue
            if ok:
                content = f"{step.action} {args} returns {step.observation[:200]}; use the returned value."
            else:
                content = f"{step.action} {args} fails: {step.observation[:200]}"
            out.append(
                MemoryCard(
                    kind="tool_policy",
                    content=content,
                    fields={
                        "tool": step.action,
                        "rule": "how_to" if ok else "avoid",
                        "when": f"a task like: {episode.task.input[:200]}",
                        "example_arguments": step.arguments,
                    },
                    scope=MemoryScope(team=episode.scope.team, tool_names=(step.action,)),
                    provenance=self._provenance(episode, support, "dynamics"),
                    trust=initial_trust("tool_output"),
                )
            )
        return out

    def _skills(self, episode: JudgedEpisode) -> list[MemoryCard]:
        from purpose_agent.plugin import generalize, initial_trust, to_skill_fields

        result, task = episode.result, episode.task
        steps: list[tuple[str, dict[str, Any], str]] = [
            (s.action, s.arguments, s.observation)
            for s in result.steps
            if s.action == FINAL or s.tool_status == "ok"
        ]
        tools = sorted({a for a, _, _ in steps if a != FINAL})
        procedure = generalize(task.input, steps)
        if procedure is None or not tools or "{s0}" not in procedure.pattern:
            return []
        support = self._ready(signature("skill", procedure.pattern), result.trace_id)
        if support is None:
            return []
        fields = to_skill_fields(procedure)
        calls = "; then ".join(f"{s['tool']} {json.dumps(s['arguments'])}" for s in fields["steps"])
        return [
            MemoryCard(
                kind="skill_card",
                content=f"Skill for '{procedure.pattern}': {calls}; then answer {fields['final_answer']}.",
                fields=fields,
                scope=MemoryScope(team=episode.scope.team, tool_names=tuple(tools)),
                provenance=self._provenance(episode, support, "skill"),
                trust=initial_trust("episode"),
            )
        ]
