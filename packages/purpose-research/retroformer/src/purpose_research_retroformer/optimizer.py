"""The retrospective step: a trace turned into one typed memory (kind, scope, evidence) by the model.

The model is asked, under a JSON schema, for the memory's kind and its text; the optimizer fills in the
scope (team, task type, and the tool for a tool rule) and the evidence (trace, score, the prompt variant
that produced it). Which prompt variant is used, and which earlier reflections appear as examples, comes
from the record of reflections that memory CI later promoted or rejected.
"""

from __future__ import annotations

import json
from typing import Any

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Message, Provenance

from purpose_research_retroformer.record import VARIANTS, ReflectionRecord
from purpose_research_retroformer.settings import RetroformerSettings

FINAL = "final_answer"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": ["failure_pattern", "tool_policy"]},
        "memory": {"type": "string", "maxLength": 300},
    },
    "required": ["kind", "memory"],
}


class RetroformerOptimizer:
    name = "retroformer"

    def __init__(
        self,
        settings: RetroformerSettings | None = None,
        *,
        backend: Any = None,
        record: ReflectionRecord | None = None,
    ) -> None:
        self.settings = settings or RetroformerSettings()
        self._backend = backend
        self.record = record if record is not None else ReflectionRecord.load(self.settings.record_path)

    @property
    def backend(self) -> Any:
        if self._backend is None:
            from purpose_agent.plugin import get_backend

            self._backend = get_backend(self.settings.model)
        return self._backend

    def prompt(self, episode: JudgedEpisode, variant: str) -> list[Message]:
        result = episode.result
        lines = [f"Task: {episode.task.input[:500]}"]
        for s in result.steps:
            if s.action == FINAL:
                lines.append(f"Final answer: {s.arguments.get('answer', '')}"[:300])
            else:
                lines.append(f"Called {s.action} {json.dumps(s.arguments)[:200]} -> {s.observation[:200]}")
        score = result.score.value if result.score else 0.0
        lines.append(f"Judged score: {score:.2f} ({(result.score.reasoning if result.score else '')[:200]})")
        examples = self.record.exemplars[: self.settings.exemplars]
        if examples:
            lines.append("Reflections that helped before:\n" + "\n".join(f"- {e}" for e in examples))
        lines.append(VARIANTS[variant])
        system = "You review an agent's attempt and write one memory that helps next time."
        return [Message(role="system", content=system), Message(role="user", content="\n".join(lines))]

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        if result.score is None or not result.steps:
            return []
        if self.settings.on == "failures" and result.success:
            return []
        from purpose_agent.plugin import PurposeError, initial_trust
        from purpose_react import clean_input, complete_json

        variant = self.record.choose()
        usage = {"prompt": 0.0, "completion": 0.0, "seconds": 0.0}
        try:
            data = complete_json(
                self.backend, self.prompt(episode, variant), SCHEMA, self.settings.max_tokens, usage
            )
        except PurposeError:
            return []
        text = clean_input(str(data.get("memory", "")), final=True)[:300]
        if not text:
            return []
        tools = [s.action for s in result.steps if s.action != FINAL]
        kind = str(data.get("kind", "failure_pattern"))
        if kind == "tool_policy" and not tools:
            kind = "failure_pattern"
        team = episode.scope.team
        if kind == "tool_policy":
            fields: dict[str, Any] = {
                "tool": tools[0],
                "rule": "how_to",
                "when": f"a task like: {task.input[:200]}",
            }
            scope = MemoryScope(team=team, tool_names=(tools[0],))
        else:
            fields = {
                "trigger": f"a task like: {task.input[:200]}",
                "symptom": result.answer[:300],
                "fix": text,
            }
            scope = MemoryScope(team=team, task_type=task.task_type or None)
        evidence = {
            "variant": variant,
            "score": result.score.value,
            "steps": [s.index for s in result.steps],
            "origin": "tool_output",
        }
        return [
            MemoryCard(
                kind=kind,
                content=text,
                fields=fields,
                scope=scope,
                provenance=Provenance(
                    source_traces=(result.trace_id,) if result.trace_id else (),
                    optimizer=self.name,
                    evidence=evidence,
                ),
                trust=initial_trust("tool_output"),
            )
        ]
