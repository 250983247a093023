"""pa.Conversation on scripted agents with real stores and traces: speaker selection, termination,
the transcript as a trace, and streaming of turns and tokens."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from purpose_agent.plugin import BudgetsConfig, Message, PluginsConfig, Settings, ValidationError, read_trace
from purpose_agent.testing import ScriptedBackend
from purpose_level3.agent import Agent
from purpose_level3.conversation import Conversation

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


def settings_for(tmp_path: Path) -> Settings:
    return Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=2),
        plugins=PluginsConfig(enabled=CORE),
    )


def speaker_backend(lines: Sequence[str]) -> ScriptedBackend:
    """Answers each task with the next line; the judge call (no 'Task:') gets a neutral score."""
    queue = list(lines)

    def reply(messages: Sequence[Message]) -> str:
        if "Choose the next action" in messages[-1].content:
            return json.dumps({"action": "final_answer", "input": queue.pop(0)})
        return json.dumps({"score": 0.8, "evidence": [], "reasoning": "fine"})

    return ScriptedBackend(reply)


def agents(tmp_path: Path, writer_lines: Sequence[str], critic_lines: Sequence[str]) -> list[Agent]:
    s = settings_for(tmp_path)
    return [
        Agent("writer", "Write a slogan.", backend=speaker_backend(writer_lines), settings=s),
        Agent("critic", "Criticise the slogan.", backend=speaker_backend(critic_lines), settings=s),
    ]


def test_round_robin_until_the_stop_phrase_and_the_transcript_is_a_trace(tmp_path: Path) -> None:
    a = agents(tmp_path, ["Fresh bread daily", "Bread baked at dawn"], ["Too plain", "APPROVED, good"])
    result = Conversation(a, max_turns=8, stop_phrase="approved").run("A slogan for a bakery")
    assert [t.speaker for t in result.turns] == ["writer", "critic", "writer", "critic"]
    assert result.stopped_by == "stop_phrase" and result.turns[-1].text == "APPROVED, good"
    trace = read_trace(result.trace_path)
    turns = trace.of_type("conversation.turn")
    assert [e.data["speaker"] for e in turns] == ["writer", "critic", "writer", "critic"]
    assert all(
        read_trace(Path(result.trace_path).parent / f"{e.data['trace_id']}.jsonl").finished for e in turns
    )
    assert trace.finished and trace.events[-1].data["stopped_by"] == "stop_phrase"
    # each speaker saw what was said before it
    critic_prompt = "\n".join(m.content for m in a[1].team.backend.calls[0]["messages"])
    assert "writer said: Fresh bread daily" in critic_prompt


def test_max_turns_and_a_judge_function_end_the_conversation(tmp_path: Path) -> None:
    a = agents(tmp_path, ["one", "three", "five"], ["two", "four", "six"])
    assert Conversation(a, max_turns=3).run("count").stopped_by == "max_turns"
    b = agents(tmp_path, ["x1", "x2", "x3"], ["y1", "y2", "y3"])
    judged = Conversation(b, max_turns=6, judge=lambda turns: len(turns) >= 2).run("count")
    assert judged.stopped_by == "judge" and len(judged.turns) == 2


def test_a_manager_agent_chooses_speakers_from_the_participants(tmp_path: Path) -> None:
    a = agents(tmp_path, ["w1", "w2"], ["c1", "c2"])
    picks = iter(["critic", "critic", "nobody", "writer"])
    manager_backend = ScriptedBackend(lambda m: json.dumps({"next": next(picks)}))
    manager = Agent("manager", "Choose who speaks.", backend=manager_backend, settings=settings_for(tmp_path))
    result = Conversation(a, speaker=manager, max_turns=4).run("slogans")
    # an invalid pick ('nobody') falls back to the participant after the last speaker
    assert [t.speaker for t in result.turns] == ["critic", "critic", "writer", "writer"]
    schema = manager_backend.calls[0]["json_schema"]
    assert schema["properties"]["next"]["enum"] == ["writer", "critic"]


def test_a_judge_agent_and_a_speaker_function(tmp_path: Path) -> None:
    a = agents(tmp_path, ["w1", "w2"], ["c1", "c2"])
    verdicts = iter([False, True])
    judge = Agent(
        "judge",
        "Decide.",
        backend=ScriptedBackend(lambda m: json.dumps({"done": next(verdicts)})),
        settings=settings_for(tmp_path),
    )
    result = Conversation(a, speaker=lambda turns, agents: "critic", judge=judge, max_turns=5).run("x")
    assert [t.speaker for t in result.turns] == ["critic", "critic"] and result.stopped_by == "judge"


def test_streaming_a_conversation_yields_turns_and_tokens(tmp_path: Path) -> None:
    a = agents(tmp_path, ["Bread for everyone"], ["Nice, approved"])
    stream = Conversation(a, max_turns=4, stop_phrase="approved").stream("bakery")
    events = list(stream)
    kinds = {e.type for e in events}
    assert {"turn", "token", "episode_started", "episode_finished", "done"} <= kinds
    tokens = "".join(e.text for e in events if e.type == "token" and e.source == "writer")
    assert "Bread for everyone" in tokens
    assert stream.result.stopped_by == "stop_phrase"


def test_bad_conversations_are_refused(tmp_path: Path) -> None:
    a = agents(tmp_path, [], [])
    with pytest.raises(ValidationError, match="at least two"):
        Conversation(a[:1])
    with pytest.raises(ValidationError, match="distinct names"):
        Conversation([a[0], a[0]])
    with pytest.raises(ValidationError, match="topic"):
        Conversation(a).run("  ")
    with pytest.raises(ValidationError, match="not in the conversation"):
        Conversation(a, speaker=lambda t, ag: object()).run("x")
