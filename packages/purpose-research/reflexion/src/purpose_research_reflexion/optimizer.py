"""Lasting lessons: a reflection that turned a failed trial into a solved retry becomes a failure_pattern.

Reflexion's buffer lives for one episode; what should outlive it is a reflection that demonstrably
worked. The evidence is in the episode's trace (``reflexion.reflection`` events, then a solved final
trial), so the optimizer reads it from there. The card is only a candidate: memory CI scans it and the
replay test decides whether it helps other tasks.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Provenance

from purpose_research_reflexion.strategy import REFLECTION_EVENT


def reflections_of(trace_path: str | None) -> list[dict[str, Any]]:
    if not trace_path:
        return []
    from purpose_agent.plugin import PurposeError, read_trace

    try:
        return [e.data for e in read_trace(trace_path).of_type(REFLECTION_EVENT)]
    except (PurposeError, OSError):
        return []


class ReflexionOptimizer:
    name = "reflexion"

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        if result.score is None or not result.success:
            return []  # a reflection is a lesson only once a retry guided by it succeeded
        reflections = reflections_of(result.trace_path)
        if not reflections:
            return []
        last = reflections[-1]
        from purpose_agent.plugin import initial_trust

        lesson = str(last.get("reflection", ""))[:900]
        content = f"A first attempt failed ({str(last.get('feedback', ''))[:200]}); what fixed it: {lesson}"
        return [
            MemoryCard(
                kind="failure_pattern",
                content=content[:1900],
                fields={
                    "trigger": f"a task like: {task.input[:200]}",
                    "symptom": str(last.get("feedback", ""))[:500],
                    "fix": lesson,
                },
                scope=MemoryScope(team=episode.scope.team, task_type=task.task_type or None),
                provenance=Provenance(
                    source_traces=(result.trace_id,) if result.trace_id else (),
                    optimizer=self.name,
                    evidence={
                        "score": result.score.value,
                        "trials": len(reflections) + 1,
                        "task_id": task.id,
                        # the reflection quotes tool output and the model's own words
                        "origin": "tool_output",
                    },
                ),
                trust=initial_trust("tool_output"),
            )
        ]
