"""SPC as an optimizer: a solved, checker-verified episode is a good step to plant errors in.

Only episodes a deterministic checker passed are used (a known-good answer is what makes a planted
error an error). Each planted answer is judged by Φ without the known answer; misses become
critic_calibration candidates that memory CI scans, quarantines and replays before Φ may see them.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ConfiguredBackend, JudgedEpisode, MemoryCard, PurposeFunction
from purpose_eval.calibration import JudgingItem, verdict

from purpose_research_spc.critic import OPTIMIZER, miss_card
from purpose_research_spc.settings import SPCSettings
from purpose_research_spc.sneaky import plant_all


class SPCOptimizer(ConfiguredBackend):
    name = OPTIMIZER

    def __init__(self, backend: Any = None, settings: SPCSettings | None = None) -> None:
        self._backend = backend
        self.settings = settings or SPCSettings()

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result = episode.result
        score = result.score
        if score is None or not score.deterministic or score.value < 1.0 or not result.answer.strip():
            return []
        observations = [s.observation for s in result.steps if s.observation and s.tool_status == "ok"]
        good = JudgingItem(
            id=result.trace_id or "episode",
            purpose=episode.purpose,
            task=episode.task.input,
            answer=result.answer,
            observations=observations,
            good=True,
        )
        generator = self.backend if self.settings.model_plants else None
        planted = plant_all([good], generator)[: self.settings.max_plants]
        if not planted:
            return []
        judge = PurposeFunction(self.backend)
        traces = (result.trace_id,) if result.trace_id else ()
        return [
            miss_card(p, source_traces=traces, team=episode.scope.team)
            for p in planted
            if verdict(judge, p.item) >= 0.5
        ]
