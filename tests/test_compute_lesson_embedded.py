"""The compute lesson on the real embedded model (SmolLM2-135M), the real calculator, the installed
detectors and a SQLite store.

The lesson's logic (what a training pass proposes, how the strategy acts on it) is unit-tested with a
scripted model in purpose-core's tests/test_compute_lesson.py. Here the real pieces: the card the real
proposer makes from episodes that ended with an uncomputed answer passes the installed detectors; once
promoted, the model's own answer to a multiplication (it writes the expression) and to a greatest common
divisor (it repeats the two numbers) goes through the calculator, and the answer is the result.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest
from purpose_agent.config import load_settings
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.task import EpisodeResult, EpisodeStatus, Score, Step, Task
from purpose_optimizers.lessons import propose_lessons
from purpose_team import AgentTemplate, Team

pytest.importorskip("purpose_tools")


def _failed(task: str, answer: str) -> tuple[Task, EpisodeResult]:
    score = Score(value=0.0, confidence=1.0, reasoning="", evaluator="checker")
    final = Step(index=0, action="final_answer", arguments={"answer": answer})
    return Task(input=task, id=task), EpisodeResult(
        answer=answer, steps=[final], status=EpisodeStatus.COMPLETED, score=score
    )


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
    from purpose_tools.calculator import CalculatorTool

    monkeypatch.chdir(tmp_path)
    for key in ("PURPOSE_AGENT_DISABLED_PLUGINS", "PURPOSE_AGENT_ENABLED_PLUGINS", "PURPOSE_AGENT_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PURPOSE_AGENT_STORE", str(tmp_path / "memory.db"))
    monkeypatch.setenv("PURPOSE_AGENT_TRACES", str(tmp_path / "traces"))
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    monkeypatch.setenv("PURPOSE_AGENT_DISABLED_PLUGINS", ",".join(research))
    settings = load_settings()
    manager = PluginManager(settings).load()
    agent = AgentTemplate(name="solver", role="Answer.", tools=[])
    return Team(
        "Solve the user's task accurately, using tools when they help", [agent], settings=settings,
        manager=manager, tools=[CalculatorTool()], name="qa",
    )  # fmt: skip


def test_a_promoted_compute_lesson_makes_the_real_model_answer_with_the_result(team: Team) -> None:
    pairs = [
        _failed("Solve the following multiplication: 12 * 34.", "12 * 34"),
        _failed("Find the Least Common Multiple (LCM) of these numbers: 8, 6", "8, 6"),
        _failed("State the final answer to the following arithmetic problem: 40 - 55 =", "40 - 55 = 15"),
    ]
    cards = propose_lessons(*zip(*pairs, strict=True), team="qa")
    (card,) = [c for c in cards if c.provenance.evidence["pattern"] == "uncomputed"]
    admitted = MemoryCI(team.store, manager=team.manager).admit(card, reason="embedded test")
    assert admitted.status == "quarantined", admitted  # the installed detectors found nothing
    # replay's decision is tested in core; here the lesson is promoted by hand to see it in use
    team.store.transition(card.id, "promoted", reason="embedded test: promoted by hand", actor="test")

    for task, expected in (
        ("Solve the following multiplication: 10 * 52. Give only the result as your final answer.", "520"),
        ("State the final answer to the following arithmetic problem: 66 + 75 - 51 =", "90"),
    ):
        result = team.run(task)
        (agent,) = result.agents
        assert card.id in agent.memory_ids
        events = [json.loads(line) for line in Path(agent.trace_path or "").read_text().splitlines()]
        acted = [e["data"] for e in events if e["type"] == "model_call" and e["data"].get("lesson")]
        assert acted and all(d["lesson"] == "compute_first" for d in acted), acted
        assert result.answer.strip() == expected, (task, result.answer, acted)
    team.close()
