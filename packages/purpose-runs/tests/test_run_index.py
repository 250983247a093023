"""The workspace run index: concurrent appends, damaged lines, relative paths, and the harness registering."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from purpose_runs import index as run_index


def test_entries_round_trip_with_paths_relative_to_the_workspace(tmp_path: Path) -> None:
    index = tmp_path / ".purpose" / "runs.jsonl"
    entry = run_index.register(
        "learn",
        traces=tmp_path / ".purpose" / "learn" / "learned" / "seed-0" / "traces",
        arm="learned",
        seed=0,
        index=index,
    )
    outside = tmp_path.parent / "elsewhere" / "result.json"
    run_index.register("bench", result=outside, index=index)
    assert entry is not None and entry.traces == tmp_path / ".purpose/learn/learned/seed-0/traces"
    raw = index.read_text(encoding="utf-8").splitlines()
    assert '".purpose/learn/learned/seed-0/traces"' in raw[0]  # stored relative: the workspace can move
    (first, second), problems = run_index.read(index)
    assert problems == []
    assert (first.command, first.arm, first.seed, first.kind) == ("learn", "learned", 0, "traces")
    assert first.traces == entry.traces
    assert second.kind == "result" and second.result == outside.absolute()


def test_index_location_follows_the_workspace_of_the_output(tmp_path: Path, monkeypatch) -> None:
    assert run_index.index_path(tmp_path / "ws" / ".purpose" / "bench" / "x") == (
        tmp_path / "ws" / ".purpose" / "runs.jsonl"
    )
    assert run_index.index_path(tmp_path / "loose") == Path.cwd() / ".purpose" / "runs.jsonl"
    monkeypatch.setenv(run_index.INDEX_ENV, str(tmp_path / "mine.jsonl"))
    assert run_index.index_path(tmp_path / "ws" / ".purpose" / "bench") == tmp_path / "mine.jsonl"


def test_concurrent_writers_never_interleave_lines(tmp_path: Path) -> None:
    index = tmp_path / ".purpose" / "runs.jsonl"
    script = textwrap.dedent(
        f"""
        import sys
        from purpose_runs import index as run_index
        for i in range(150):
            run_index.register("bench", traces="t" * 3000 + str(i), arm=sys.argv[1], seed=i,
                               index={str(index)!r})
        """
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, f"arm{w}"]) for w in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    entries, problems = run_index.read(index)
    assert problems == []
    assert len(entries) == 600
    for worker in range(4):
        assert sorted(e.seed for e in entries if e.arm == f"arm{worker}") == list(range(150))


def test_damaged_lines_are_skipped_and_reported_not_fatal(tmp_path: Path) -> None:
    index = tmp_path / "runs.jsonl"
    run_index.register("run", traces=tmp_path / "traces", trace_ids=["ep_1"], index=index)
    with index.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
        handle.write('["a list"]\n')
    run_index.register("run", traces=tmp_path / "traces", trace_ids=["ep_2"], index=index)
    with index.open("a", encoding="utf-8") as handle:
        handle.write('{"command": "bench", "paths"')  # a writer mid-line
    entries, problems = run_index.read(index)
    assert [e.trace_ids for e in entries] == [("ep_1",), ("ep_2",)]
    assert len(problems) == 3 and "incomplete" in problems[0]
    assert run_index.read(tmp_path / "missing.jsonl") == ([], [])


def test_an_unwritable_index_does_not_end_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert run_index.register("run", traces=tmp_path, index=blocker / "runs.jsonl") is None
