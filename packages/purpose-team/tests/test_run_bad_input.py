"""``purpose run`` with bad input gets one line and a non-zero exit, never a traceback (real subprocesses);
a tool's undecodable output still leaves a complete trace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def purpose(
    *args: str | bytes, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    full.update({"PURPOSE_AGENT_STORE": str(cwd / "memory.db"), "PURPOSE_AGENT_TRACES": str(cwd / "traces")})
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args], cwd=cwd, env=full, capture_output=True, timeout=120
    )


def one_line_failure(result: subprocess.CompletedProcess[bytes], expect: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert result.returncode != 0, err
    assert "Traceback" not in err, err
    assert len(lines) == 1, err
    assert expect in lines[0], lines[0]


def test_invalid_utf8_in_a_task(tmp_path: Path) -> None:  # argv bytes, as a shell passes them
    one_line_failure(purpose("run", b"what is 6*7? \xff\xfe", cwd=tmp_path), "not valid UTF-8")


def test_lone_surrogates_in_a_tool_output_leave_a_complete_trace(tmp_path: Path) -> None:
    from purpose_agent.plugin import PluginManager, PluginsConfig, Settings, ToolResult, read_trace
    from purpose_agent.testing import ScriptedBackend
    from purpose_team import AgentTemplate, Team

    class Broken:
        name = "lookup"
        description = "Look it up."
        parameters = {"type": "object", "properties": {"q": {"type": "string"}}, "required": ["q"]}
        timeout_s = 2.0

        def run(self, **arguments: Any) -> ToolResult:
            return ToolResult(output=b"42 \xff\xfe".decode("utf-8", "surrogateescape"))

    settings = Settings(
        store=str(tmp_path / "m.db"),
        traces=str(tmp_path / "t"),
        plugins=PluginsConfig(
            enabled=["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge"]
        ),
    )
    steps = [
        json.dumps({"action": "lookup", "input": "x"}),
        json.dumps({"action": "final_answer", "input": "42"}),
    ]
    team = Team(
        "Answer",
        [AgentTemplate(name="a", role="Answer.", tools=[])],
        settings=settings,
        manager=PluginManager(settings).load(),
        backend=ScriptedBackend(steps, repeat=True),
        tools=[Broken()],
        name="t",
    )
    result = team.run("What is the code?", expected="42")
    team.close()
    assert result.success
    trace = read_trace(result.trace_path)
    assert trace.finished and Path(result.trace_path).stat().st_size > 200
