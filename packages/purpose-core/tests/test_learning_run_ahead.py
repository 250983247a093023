"""The first round's "without" runs, run ahead on an executor's workers while training runs.

They are only kept when the store can retrieve nothing before and after training (a promoted card would
change what "without" means), and a candidate that takes one counts it as its own run, so decisions and
evidence are those of a replay that ran the case itself (the executor tests compare whole result files).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest
from purpose_agent.learning.loop import RunAhead, _Baseline
from purpose_agent.runtime.task import EpisodeResult, Task
from purpose_agent.types import Score


class _Store:
    def __init__(self) -> None:
        self.promoted: list[str] = []

    def list_cards(self, *, statuses: Sequence[Any], limit: int) -> list[str]:
        assert [str(s) for s in statuses] == ["promoted"]
        return self.promoted[:limit]


class _Team:
    def __init__(self) -> None:
        self.store = _Store()


def _tasks(n: int) -> list[Task]:
    return [Task(input=f"q{i}", expected=str(i), id=f"v{i}", split="validation") for i in range(n)]


def _result(value: float) -> EpisodeResult:
    return EpisodeResult(score=Score(value=value, confidence=1.0, evaluator="checker:exact"))


def test_runs_ahead_on_another_thread_while_training_goes_on() -> None:
    release, started = threading.Event(), threading.Event()
    seen: list[Any] = []

    def run_batch(jobs: Sequence[Any]) -> list[EpisodeResult]:
        seen.extend(jobs)
        started.set()
        release.wait(10)
        return [_result(float(i % 2)) for i, _ in enumerate(jobs)]

    team = _Team()
    ahead = RunAhead(team, [*_tasks(3), Task(input="no checker", id="v9")], run_batch)
    assert started.wait(10)  # running, while this thread (training) is not blocked
    assert [j.task.id for j in seen] == ["v0", "v1", "v2"]  # only cases replay can score
    assert all(j.learn is False and j.extra_cards == () for j in seen)
    release.set()
    assert ahead.take() == {"v0": 0.0, "v1": 1.0, "v2": 0.0}


def test_dropped_when_training_promoted_a_card_and_not_started_when_one_was() -> None:
    team = _Team()
    ahead = RunAhead(team, _tasks(2), lambda jobs: [_result(1.0) for _ in jobs])
    team.store.promoted.append("mem_x")  # training changed what a "without" run retrieves
    assert ahead.take() == {}

    calls: list[int] = []
    later = RunAhead(team, _tasks(2), lambda jobs: calls.append(len(jobs)) or [])
    assert later.take() == {} and calls == []


def test_a_single_case_is_not_run_ahead_and_a_failure_is_raised() -> None:
    calls: list[int] = []
    assert RunAhead(_Team(), _tasks(1), lambda jobs: calls.append(1) or []).take() == {} and not calls

    def broken(jobs: Sequence[Any]) -> list[EpisodeResult]:
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError, match="worker died"):
        RunAhead(_Team(), _tasks(2), broken).take()


def test_a_candidate_claims_a_run_ahead_score_as_its_own() -> None:
    baseline = _Baseline()
    baseline.ahead.update({"a": 1.0, "b": 0.0})
    assert baseline.known("a") is None  # hidden until claimed: bounds are those of an unrun case
    ran: list[list[str]] = []
    claimed: list[int] = []

    def run(ids: list[str]) -> list[float]:
        ran.append(ids)
        return [0.5] * len(ids)

    assert baseline.scores(["a", "c"], run, claim=claimed.append) == [1.0, 0.5]
    assert ran == [["c"]] and claimed == [1]
    assert baseline.known("a") == 1.0 and baseline.known("b") is None
    baseline.clear()  # a promotion: what was run ahead no longer holds
    assert baseline.scores(["b"], run) == [0.5] and ran[-1] == ["b"]
