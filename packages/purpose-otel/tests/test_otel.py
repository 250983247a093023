"""OpenTelemetry spans from real episodes (scripted model, real tools, real trace files), checked with the
SDK's in-memory exporter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from purpose_agent.plugin import (
    AgentTemplate,
    BudgetsConfig,
    PluginManager,
    PluginsConfig,
    Settings,
    Team,
    ToolResult,
)
from purpose_agent.testing import ScriptedBackend
from purpose_otel import instrument

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]


class Weather:
    name = "weather"
    description = "Today's weather for a city."
    parameters = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"{arguments['city']}: 21 C, sunny")


def policy(messages: Any) -> str:
    prompt = messages[-1].content
    if "Choose the next action" not in prompt:
        return json.dumps({"score": 1.0, "evidence": ["21 C"], "reasoning": "answered from the tool"})
    if "weather" in prompt and "->" in prompt:
        return json.dumps({"action": "final_answer", "input": "21 C and sunny"})
    return json.dumps({"action": "weather", "input": "Lyon"})


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Team, InMemorySpanExporter, Any]:
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    instrument(manager, tracer_provider=provider)
    agent = Team(
        "Report the weather.",
        [AgentTemplate(name="forecaster", role="Report the weather.", tools=[])],
        tools=[Weather()],
        backend=ScriptedBackend(policy),
        settings=settings,
        manager=manager,
        name="forecaster",
    )
    return agent, exporter, settings


def test_an_episode_becomes_genai_spans(setup: tuple[Team, InMemorySpanExporter, Any]) -> None:
    agent, exporter, _ = setup
    result = agent.run("Weather in Lyon?")
    assert result.answer == "21 C and sunny"
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
