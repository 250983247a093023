"""Experience records (task, observations, actions, Q) from every judged episode, valued by n-step
Q-learning.

Each record is an episodic_case card (a built-in kind that already holds task, actions with their results
and the answer) whose utility Q starts at the n-step target. The runner's credit step then moves Q toward
the reward of every later episode that showed it, so a record keeps being revalued by what happens when it
is followed. Records are candidates: memory CI decides whether they reach a prompt.
"""

from __future__ import annotations

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Provenance, Utility

from purpose_research_rememberer.qlearning import nstep_target, terminal_rewards
from purpose_research_rememberer.settings import RemembererSettings

FINAL = "final_answer"


class RemembererOptimizer:
    name = "rememberer"

    def __init__(self, settings: RemembererSettings | None = None) -> None:
        self.settings = settings or RemembererSettings()

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        if result.score is None or not result.steps:
            return []
        if not result.success and not self.settings.record_failures:
            return []
        from purpose_agent.plugin import initial_trust

        bootstrap = max(
            (c.utility.q_value for c in episode.shown_cards if c.provenance.optimizer == self.name),
            default=0.0,
        )
        q = nstep_target(
            terminal_rewards(len(result.steps), result.score.value),
            gamma=self.settings.gamma,
            n=self.settings.n_step,
            bootstrap=bootstrap,
        )
        actions = [
            {"tool": s.action, "arguments": s.arguments, "result": s.observation[:1000]}
            for s in result.steps
            if s.action != FINAL
        ][:20]
        outcome = "success" if result.success else "failure"
        verdict = "worked" if result.success else "did not work"
        return [
            MemoryCard(
                kind="episodic_case",
                content=f"Experience ({verdict}): {task.input[:300]} -> answered {result.answer[:200]}",
                fields={
                    "task": task.input[:2000],
                    "actions": actions,
                    "answer": result.answer[:2000],
                    "outcome": outcome,
                    "score": result.score.value,
                },
                scope=MemoryScope(team=episode.scope.team, task_type=task.task_type or None),
                provenance=Provenance(
                    source_traces=(result.trace_id,) if result.trace_id else (),
                    optimizer=self.name,
                    evidence={"q_target": q, "steps": len(result.steps), "origin": "tool_output"},
                ),
                trust=initial_trust("tool_output"),
                utility=Utility(q_value=q),
            )
        ]
