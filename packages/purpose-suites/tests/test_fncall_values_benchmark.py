"""``benchmarks/fncall_values.py``, run as a user runs it: a real subprocess, the shipped data, and for
``decode`` the embedded model through llama.cpp (no mocks)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "fncall_values.py"


def _run(*args: str) -> tuple[dict, str]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]), done.stdout


def test_counts_says_what_the_narrowed_schemas_fix_leave_open_and_refuse() -> None:
    report, out = _run("counts", "fncall")
    assert report["suite"] == "fncall" and report["requests"] == 466
    assert 0 < report["refused_requests"] <= 23  # under 5%: a rule that refuses more is a regression
    assert sum(report["fixed_right"].values()) > 700  # most arguments are fixed by the request alone
    assert report["open"]["string"] > 0 and report["mean_offered"]["string"] > 1
    refusals = [line for line in out.splitlines() if line.startswith("refused ")]
    assert "refused by the narrowed schema" in out and not refusals  # counts only, unless asked
    _, shown = _run("counts", "fncall", "--show")
    refusals = [line for line in shown.splitlines() if line.startswith("refused ")]
    assert len(refusals) == sum(report["refused"].values())  # one line per refused argument


def test_decode_fills_arguments_with_the_embedded_model() -> None:
    # six: the narrowed schemas fix every argument of the first three, so none would be left to the model
    report, _ = _run("decode", "fncall", "6")
    assert report["requests"] == 6
    assert 1 <= report["calls_right"] <= 6  # the first requests are ones the 135M model gets right
    assert sum(report["open"].values()) >= 1


def test_with_no_arguments_it_counts_all_four_suites() -> None:
    report, _ = _run()
    suites = ("fncall", "fncall-unseen", "fncall-fresh", "fncall-sealed")
    assert set(report) == set(suites)
    assert [report[s]["requests"] for s in suites] == [466, 202, 200, 160]


def test_a_bad_count_is_refused_with_a_usage_line() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "decode", "fncall", "0"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and "n must be at least 1" in done.stderr


def test_counts_reads_a_function_calling_file_by_its_path() -> None:
    # the second blind catalogue is development data now (docs/suites.md): its counts may be printed
    path = Path(__file__).parent / "data" / "catalog80b.jsonl"
    report, out = _run("counts", str(path), "--show")
    assert report["suite"] == str(path) and report["requests"] == 80
    assert sum(report["fixed_right"].values()) > 80  # the catalogue's values mostly read off the request
    refusals = [line for line in out.splitlines() if line.startswith("refused ")]
    assert len(refusals) == sum(report["refused"].values())


def test_a_suite_that_is_neither_shipped_nor_a_file_is_refused() -> None:
    args = [sys.executable, str(SCRIPT), "counts", "no-such-suite.jsonl"]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "neither a suite" in done.stderr


def test_episodes_without_a_bench_workdir_says_what_it_needs(tmp_path: Path) -> None:
    args = [sys.executable, str(SCRIPT), "episodes", "fncall", str(tmp_path)]
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "no seed-*/traces folder" in done.stderr
