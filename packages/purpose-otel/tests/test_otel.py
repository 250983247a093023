"""OpenTelemetry spans from real episodes (the test kit's scripted weather team: scripted model, real tool,
real trace files), checked with the SDK's in-memory exporter."""

from __future__ import annotations

from pathlib import Path

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from purpose_agent.plugin import PluginManager
from purpose_agent.testing import WEATHER_ANSWER, WEATHER_TASK, weather_settings, weather_team
from purpose_otel import instrument
from purpose_team import Team


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Team, InMemorySpanExporter]:
    settings = weather_settings(tmp_path)
    manager = PluginManager(settings).load()
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrument(manager, tracer_provider=provider)
    return weather_team(settings, manager), exporter


def test_an_episode_becomes_genai_spans(setup: tuple[Team, InMemorySpanExporter]) -> None:
    agent, exporter = setup
    result = agent.run(WEATHER_TASK)
    assert result.answer == WEATHER_ANSWER == "21 C and sunny"
    spans = {s.name: s for s in exporter.get_finished_spans()}
    root = spans["invoke_agent forecaster"]
    assert root.attributes["gen_ai.operation.name"] == "invoke_agent"
    assert root.attributes["gen_ai.agent.name"] == "forecaster"
    assert root.attributes["purpose_agent.trace_id"] == result.trace_id
    assert root.attributes["purpose_agent.status"] == "completed"
    tool = spans["execute_tool weather"]
    assert tool.attributes["gen_ai.tool.name"] == "weather" and tool.parent.span_id == root.context.span_id
    chats = [s for s in exporter.get_finished_spans() if s.attributes["gen_ai.operation.name"] == "chat"]
    assert len(chats) == 2 and all(c.parent.span_id == root.context.span_id for c in chats)
    assert root.start_time <= min(c.start_time for c in chats) and root.end_time >= tool.end_time
    assert any(e.name == "purpose_agent.score" for e in root.events)
    agent.close()
