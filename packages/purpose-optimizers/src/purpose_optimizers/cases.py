"""The built-in optimizer: solved episodes become procedures or worked cases, tool errors become warnings.

This is the learning signal a small model can use: a skill card with slots whose filled-in next step the
runtime offers, or a worked example close to the task. Abstract advice ("be careful with arithmetic") is
deliberately not produced.
"""

from __future__ import annotations

import json
from typing import Any

from purpose_agent.plugin import (
    CHECKERS,
    JudgedEpisode,
    MemoryCard,
    MemoryScope,
    Provenance,
    check_answer,
    generalize,
    initial_trust,
    to_skill_fields,
)

FINAL = "final_answer"


class CaseOptimizer:
    name = "cases"

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        if result.score is None or not result.steps:
            return []
        tool_steps = [s for s in result.steps if s.action != FINAL]
        tools = sorted({s.action for s in tool_steps})

        def provenance(origin: str) -> Provenance:
            # "tool_output": the card quotes what tools returned, which an outsider may have written
            return Provenance(
                source_traces=(result.trace_id,) if result.trace_id else (),
                optimizer=self.name,
                evidence={
                    "score": result.score.value,
                    "evaluator": result.score.evaluator,
                    "task_id": task.id,
                    "origin": origin,
                },
            )

        scope = MemoryScope(
            team=episode.scope.team, task_type=None if task.task_type in ("", "general") else task.task_type
        )
        ok_steps = [
            (s.action, s.arguments, s.observation)
            for s in result.steps
            if s.action == FINAL or s.tool_status == "ok"
        ]
        corrected = False
        if not result.success:
            ok_steps = self._hindsight(task, ok_steps)
            corrected = bool(ok_steps)
        if result.success or corrected:
            if any(s.suggested for s in result.steps) and all(s.suggested for s in result.steps):
                return []  # solved by following an existing skill: nothing new to learn
            procedure = generalize(task.input, ok_steps)
            if procedure is not None and "{s0}" in procedure.pattern and tool_steps:
                fields = to_skill_fields(procedure)
                calls = "; then ".join(f"{s['tool']} {json.dumps(s['arguments'])}" for s in fields["steps"])
                content = (
                    f"For tasks like '{procedure.pattern}': {calls}; then answer {fields['final_answer']}."
                )
                prov = provenance("episode")
                # the raw source before {sN} slots: memory CI scans it too (a slot must not hide a payload)
                source = {
                    "task": task.input[:2000],
                    "steps": [{"tool": t, "arguments": a} for t, a, _ in ok_steps],
                }
                prov = prov.model_copy(update={"evidence": {**prov.evidence, "source": source}})
                if corrected:
                    evidence = {
                        **prov.evidence,
                        "hindsight": "a tool result passed the checker; the "
                        "episode's own final answer did not, so the answer step was corrected",
                    }
                    prov = prov.model_copy(update={"evidence": evidence})
                return [
                    MemoryCard(
                        kind="skill_card",
                        content=content,
                        fields=fields,
                        provenance=prov,
                        # no task type: the procedure's own pattern decides where it applies
                        scope=MemoryScope(team=episode.scope.team, tool_names=tuple(tools)),
                        trust=initial_trust("episode"),
                    )
                ]
            if corrected:
                return []
            actions = [
                {"tool": s.action, "arguments": s.arguments, "result": s.observation[:1000]}
                for s in tool_steps
            ]
            content = f"Solved: {task.input[:300]} -> {result.answer[:300]}"
            fields = {
                "task": task.input[:2000],
                "actions": actions,
                "answer": result.answer[:2000],
                "outcome": "success",
                "score": result.score.value,
            }
            return [
                MemoryCard(
                    kind="episodic_case",
                    content=content,
                    fields=fields,
                    provenance=provenance("tool_output"),
                    scope=scope,
                    trust=initial_trust("tool_output"),
                )
            ]
        errors = [s for s in tool_steps if s.tool_status not in ("ok", "repeated")]
        if not errors:
            return []
        first = errors[0]
        fields = {
            "trigger": f"calling {first.action} for a task like: {task.input[:200]}",
            "symptom": first.observation[:500],
            "fix": f"check the arguments against the {first.action} tool's description before calling it",
        }
        content = (
            f"When calling {first.action} with {json.dumps(first.arguments)[:200]}: {first.observation[:200]}"
        )
        return [
            MemoryCard(
                kind="failure_pattern",
                content=content,
                fields=fields,
                provenance=provenance("tool_output"),
                scope=scope.model_copy(update={"tool_names": (first.action,)}),
                trust=initial_trust("tool_output"),
            )
        ]

    @staticmethod
    def _hindsight(
        task: Any, ok_steps: list[tuple[str, dict[str, Any], str]]
    ) -> list[tuple[str, dict[str, Any], str]]:
        """Hindsight correction: a failed episode whose tool result already held the expected answer.

        Small models often compute the right value and then answer with something else (the expression
        they typed, say). With a known answer (a training task) the trajectory up to that tool call plus
        "answer with its result" is a correct demonstration; replay still has to show it helps.
        """
        # a suite's own checker (a per-run name such as "case:<hash>") judges the episode, not one tool
        # output, and is not in the global table: no hindsight there
        if task.expected is None or (task.checker is not None and task.checker not in CHECKERS):
            return []

        tools_only = [s for s in ok_steps if s[0] != FINAL]
        for i, (_tool, _args, observation) in enumerate(tools_only):
            if check_answer(observation, task.expected, task.checker).value >= 1.0:
                return [*tools_only[: i + 1], (FINAL, {"answer": observation}, "")]
        return []
