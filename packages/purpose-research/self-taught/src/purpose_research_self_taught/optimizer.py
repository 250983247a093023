"""Self-Taught Evaluator as an optimizer: each episode's task becomes a synthetic contrast pair."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ConfiguredBackend, JudgedEpisode, MemoryCard
from purpose_eval.calibration import JudgingItem

from purpose_research_self_taught.contrast import OPTIMIZER, SelfTaught
from purpose_research_self_taught.settings import SelfTaughtSettings


class SelfTaughtOptimizer(ConfiguredBackend):
    name = OPTIMIZER

    def __init__(self, backend: Any = None, settings: SelfTaughtSettings | None = None) -> None:
        self._backend = backend
        self.settings = settings or SelfTaughtSettings()

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result = episode.result
        observations = [s.observation for s in result.steps if s.observation and s.tool_status == "ok"]
        if result.score is None or len(observations) < self.settings.min_observations:
            return []
        item = JudgingItem(
            id=result.trace_id or "episode",
            purpose=episode.purpose,
            task=episode.task.input,
            answer=result.answer,
            observations=observations,
            good=result.success,
        )
        taught = SelfTaught(self.backend, perspectives=self.settings.perspectives)
        pair = taught.pair(item)
        if pair is None:
            return []
        traces = (result.trace_id,) if result.trace_id else ()
        judgments = taught.correct_judgments(pair)
        return [taught.exemplar(pair, p, good, bad, source_traces=traces) for p, good, bad in judgments if p][
            :1
        ]
