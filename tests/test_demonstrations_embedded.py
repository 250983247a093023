"""A demonstration set on the real embedded model (SmolLM2-135M), the real immune scanners and a SQLite store.

The set's logic (which episodes are kept, replay as a general lesson, transfer to unseen functions) is
unit-tested with a scripted model in purpose-core's tests/test_demonstrations.py. Here the real pieces:
the installed detectors scan the set and let it pass, and once promoted, a request for a function none
of its examples used gets a prompt with exactly the two nearest worked examples, inside the model's
prompt budget, and the model acts on it. One episode, so the test stays short.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.config import load_settings
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.task import EpisodeResult, Score, Step, Task
from purpose_agent.types import ToolResult
from purpose_optimizers.demonstrations import propose_demonstrations
from purpose_team import AgentTemplate, Team

OPS = {"sum": lambda a, b: a + b, "product": lambda a, b: a * b, "maximum": max,
       "remainder": lambda a, b: a % b}  # fmt: skip


class Pair:
    """A two-number function offered as a tool: several arguments, decoded under its JSON schema."""

    def __init__(self, op: str) -> None:
        self.name, self.op = f"{op}_of_two", op
        self.description = f"The {op} of two whole numbers a and b."
        self.parameters = {
            "type": "object",
            "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
            "required": ["a", "b"],
        }
        self.timeout_s = 5.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=str(OPS[self.op](int(arguments["a"]), int(arguments["b"]))))


def _solved(op: str, a: int, b: int) -> tuple[Task, EpisodeResult]:
    answer = str(OPS[op](a, b))
    args = {"a": a, "b": b}
    call = Step(index=0, action=f"{op}_of_two", arguments=args, observation=answer, tool_status="ok")
    steps = [call, Step(index=1, action="final_answer", arguments={"answer": answer})]
    score = Score(value=1.0, confidence=1.0, reasoning="", evaluator="checker")
    return Task(input=f"What is the {op} of {a} and {b}?", id=op), EpisodeResult(
        answer=answer, steps=steps, score=score
    )


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Team:
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
        manager=manager, tools=[Pair(op) for op in OPS], name="qa",
    )  # fmt: skip


def test_a_promoted_set_shows_the_two_nearest_examples_to_the_real_model(team: Team) -> None:
    pairs = [_solved("sum", 12, 30), _solved("product", 6, 7), _solved("maximum", 4, 19)]
    (card,) = propose_demonstrations(*zip(*pairs, strict=True), team="qa")
    admitted = MemoryCI(team.store, manager=team.manager).admit(card, reason="embedded test")
    assert admitted.status == "quarantined", admitted  # the installed detectors found nothing
    # replay's decision is tested in core; here the set is promoted by hand to see it in use
    team.store.transition(card.id, "promoted", reason="embedded test: promoted by hand", actor="test")

    result = team.run("What is the remainder of 17 and 5?", expected="2")
    (agent,) = result.agents
    assert card.id in agent.memory_ids
    events = [json.loads(line) for line in Path(agent.trace_path or "").read_text().splitlines()]
    (compiled,) = [e["data"] for e in events if e["type"] == "prompt_compiled"]
    system = compiled["messages"][0]["content"]
    assert "Worked examples (other tools, same steps):" in system
    assert system.count("Request: What is the ") == 2 and system.count("Call: ") == 2
    assert compiled["total_tokens"] <= compiled["budget"] and card.id not in compiled["dropped"]
    calls = [e for e in events if e["type"] == "model_call"]
    assert calls and agent.steps, "the real model did not act"
    team.close()
