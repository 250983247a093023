"""``purpose trace``: a real episode's trace (the test kit's scripted weather team) shown as a timeline,
and lookup errors that say what to do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from purpose_agent.testing import WEATHER_ANSWER, WEATHER_TASK, weather_settings, weather_team


def test_trace_show_renders_a_timeline(tmp_path: Path) -> None:
    settings = weather_settings(tmp_path)
    agent = weather_team(settings)
    result = agent.run(WEATHER_TASK)
    agent.close()
    assert result.answer == WEATHER_ANSWER
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
