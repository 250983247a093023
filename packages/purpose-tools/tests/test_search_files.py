"""``search_files`` on a real folder, and the default research team that uses it end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path

from purpose_tools.search import SearchFilesTool


def _workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "papers").mkdir(parents=True)
    (root / "papers" / "qec.md").write_text(
        "# Notes\n\nSurface codes lowered logical error rates below threshold in 2024.\n"
    )
    (root / "shopping.txt").write_text("milk, eggs, bread\n")
    (root / "blob.bin").write_bytes(b"\x00quantum\x00")
    outside = tmp_path / "secret.txt"
    outside.write_text("quantum secret outside the workspace\n")
    os.symlink(outside, root / "link.txt")
    return root


def test_finds_the_line_and_cites_it(tmp_path: Path) -> None:
    tool = SearchFilesTool(_workspace(tmp_path))
    result = tool.run(query="logical error rates of surface codes")
    assert result.ok
    assert result.output.splitlines()[0].startswith("[papers/qec.md:3] Surface codes")
    assert "milk" not in result.output


def test_never_reads_through_links_or_binaries(tmp_path: Path) -> None:
    tool = SearchFilesTool(_workspace(tmp_path))
    result = tool.run(query="quantum secret")
    assert result.ok and "outside the workspace" not in result.output and "no line" in result.output


def test_bad_arguments_are_one_line(tmp_path: Path) -> None:
    tool = SearchFilesTool(tmp_path)
    assert tool.run(q="x").status == "invalid_arguments"
    assert tool.run(query="the of").status == "invalid_arguments"
    assert SearchFilesTool(tmp_path / "missing").run(query="x y").status == "error"


def test_default_research_team_searches(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import purpose_agent as pa
    from purpose_agent.testing import ScriptedBackend

    _workspace(tmp_path)
    (tmp_path / "purpose.toml").write_text(
        'store = "memory.db"\ntraces = "traces"\n[budgets]\nmax_steps = 3\n[plugin.tools]\nworkspace = "ws"\n'
    )
    monkeypatch.chdir(tmp_path)
    backend = ScriptedBackend(
        [
            json.dumps({"action": "search_files", "input": "surface codes error"}),
            json.dumps({"action": "final_answer", "input": "Below threshold [papers/qec.md:3]."}),
        ]
        * 4
    )
    team = pa.purpose("Help me research scientific papers", backend=backend)
    assert team.name == "research"
    researcher = team.agents[0]
    assert "search_files" in team.setup_for(researcher).tools.names()
    result = team.run("Find recent breakthroughs in quantum error correction")
    team.close()
    # the researcher's episode (the analyst answers last): its trace holds the cited search result
    traces = "".join(p.read_text() for p in (tmp_path / "traces").rglob("*.jsonl"))
    assert "[papers/qec.md:3] Surface codes lowered logical error rates" in traces
    assert result.answer
