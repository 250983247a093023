"""Traces: header with run mode and plugins, every event type, redaction on write, crash-tolerant reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from purpose_agent.compiler import compile_prompt
from purpose_agent.errors import ValidationError
from purpose_agent.llm.protocol import Completion, Message
from purpose_agent.memory.card import MemoryCard
from purpose_agent.memory.kinds import builtin_catalog
from purpose_agent.plugins import PluginManager
from purpose_agent.runmode import RunMode
from purpose_agent.trace import EventType, TraceWriter, read_trace
from purpose_agent.types import Score, ToolResult

SECRET = "AKIAIOSFODNN7EXAMPLE"


def test_episode_trace_round_trips_with_header_and_every_event(tmp_path: Path) -> None:
    manager = PluginManager().load()
    catalog = builtin_catalog()
    card = MemoryCard.create(kinds=catalog, id="mem_1", kind="tool_policy", content="use the calculator")
    compiled = compile_prompt(
        task="what is 6*7",
        memories=[(card, 1.0)],
        count_tokens=lambda s: len(s.split()),
        budget=100,
        kinds=catalog,
    )
    with TraceWriter(tmp_path, run_mode=RunMode.EVAL_TEST, manager=manager, task="what is 6*7") as trace:
        trace.prompt_compiled(compiled)
        trace.model_call(model="scripted", completion=Completion(text='{"expression": "6*7"}'), seconds=0.01)
        trace.tool_call(name="calculator", arguments={"expression": "6*7"}, call_id="c1")
        trace.observation(tool="calculator", result=ToolResult(output="42"), call_id="c1")
        trace.score(Score(value=1.0, evidence=["42"], deterministic=True))
        trace.candidate_proposed(card, optimizer="reflexion")
        trace.event("myplugin.note", {"x": 1})
    read = read_trace(trace.path)
    assert read.header.run_mode == "eval_test" and read.header.schema_version == 1
    assert read.header.plugins == manager.loaded_set()
    assert any(p["name"] == "core-store-sqlite" for p in read.header.plugins)
    assert [e.type for e in read.events] == [
        "prompt_compiled",
        "model_call",
        "tool_call",
        "observation",
        "score",
        "candidate_proposed",
        "myplugin.note",
        "episode_finished",
    ]
    assert [e.seq for e in read.events] == list(range(1, 9))
    assert read.shown_ids() == ["mem_1"] and read.finished and not read.truncated
    assert read.of_type(EventType.OBSERVATION)[0].data["result"]["output"] == "42"


def test_secrets_are_redacted_before_they_reach_the_disk(tmp_path: Path) -> None:
    with TraceWriter(
        tmp_path / "t.jsonl",
        run_mode="learning_train",
        plugins=[],
        task=f"use key {SECRET}",
        meta={"note": f"key={SECRET}"},
    ) as trace:
        trace.tool_call(name="http", arguments={"headers": {"auth": f"token {SECRET}"}})
        trace.model_call(model="m", completion=Completion(text=f"the key is {SECRET}"))
    raw = (tmp_path / "t.jsonl").read_text()
    assert SECRET not in raw
    assert raw.count("[REDACTED:aws_access_key]") == 4


def test_reader_survives_a_crash_mid_line(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    trace = TraceWriter(path, run_mode="learning_train", plugins=[])
    trace.tool_call(name="calculator", arguments={"expression": "1+1"})
    trace._fh.write('{"type": "observation", "ts": 1.0, "se')  # the process died while writing
    trace._fh.flush()
    read = read_trace(path)
    assert read.truncated and not read.finished and [e.type for e in read.events] == ["tool_call"]


def test_bad_traces_and_event_types_are_refused(tmp_path: Path) -> None:
    with TraceWriter(tmp_path / "a.jsonl", run_mode="learning_train", plugins=[]) as trace:
        with pytest.raises(ValidationError, match="unknown trace event type"):
            trace.event("Not A Type", {})
    with pytest.raises(ValidationError, match="already exists"):
        TraceWriter(tmp_path / "a.jsonl", run_mode="learning_train", plugins=[])
    future = tmp_path / "future.jsonl"
    header = json.loads((tmp_path / "a.jsonl").read_text().splitlines()[0])
    future.write_text(json.dumps({**header, "schema_version": 99}) + "\n")
    with pytest.raises(ValidationError, match="newer"):
        read_trace(future)
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text(json.dumps(header) + "\n{not json}\n")
    with pytest.raises(ValidationError, match=r"garbage\.jsonl:2"):
        read_trace(garbage)
    with pytest.raises(ValidationError):
        read_trace(tmp_path / "missing.jsonl")


def test_messages_in_prompt_events_are_recorded(tmp_path: Path) -> None:
    with TraceWriter(tmp_path, run_mode="learning_train", plugins=[]) as trace:
        trace.event(EventType.NOTE, {"messages": [Message(role="user", content="hi")]})
    assert read_trace(trace.path).events[0].data["messages"] == [
        {"role": "user", "content": "hi", "name": None, "tool_call_id": None}
    ]
