"""The kit's scripted weather team: one real episode (kernel plugins, a SQLite store, a trace file) whose
steps are known in advance, so the tests that read what an episode leaves behind can rely on them."""

from __future__ import annotations

from pathlib import Path

from purpose_agent.plugin import PluginManager, read_trace
from purpose_testing import (
    WEATHER_ANSWER,
    WEATHER_KERNEL,
    WEATHER_TASK,
    WeatherTool,
    weather_settings,
    weather_team,
)


def test_the_weather_team_calls_the_tool_answers_from_it_and_is_scored(tmp_path: Path) -> None:
    settings = weather_settings(tmp_path)
    assert settings.plugins.enabled == list(WEATHER_KERNEL)
    agent = weather_team(settings)
    result = agent.run(WEATHER_TASK)
    agent.close()
    assert result.answer == WEATHER_ANSWER == "21 C and sunny"
    files = sorted((tmp_path / "traces").rglob(f"{result.trace_id}*.jsonl"))
    assert len(files) == 1, sorted((tmp_path / "traces").rglob("*"))
    trace = read_trace(files[0])
    assert trace.finished and not trace.truncated
    calls = trace.of_type("tool_call")
    assert [(c.data["tool"], c.data["arguments"], c.data["status"]) for c in calls] == [
        ("weather", {"city": "Lyon"}, "ok")
    ]
    assert [o.data["text"] for o in trace.of_type("observation")] == ["Lyon: 21 C, sunny"]
    assert len(trace.of_type("model_call")) == 2, "one call to pick the tool, one to answer"
    scores = trace.of_type("score")
    assert len(scores) == 1 and scores[0].data["score"]["value"] == 1.0, scores


def test_a_passed_manager_is_the_one_the_run_goes_through(tmp_path: Path) -> None:
    settings = weather_settings(tmp_path)
    manager = PluginManager(settings).load()
    agent = weather_team(settings, manager)
    assert agent.manager is manager
    agent.close()
    assert WeatherTool().run(city="Oslo").output == "Oslo: 21 C, sunny"
