"""``purpose trace``: a real episode's trace shown as a timeline, and lookup errors that say what to do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
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
def setup(tmp_path: Path) -> tuple[Any, None, Any]:
    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=3),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    agent = Team(
        "Report the weather.",
        [AgentTemplate(name="forecaster", role="Report the weather.", tools=[])],
        tools=[Weather()],
        settings=settings,
        manager=manager,
        backend=ScriptedBackend(policy),
        name="forecaster",
    )
    return agent, None, settings


def test_trace_show_renders_a_timeline(
    setup: tuple[Any, Any, Any], tmp_path: Path
) -> None:
    agent, _, settings = setup
    result = agent.run("Weather in Lyon?")
    agent.close()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, argparse; from purpose_cli_extras.trace_cmd import configure, run; "
            "p = argparse.ArgumentParser(); configure(p); "
            "sys.exit(run(p.parse_args(sys.argv[1:])))",
            "show",
            result.trace_id[:10],
            "--dir",
            settings.traces,
            "--width",
            "200",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "200", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert result.trace_id in out and "forecaster" in out
    assert 'weather({"city": "Lyon"}) -> ok' in out and "Lyon: 21 C, sunny" in out
    assert "completed; answer '21 C and sunny'" in out
    lines = [line for line in out.splitlines() if line.strip()[:1].isdigit()]
    offsets = [float(line.split()[0]) for line in lines]
    assert offsets == sorted(offsets), "the timeline is in time order"


def test_trace_lookup_errors_say_what_to_do(tmp_path: Path) -> None:
    from purpose_agent.plugin import ValidationError
    from purpose_cli_extras.trace_cmd import find_trace

    (tmp_path / "ep_abc1.jsonl").write_text("")
    (tmp_path / "ep_abc2.jsonl").write_text("")
    with pytest.raises(ValidationError, match="matches 2 traces"):
        find_trace("ep_abc", tmp_path)
    with pytest.raises(ValidationError, match="purpose trace list"):
        find_trace("ep_zzz", tmp_path)
