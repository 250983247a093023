"""Token and event streams for team.run, sync and async, on a scripted backend whose stream() yields word
by word (the same path a real backend's token stream takes), and RunStream itself: purpose-core's
``team.stream()`` returns this distribution's ``RunStream``; agents and graphs: test_level3_streaming."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from echo_fixtures import Echo, policy, settings_for
from purpose_agent.plugin import PluginManager
from purpose_agent.testing import ScriptedBackend
from purpose_level3.streaming import RunStream
from purpose_team import AgentTemplate, Event, Team


def test_team_stream_yields_events_in_order_then_the_result(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    team = Team(
        "Echo things",
        [AgentTemplate(name="echoer", role="Echo.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=ScriptedBackend(policy),
        tools=[Echo()],
    )
    stream = team.stream("Echo hello there")
    events = list(stream)
    types = [e.type for e in events if e.type != "token"]
    assert types[0] == "episode_started" and types[-1] == "episode_finished"
    assert types.index("tool_call") < types.index("observation") < types.index("score")
    assert all(e.source == "echoer" for e in events)
    tokens = "".join(e.text for e in events if e.type == "token")
    assert '"final_answer"' in tokens and "HELLO THERE" in tokens, "model output arrives token by token"
    assert sum(e.type == "token" for e in events) > 10
    assert stream.result.answer == "the echo said HELLO THERE"
    # the streamed run is the same episode as a plain run: traced and judged
    assert stream.result.trace_path and stream.result.score is not None
    plain_events: list[Any] = []
    team.run("Echo hello there", on_event=plain_events.append)
    assert [e.type for e in plain_events if e.type != "token"] == types
    assert not any(e.type == "token" for e in plain_events), "tokens only when streaming was asked for"
    team.close()


def test_an_error_in_the_run_reaches_the_consumer_after_earlier_events() -> None:
    def run(emit: Any) -> None:
        emit(Event(type="node_started", source="x"))
        raise RuntimeError("node failed")

    stream = RunStream(run)
    seen = []
    with pytest.raises(RuntimeError, match="node failed"):
        for event in stream:
            seen.append(event.type)
    assert seen == ["node_started"]
    with pytest.raises(RuntimeError):
        _ = stream.result
    unfinished = RunStream(lambda emit: 42)
    with pytest.raises(RuntimeError, match="has not finished"):
        _ = unfinished.result
    assert unfinished.result_wait(5) == 42
