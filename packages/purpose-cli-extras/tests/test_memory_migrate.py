"""``purpose memory migrate`` between two real SQLite files, through real ``purpose`` subprocesses: the copy
keeps every version and audit row and is verified card by card; in EVAL_TEST it refuses in one line and
writes nothing. (Migration to and from PostgreSQL is tested in purpose-store-postgres.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from purpose_agent.plugin import MemoryCard, RunMode, open_store


def purpose(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update({"PURPOSE_AGENT_STORE": str(cwd / "memory.db"), "PURPOSE_AGENT_TRACES": str(cwd / "traces")})
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A store with history: one card edited once and promoted, one left a candidate."""
    path = tmp_path / "memory.db"
    store = open_store(str(path), RunMode.LEARNING_TRAIN)
    try:
        card = store.add(MemoryCard(kind="user_preference", content="Answer in one sentence."))
        store.update(card.model_copy(update={"content": "Answer in one short sentence."}), reason="shorter")
        store.transition(card.id, "quarantined", reason="scan")
        store.transition(card.id, "promoted", reason="replay won")
        store.add(MemoryCard(kind="user_preference", content="Use metric units."))
    finally:
        store.close()
    return path


def test_migrate_copies_every_version_and_audit_row_and_verifies(tmp_path: Path, source: Path) -> None:
    destination = tmp_path / "copy.db"
    result = purpose(
        "memory", "--json", "migrate", "--from", str(source), "--to", str(destination), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verified"] is True and report["added"] == 2 and report["mismatched"] == []
    assert report["source_digest"]["cards"] == report["destination_digest"]["cards"] == 2
    assert report["destination_digest"]["versions"] == report["source_digest"]["versions"] >= 3
    copy = open_store(str(destination), RunMode.EVAL_TEST)
    try:
        promoted = copy.list_cards(statuses=["promoted"])
        assert [c.content for c in promoted] == ["Answer in one short sentence."]
    finally:
        copy.close()
    again = purpose(
        "memory", "--json", "migrate", "--from", str(source), "--to", str(destination), cwd=tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["skipped_identical"] == 2  # all or nothing, and idempotent


def test_migrate_is_an_action_of_purpose_memory(tmp_path: Path) -> None:
    result = purpose("memory", "--help", cwd=tmp_path)
    assert result.returncode == 0 and "migrate" in result.stdout


def test_migrate_refuses_in_eval_test_in_one_line(tmp_path: Path, source: Path) -> None:
    (tmp_path / "purpose.toml").write_text('run_mode = "eval_test"\n')
    before = source.read_bytes()
    result = purpose("memory", "migrate", "--to", str(tmp_path / "b.db"), cwd=tmp_path)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(lines) == 1 and "run_mode is eval_test" in lines[0], result.stderr
    assert source.read_bytes() == before and not (tmp_path / "b.db").exists()


def test_migrate_without_a_destination_says_what_it_needs(tmp_path: Path, source: Path) -> None:
    result = purpose("memory", "migrate", "--from", str(source), cwd=tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "--from SOURCE and --to DESTINATION" in result.stderr
