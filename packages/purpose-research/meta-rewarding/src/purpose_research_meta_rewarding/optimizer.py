"""Meta-Rewarding as an optimizer: each judged episode's answer is judged again and meta-judged."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import ConfiguredBackend, JudgedEpisode, MemoryCard
from purpose_eval.calibration import JudgingItem

from purpose_research_meta_rewarding.meta import OPTIMIZER, MetaRewarding
from purpose_research_meta_rewarding.settings import MetaSettings


class MetaRewardingOptimizer(ConfiguredBackend):
    name = OPTIMIZER

    def __init__(self, backend: Any = None, settings: MetaSettings | None = None) -> None:
        self._backend = backend
        self.settings = settings or MetaSettings()

    def propose(self, *, episode: JudgedEpisode) -> list[MemoryCard]:
        result = episode.result
        if result.score is None or not result.answer.strip():
            return []
        item = JudgingItem(
            id=result.trace_id or "episode",
            purpose=episode.purpose,
            task=episode.task.input,
            answer=result.answer,
            observations=[s.observation for s in result.steps if s.observation],
            good=result.success,
        )
        meta = MetaRewarding(
            self.backend, perspectives=self.settings.perspectives, min_gap=self.settings.min_gap
        )
        traces = (result.trace_id,) if result.trace_id else ()
        return meta.propose_for(item, source_traces=traces, team=episode.scope.team)
