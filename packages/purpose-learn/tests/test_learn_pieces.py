"""Pieces of the learning pipeline checked on their own: the run index it writes, the learn command's
one-line refusal of a non-UTF-8 task file (a real ``purpose`` subprocess), and what a run costs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from purpose_agent.testing import ScriptedBackend
from purpose_learn.pipeline import BASELINE, Arm, LearnConfig, run_learning
from purpose_runs import command as run_command
from purpose_runs import read as read_run_index
from purpose_team import Team
from purpose_testing.riddle import CORE, policy, riddle_manager, riddle_settings, run_riddle, write_suite


def purpose(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update({"PURPOSE_AGENT_STORE": str(cwd / "memory.db"), "PURPOSE_AGENT_TRACES": str(cwd / "traces")})
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args], cwd=cwd, env=env, capture_output=True, timeout=120
    )


def one_line_failure(result: subprocess.CompletedProcess[bytes], expect: str) -> None:
    err = result.stderr.decode("utf-8", "replace")
    lines = [line for line in err.splitlines() if line.strip()]
    assert result.returncode != 0 and "Traceback" not in err and len(lines) == 1, err
    assert expect in lines[0], lines[0]


def test_the_harness_registers_every_arm_folder_under_the_command_label(tmp_path: Path) -> None:
    settings = riddle_settings(tmp_path)
    manager = riddle_manager(settings)
    workdir = tmp_path / ".purpose" / "bench"
    config = LearnConfig(
        suite=str(write_suite(tmp_path / "secret.jsonl", n=8)),
        seeds=[0, 1],
        arms=[BASELINE, Arm(name="full")],
        workdir=str(workdir),
        agents=["solver"],
        curve_points=1,
    )
    with run_command("bench --reproduce"):
        result = run_learning(
            config, make_team=Team.build, settings=settings, manager=manager, backend=ScriptedBackend(policy)
        )
    entries, problems = read_run_index(tmp_path / ".purpose" / "runs.jsonl")
    assert problems == []
    assert sorted((e.command, e.arm, e.seed) for e in entries) == [
        ("bench --reproduce", "baseline", 0),
        ("bench --reproduce", "baseline", 1),
        ("bench --reproduce", "full", 0),
        ("bench --reproduce", "full", 1),
    ]
    for run in result.runs:
        (entry,) = [e for e in entries if e.arm == run.arm and e.seed == run.seed]
        assert entry.traces == Path(run.store).parent / "traces"
        assert list(entry.traces.glob("*.jsonl")), "the registered folder holds the arm's traces"


def test_a_non_utf8_task_file(tmp_path: Path) -> None:
    (tmp_path / "tasks.jsonl").write_bytes(b'{"input": "caf\xe9"}\n')
    one_line_failure(purpose("learn", "--tasks", "tasks.jsonl", cwd=tmp_path), "not UTF-8")


def test_cost_per_memory_and_per_replay_decision(tmp_path: Path) -> None:
    settings = riddle_settings(tmp_path, [*CORE, "executors"])
    result, _ = run_riddle(tmp_path, "seq", settings, riddle_manager(settings), "sequential")
    for run in result.runs:
        cost = run.cost
        passes = max(1, len(run.curve))  # a learning arm also scores the test split at each curve point
        assert cost.test.episodes == len(run.test) * passes and cost.test.calls >= cost.test.episodes
        if run.arm == "baseline":
            assert cost.train.episodes == 0 and cost.per_promoted is None
            continue
        assert cost.train.episodes == len(run.train) and cost.train.calls >= len(run.train)
        # every paired run ran its "with" episode; "without" episodes run once per case and round (shared
        # by the round's candidates, run ahead for the whole plan), so a decision that stops early or is
        # settled by shared runs alone can cost more episodes than its paired runs
        validation = result.splits[str(run.seed)]["validation"].n
        assert run.replay_episodes // 2 <= cost.replay.episodes == cost.replay.calls
        assert cost.replay.episodes <= run.replay_episodes // 2 + validation * (run.promoted + 1)
        assert cost.replay_decisions >= run.promoted >= 1
        per = cost.per_promoted
        assert per is not None and per.calls == round((cost.train.calls + cost.replay.calls) / run.promoted)
        assert per.tokens > 0 and per.seconds >= 0
        decision = cost.per_replay_decision
        assert decision is not None and decision.calls == round(cost.replay.calls / cost.replay_decisions)
    trained = sum(len(r.train) for r in result.runs if r.arm == "full")
    assert sum(r.cost.train.episodes for r in result.runs if r.arm == "full") == trained > 0
