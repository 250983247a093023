"""``purpose trace show`` prints the score a trace holds, not ``None by None``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from purpose_agent.plugin import TraceWriter
from purpose_agent.plugin import check_answer as check
from purpose_cli_extras.trace_cmd import summarize


def test_score_line_reads_the_nested_score(tmp_path: Path) -> None:
    with TraceWriter(tmp_path, run_mode="learning_validation", task="What is 2+3?") as writer:
        writer.score(check("5", "5"))
        trace_id = writer.trace_id
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, argparse; from purpose_cli_extras.trace_cmd import configure, run; "
            "p = argparse.ArgumentParser(); configure(p); sys.exit(run(p.parse_args(sys.argv[1:])))",
            "show",
            trace_id,
            "--dir",
            str(tmp_path),
            "--width",
            "200",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"COLUMNS": "200", "PATH": ""},
    )
    assert proc.returncode == 0, proc.stderr
    assert "None by None" not in proc.stdout
    assert "1.0 by checker:numeric" in proc.stdout


def test_flat_score_data_still_reads() -> None:
    line = summarize("score", {"value": 0.3, "evaluator": "purpose-function", "reasoning": "capped"})
    assert line == "0.3 by purpose-function: capped"
