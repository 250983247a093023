"""The scripted weather team: one real episode with a tool call, a final answer and a judged score.

Why here: tests that read what an episode leaves behind (its trace file, the spans exported from it, the
timeline ``purpose trace show`` draws) need a realistic episode whose every step is known in advance.
Written once, the OpenTelemetry and trace-viewer tests check the same run instead of two copies of it.

The team is real (kernel plugins, a SQLite store, a trace folder); only the model's text is scripted:
asked "Weather in Lyon?", the forecaster calls the ``weather`` tool for Lyon, answers ``21 C and
sunny`` from its result, and the judge gives that 10 out of 10 (a score of 1.0).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from purpose_agent.plugin import BudgetsConfig, Message, PluginManager, PluginsConfig, Settings, ToolResult
from purpose_team import AgentTemplate, Team

from purpose_testing.scripted import ScriptedBackend

__all__ = [
    "WEATHER_ANSWER",
    "WEATHER_KERNEL",
    "WEATHER_TASK",
    "WeatherTool",
    "weather_policy",
    "weather_settings",
    "weather_team",
]

#: The kernel plugins the team runs on, and nothing else, so no installed plugin changes the episode.
WEATHER_KERNEL = ("core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge")
WEATHER_TASK = "Weather in Lyon?"
WEATHER_ANSWER = "21 C and sunny"


class WeatherTool:
    """Today's weather for a city, always ``<city>: 21 C, sunny``."""

    name = "weather"
    description = "Today's weather for a city."
    parameters = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        return ToolResult(output=f"{arguments['city']}: 21 C, sunny")


def weather_policy(messages: Sequence[Message]) -> str:
    """The scripted model: the judge gives 10/10; the forecaster calls the tool, then answers from it."""
    prompt = messages[-1].content
    if "Choose the next action" not in prompt:
        return json.dumps({"score": 10, "evidence": ["21 C"], "reasoning": "answered from the tool"})
    if "weather" in prompt and "->" in prompt:
        return json.dumps({"action": "final_answer", "input": WEATHER_ANSWER})
    return json.dumps({"action": "weather", "input": "Lyon"})


def weather_settings(root: Path | str) -> Settings:
    """Settings with the store and traces under ``root``, three steps at most, only the kernel plugins."""
    root = Path(root)
    return Settings(
        store=str(root / "m.db"),
        traces=str(root / "traces"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(enabled=list(WEATHER_KERNEL)),
    )


def weather_team(settings: Settings, manager: PluginManager | None = None) -> Team:
    """The forecaster team on :func:`weather_policy` and :class:`WeatherTool`.

    Pass ``manager`` to observe the run through it (e.g. after instrumenting its hooks); by default a
    manager is loaded from ``settings``. The caller closes the team.
    """
    return Team(
        "Report the weather.",
        [AgentTemplate(name="forecaster", role="Report the weather.", tools=[])],
        tools=[WeatherTool()],
        backend=ScriptedBackend(weather_policy),
        settings=settings,
        manager=manager if manager is not None else PluginManager(settings).load(),
        name="forecaster",
    )
