"""Contract tests for evaluators (judges): the score scale, checker precedence, robustness to bad output.

Subclass and set ``evaluator`` (an object with ``name`` and ``judge(...) -> Score``)::

    class TestMyJudge(EvaluatorContract):
        evaluator = MyJudge(backend)
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import Score


class EvaluatorContract:
    evaluator: Any = None

    def _evaluator(self) -> Any:
        assert self.evaluator is not None, "set `evaluator = ...` on the contract subclass"
        return self.evaluator

    def test_has_a_name(self) -> None:
        name = getattr(self._evaluator(), "name", None)
        assert isinstance(name, str) and name

    def test_score_is_on_the_stated_scale(self) -> None:
        score = self._evaluator().judge(
            purpose="Answer arithmetic questions",
            task="What is 2 + 2?",
            answer="4",
            observations=["calculator: 4"],
        )
        assert isinstance(score, Score)
        assert 0.0 <= score.value <= 1.0 and 0.0 <= score.confidence <= 1.0

    def test_a_known_answer_is_checked_deterministically(self) -> None:
        judge = self._evaluator()
        right = judge.judge(purpose="arithmetic", task="What is 2 + 2?", answer="4", expected="4")
        wrong = judge.judge(purpose="arithmetic", task="What is 2 + 2?", answer="5", expected="4")
        assert right.deterministic and wrong.deterministic
        assert right.value == 1.0 and wrong.value == 0.0

    def test_empty_answer_does_not_crash(self) -> None:
        score = self._evaluator().judge(purpose="anything", task="Say hi", answer="")
        assert isinstance(score, Score) and score.value <= 1.0
