"""Contract tests for optimizers: they propose well-formed candidates and never write memory themselves.

Subclass and set ``optimizer``::

    class TestMyOptimizer(OptimizerContract):
        optimizer = MyOptimizer()

Override ``episodes()`` to feed episodes your optimizer learns from; the defaults are a solved tool-using
episode, a failed one and one that was never judged.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import (
    EpisodeResult,
    EpisodeStatus,
    JudgedEpisode,
    MemoryCard,
    MemoryScope,
    MemoryStatus,
    Score,
    Step,
    Task,
)


def sample_episodes() -> list[JudgedEpisode]:
    solved = EpisodeResult(
        answer="391",
        score=Score(value=1.0, confidence=1.0, evaluator="checker:numeric", deterministic=True),
        steps=[
            Step(
                index=0,
                action="calculator",
                arguments={"expression": "17 * 23"},
                observation="391",
                tool_status="ok",
            ),
            Step(index=1, action="final_answer", arguments={"answer": "391"}),
        ],
        trace_id="ep_contract_solved",
    )
    failed = solved.model_copy(
        update={
            "answer": "17 * 23",
            "score": Score(value=0.0, confidence=1.0, evaluator="checker:numeric", deterministic=True),
            "steps": [
                Step(
                    index=0,
                    action="calculator",
                    arguments={"expression": "17 x"},
                    tool_status="refused",
                    observation="[refused] syntax error",
                ),
                Step(index=1, action="final_answer", arguments={"answer": "17 * 23"}),
            ],
            "trace_id": "ep_contract_failed",
        }
    )
    unjudged = EpisodeResult(
        status=EpisodeStatus.BACKEND_ERROR, error="model timed out", trace_id="ep_contract_x"
    )
    task = Task(input="What is 17 * 23?", expected="391", task_type="arithmetic", id="contract-1")
    scope = MemoryScope(team="contract")
    return [
        JudgedEpisode(purpose="Answer arithmetic questions", task=task, result=r, scope=scope)
        for r in (solved, failed, unjudged)
    ]


class OptimizerContract:
    optimizer: Any = None

    def episodes(self) -> list[JudgedEpisode]:
        return sample_episodes()

    def _optimizer(self) -> Any:
        assert self.optimizer is not None, "set `optimizer = ...` on the contract subclass"
        return self.optimizer

    def test_has_a_name(self) -> None:
        name = getattr(self._optimizer(), "name", None)
        assert isinstance(name, str) and name

    def test_proposals_are_well_formed_candidates(self) -> None:
        for episode in self.episodes():
            proposals = self._optimizer().propose(episode=episode)
            assert isinstance(proposals, list)
            for card in proposals:
                assert isinstance(card, MemoryCard)
                assert card.status is MemoryStatus.CANDIDATE, "optimizers propose; memory CI promotes"
                assert card.provenance.optimizer == self._optimizer().name
                if episode.result.trace_id:
                    assert episode.result.trace_id in card.provenance.source_traces

    def test_an_unjudged_episode_teaches_nothing_dangerous(self) -> None:
        unjudged = [e for e in self.episodes() if e.result.score is None]
        for episode in unjudged:
            for card in self._optimizer().propose(episode=episode):
                assert card.trust <= 0.5, "a card from an unjudged episode must not start trusted"
