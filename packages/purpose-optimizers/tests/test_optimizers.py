"""The built-in optimizers: the case optimizer per episode, general lessons and demonstration sets per
training pass, and the entry points that register them (each can be switched off on its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.plugin import (
    EpisodeResult,
    EpisodeStatus,
    PluginManager,
    PluginsConfig,
    Score,
    Settings,
    Step,
    Task,
    open_store,
)
from purpose_agent.testing import OptimizerContract, sample_episodes
from purpose_optimizers.cases import CaseOptimizer
from purpose_optimizers.demonstrations import DemonstrationOptimizer
from purpose_optimizers.lessons import LessonOptimizer, _wrong_values, propose_lessons

# -- the case optimizer (one episode at a time) ----------------------------------------------------------


class TestCaseOptimizerContract(OptimizerContract):
    optimizer = CaseOptimizer()


def test_case_optimizer_learns_a_skill_from_a_solved_episode() -> None:
    solved = sample_episodes()[0]
    (card,) = CaseOptimizer().propose(episode=solved)
    assert card.kind == "skill_card" and card.fields["when_to_use"] == "What is {s0}?"
    assert card.fields["slot_types"] == ["expression"]
    (step,) = card.fields["steps"]
    assert (step["tool"], step["arguments"]) == ("calculator", {"expression": "{s0}"})
    assert card.fields["final_answer"] == "{result}"


def test_case_optimizer_hindsight_corrects_the_answer_step() -> None:
    episode = sample_episodes()[0]
    wrong = episode.result.model_copy(
        update={
            "answer": "17 * 23",
            "score": episode.result.score.model_copy(update={"value": 0.0}),
            "steps": [
                episode.result.steps[0],
                episode.result.steps[1].model_copy(update={"arguments": {"answer": "17 * 23"}}),
            ],
        }
    )
    (card,) = CaseOptimizer().propose(episode=episode.__class__(**{**episode.__dict__, "result": wrong}))
    assert card.kind == "skill_card" and card.fields["final_answer"] == "{result}"
    assert "hindsight" in card.provenance.evidence


def test_case_optimizer_learns_nothing_without_a_checkable_fix() -> None:
    failed = sample_episodes()[1]
    cards = CaseOptimizer().propose(episode=failed)
    assert [c.kind for c in cards] == ["failure_pattern"]


# -- general lessons ----------------------------------------------------------------------------------


def _episode(steps: list[Step], success: bool, answer: str = "x") -> EpisodeResult:
    score = Score(value=1.0 if success else 0.0, confidence=1.0, reasoning="", evaluator="checker")
    return EpisodeResult(answer=answer, steps=steps, status=EpisodeStatus.COMPLETED, score=score)


def test_values_the_request_never_gave_propose_the_values_lesson() -> None:
    tasks = [Task(input=f"Book a room in Oslo for {n} nights", id=f"t{n}") for n in (2, 3, 4, 5)]
    invented = [
        Step(index=0, action="book", arguments={"city": "New York", "nights": n}, tool_status="ok",
             observation="ok")
        for n in (2, 3)
    ]  # fmt: skip
    right = [
        Step(
            index=0,
            action="book",
            arguments={"city": "Oslo", "nights": n},
            tool_status="ok",
            observation="ok",
        )
        for n in (4, 5)
    ]
    results = [_episode([s], False) for s in invented] + [_episode([s], True) for s in right]
    cards = propose_lessons(tasks, results)
    patterns = {c.provenance.evidence["pattern"]: c for c in cards}
    assert (
        "wrong_values" in patterns and patterns["wrong_values"].fields["trigger"] == "filling tool arguments"
    )
    assert patterns["wrong_values"].provenance.evidence["failures_with_pattern"] == 2


def test_values_the_request_gives_in_other_forms_are_not_wrong_values() -> None:
    """A success that writes the request's date in ISO form, a number given in words, or an id with other
    punctuation shows no wrong value; read by its digits alone it did, and with every success showing the
    pattern the lesson was never proposed (a blind catalogue, docs/comparison.md, session 31)."""
    def call(arguments: dict) -> Step:
        return Step(index=0, action="f", arguments=arguments, tool_status="ok", observation="ok")

    given_right = [
        ("Our puppy was born on January 5, 2025.", {"species": "dog", "birth_date": "2025-01-05"}),
        ("Explode the BOM for ASM-100, three levels deep.", {"assembly_id": "./asm-100", "levels": 3}),
        ("Made $3.5k on shares held two years.", {"gain": 3500, "months": 2}),
        ("Standup at 9am on March 3rd 2025, with Li", {"when": "2025-03-03T09:00:00", "who": "Li"}),
        ("A 45% rate on 200", {"rate": 0.45, "amount": 200}),
    ]
    invented = [
        ("Made $3,500 on shares held two years.", {"gain": 2022, "months": 12}),
        ("Book for six on March 14th 2025", {"name": "Luigi", "party_size": 2025, "day": "2025-03-15"}),
        ("Transfer T-5512 to maya@mail.com", {"ids": ["T-5512"], "email": "123456 at mail"}),
    ]
    tasks = [Task(input=text, id=f"t{i}") for i, (text, _) in enumerate(given_right + invented)]
    results = [_episode([call(a)], True) for _, a in given_right] + [
        _episode([call(a)], False) for _, a in invented
    ]
    assert [_wrong_values(t, r) for t, r in zip(tasks, results, strict=True)] == [False] * 5 + [True] * 3
    cards = propose_lessons(tasks, results)
    (card,) = [c for c in cards if c.provenance.evidence["pattern"] == "wrong_values"]
    assert card.provenance.evidence["successes_with_pattern"] == 0


# -- the training-pass optimizers ------------------------------------------------------------------------


def _pass() -> tuple[list[Task], list[EpisodeResult]]:
    """Two failures that answered without the tool, two successes that called it: the no-tool lesson."""
    tasks = [
        Task(input=f"What is {n} * 7?", expected=str(n * 7), checker="numeric", id=f"m{n}") for n in range(4)
    ]
    results = []
    for n in range(4):
        ok = n >= 2
        call = Step(index=0, action="calculator", arguments={"expression": f"{n} * 7"},
                    observation=str(n * 7), tool_status="ok")  # fmt: skip
        steps = [call] if ok else []
        steps.append(
            Step(index=len(steps), action="final_answer", arguments={"answer": str(n * 7 if ok else 1)})
        )
        score = Score(value=1.0 if ok else 0.0, confidence=1.0, reasoning="", evaluator="checker")
        answer = str(n * 7 if ok else 1)
        results.append(EpisodeResult(answer=answer, steps=steps, status=EpisodeStatus.COMPLETED, score=score))
    return tasks, results


def test_lessons_come_once_per_pass_with_their_counts_and_not_again_when_stored(tmp_path: Path) -> None:
    tasks, results = _pass()
    store = open_store(tmp_path / "memory.db")
    optimizer, settings = LessonOptimizer(), Settings()
    assert optimizer.propose(episode=sample_episodes()[0]) == []  # one episode shows no contrast
    proposals = optimizer.propose_pass(
        tasks=tasks, results=results, team="qa", store=store, settings=settings
    )
    by_pattern = {card.provenance.evidence["pattern"]: (card, why) for card, why in proposals}
    card, why = by_pattern["no_tool"]
    assert why == "lesson no_tool: 2 of 2 failures show it, 0 of 2 successes"
    assert (
        card.kind == "failure_pattern" and card.scope.team == "qa" and card.provenance.optimizer == "lessons"
    )
    store.add(card, reason="test")
    again = optimizer.propose_pass(tasks=tasks, results=results, team="qa", store=store, settings=settings)
    assert "no_tool" not in {c.provenance.evidence["pattern"] for c, _ in again}
    off = Settings.model_validate({"learning": {"lessons": False}})
    assert optimizer.propose_pass(tasks=tasks, results=results, team="qa", store=store, settings=off) == []
    store.close()


def test_demonstration_sets_are_opt_in_and_name_what_they_kept(tmp_path: Path) -> None:
    tasks, results = _pass()
    tasks.append(Task(input="What is 9 plus 9?", id="p9"))
    results.append(results[3].model_copy(update={"steps": [
        Step(index=0, action="adder", arguments={"a": 9, "b": 9}, observation="18", tool_status="ok"),
        Step(index=1, action="final_answer", arguments={"answer": "18"})], "answer": "18"}))  # fmt: skip
    store = open_store(tmp_path / "memory.db")
    optimizer = DemonstrationOptimizer()
    assert (
        optimizer.propose_pass(tasks=tasks, results=results, team="qa", store=store, settings=Settings())
        == []
    )
    on = Settings.model_validate({"learning": {"demonstrations": True}})
    ((card, why),) = optimizer.propose_pass(tasks=tasks, results=results, team="qa", store=store, settings=on)
    assert why == "demonstrations: 2 kept of 3 solved in 5 episodes"
    assert card.kind == "episodic_case" and card.provenance.optimizer == "demonstrations"
    store.add(card, reason="test")
    assert optimizer.propose_pass(tasks=tasks, results=results, team="qa", store=store, settings=on) == []
    store.close()


@pytest.mark.parametrize(
    ("disabled", "names"),
    [([], {"cases", "lessons", "demonstrations"}), (["optimizer-lessons"], {"cases", "demonstrations"}),
     (["core-optimizer-cases"], {"lessons", "demonstrations"})],
)  # fmt: skip
def test_each_optimizer_is_its_own_entry_point(disabled: list[str], names: set[str]) -> None:
    manager = PluginManager(Settings(plugins=PluginsConfig(disabled=disabled))).load()
    ours = {"cases", "lessons", "demonstrations"}
    assert {e.name for e in manager.optimizers().entries()} & ours == names
