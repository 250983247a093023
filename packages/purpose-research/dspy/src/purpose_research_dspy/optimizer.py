"""DSPy-style few-shot bootstrapping: traces that pass the metric become demonstrations.

BootstrapFewShot runs the program on training examples, keeps the traces the metric accepts as demos and
then keeps the demo set that scores best on validation. Here each demo is a memory card (an episodic case
holding the task, the tool calls with their results and the answer) and "keeps the ones that raise the
validation score" is memory CI's replay test: the same validation cases with and without the demo, paired,
promoted only on a gain. Labeled demos (a training question with its label and no trajectory) are
optional, as in DSPy's ``max_labeled_demos``.
"""

from __future__ import annotations

from collections import Counter

from purpose_agent.plugin import JudgedEpisode, MemoryCard, MemoryScope, Provenance

from purpose_research_dspy.settings import DSPySettings

FINAL = "final_answer"


class DSPyOptimizer:
    name = "dspy"

    def __init__(self, settings: DSPySettings | None = None) -> None:
        self.settings = settings or DSPySettings()
        self.bootstrapped: Counter[tuple[str | None, str]] = Counter()
        self.labeled: Counter[tuple[str | None, str]] = Counter()

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result, task = episode.result, episode.task
        if result.score is None:
            return []
        key = (episode.scope.team, task.task_type)
        scope = MemoryScope(team=episode.scope.team, task_type=task.task_type or None)
        from purpose_agent.plugin import initial_trust

        def provenance(kind: str, origin: str) -> Provenance:
            return Provenance(
                source_traces=(result.trace_id,) if result.trace_id else (),
                optimizer=self.name,
                evidence={
                    "demo": kind,
                    "score": result.score.value if result.score else None,
                    "origin": origin,
                },
            )

        passed = result.success and result.score.value >= self.settings.metric_threshold
        if passed and self.bootstrapped[key] < self.settings.max_bootstrapped_demos:
            self.bootstrapped[key] += 1
            actions = [
                {"tool": s.action, "arguments": s.arguments, "result": s.observation[:1000]}
                for s in result.steps
                if s.action != FINAL
            ][:20]
            return [
                MemoryCard(
                    kind="episodic_case",
                    content=f"Demo: {task.input[:300]} -> {result.answer[:300]}",
                    fields={
                        "task": task.input[:2000],
                        "actions": actions,
                        "answer": result.answer[:2000],
                        "outcome": "success",
                        "score": result.score.value,
                    },
                    scope=scope,
                    provenance=provenance("bootstrapped", "tool_output" if actions else "episode"),
                    trust=initial_trust("tool_output" if actions else "episode"),
                )
            ]
        if task.expected and task.split == "train" and self.labeled[key] < self.settings.max_labeled_demos:
            self.labeled[key] += 1
            return [
                MemoryCard(
                    kind="episodic_case",
                    content=f"Labeled demo: {task.input[:300]} -> {task.expected[:300]}",
                    fields={"task": task.input[:2000], "answer": task.expected[:2000], "outcome": "success"},
                    scope=scope,
                    provenance=provenance("labeled", "task_label"),
                    trust=initial_trust("episode"),
                )
            ]
        return []
