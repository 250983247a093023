"""One real run: ``purpose bench gym-arithmetic -n 4 --arms baseline`` on the embedded model (SmolLM2-135M
through llama.cpp), through the real CLI in a subprocess, with the real calculator. No network, no mocks.

It proves the installed suite works end to end with a real model; it asserts the path, not a score (the
measured scores are in docs/suites.md). Greedy decoding with a fixed seed makes the run repeatable.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("purpose_slm_llamacpp", reason="needs the embedded model: pip install purpose-slm")
pytest.importorskip("reasoning_gym", reason="needs the gym extra: pip install 'purpose-suites[gym]'")


def test_bench_gym_arithmetic_baseline_on_the_embedded_model(tmp_path: Path, cli_env: dict[str, str]) -> None:
    out = tmp_path / "result.json"
    command = [sys.executable, "-m", "purpose_agent", "bench", "gym-arithmetic", "-n", "4"]
    command += ["--arms", "baseline", "--workdir", str(tmp_path / "w"), "--out", str(out), "--no-plot"]
    done = subprocess.run(command, cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["suite"]["name"] == "gym-arithmetic" and result["suite"]["size"] == 4
    (summary,) = result["summary"]
    assert summary["arm"] == "baseline" and summary["success"]["n"] == 1
    assert summary["model"] == "smollm2"
    plugins = {p["name"] for p in summary["plugins"]}
    assert {"slm-llamacpp", "suites", "tools"} <= plugins
    assert result["splits"]["0"]["test"]["n"] == 1 and len(result["splits"]["0"]["test"]["hash"]) == 64
    (run,) = result["runs"]
    (bundle,) = run["test"]
    assert bundle["status"] in ("completed", "budget_exhausted") and bundle["tokens"] > 0
    assert "baseline" in done.stdout


def test_bench_fncall_baseline_on_the_embedded_model(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """``purpose bench fncall -n 8 --arms baseline``: the per-case function tools reach the real model.

    Asserts the path (the function was offered and the checker read the episode's calls), not a score."""
    out = tmp_path / "result.json"
    command = [sys.executable, "-m", "purpose_agent", "bench", "fncall", "-n", "8", "--arms", "baseline"]
    command += ["--workdir", str(tmp_path / "w"), "--out", str(out), "--no-plot"]
    done = subprocess.run(command, cwd=tmp_path, env=cli_env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["suite"]["name"] == "fncall" and result["suite"]["size"] == 8
    (run,) = result["runs"]
    assert len(run["test"]) == 2 and all(b["tokens"] > 0 for b in run["test"])
    traces = list((tmp_path / "w" / "baseline" / "seed-0" / "traces").rglob("*.jsonl"))
    assert len(traces) == 2
    text = "\n".join(t.read_text(encoding="utf-8") for t in traces)
    function = run["test"][0]["case_id"].removeprefix("fncall-").rsplit("-", 1)[0]
    assert function in text.split('"type":"model_call"')[0]  # offered as a tool in the compiled prompt
    assert text.count('"evaluator":"checker:case:') == 2  # each episode scored by the suite's own checker
