"""``purpose memory`` and ``purpose scan`` in real subprocesses on real SQLite files: archive and rollback
with their audit entries, bad input as one line, EVAL_TEST refusing every write, scanning text and files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from purpose_agent.plugin import MemoryCard, RunMode, open_store
from purpose_cli_extras.governance import archive


def purpose(
    *args: str | bytes, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    full.update({"PURPOSE_AGENT_STORE": str(cwd / "memory.db"), "PURPOSE_AGENT_TRACES": str(cwd / "traces")})
    full.update({"PURPOSE_AGENT_IMMUNE": "off", "COLUMNS": "250", **(env or {})})
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


def _promoted(store: Any, content: str) -> str:
    card = store.add({"kind": "user_preference", "content": content, "trust": 0.8})
    store.transition(card.id, "quarantined", reason="scan passed", actor="test")
    return str(store.transition(card.id, "promoted", reason="replay passed", actor="test").id)


def test_archive_retires_a_promoted_card_with_an_audit_entry(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with open_store(str(db), RunMode.LEARNING_TRAIN) as store:
        card_id = _promoted(store, "Always answer in French")
        staged = store.add({"kind": "user_preference", "content": "Answer in German"})
    proc = purpose("memory", "archive", card_id, "--reason", "the user moved to Spain", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"{card_id}: archived" in proc.stdout.decode()
    with open_store(str(db), RunMode.EVAL_TEST) as store:
        assert store.get(card_id).status.value == "archived"
        last = store.audit(card_id)[-1]
        assert (last.old_status, last.new_status, last.actor) == ("promoted", "archived", "cli")
        assert last.reason == "archived: the user moved to Spain"
        assert store.retrieve("answer in French", k=5) == []
    refused = purpose("memory", "archive", staged.id, "--reason", "no", cwd=tmp_path)
    one_line_failure(refused, "not promoted; reject it with `purpose memory review")
    assert b"--reason" in purpose("memory", "archive", card_id, cwd=tmp_path).stderr  # a reason is required


def test_rollback_restores_the_status_of_that_version(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    with open_store(str(db), RunMode.LEARNING_TRAIN) as store:
        card_id = _promoted(store, "Reply in two sentences")
        current = store.get(card_id)
        store.update(current.model_copy(update={"content": "Reply in one word"}), reason="shorter")
        archive(store, card_id, reason="one word was too short")
    proc = purpose("memory", "rollback", card_id, "1", "--reason", "back to two sentences", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "status archived -> promoted, as at v1" in proc.stdout.decode()
    with open_store(str(db), RunMode.EVAL_TEST) as store:
        card = store.get(card_id)
        assert (card.content, card.status.value, card.version) == ("Reply in two sentences", "promoted", 3)
        assert "rollback to v1: status restored" in store.audit(card_id)[-1].reason
        assert [c.id for c, _ in store.retrieve("reply in two sentences", k=5)] == [card_id]


@pytest.mark.parametrize("content", [b"this is not a database\n", b"SQLite format 3\x00" + b"\x07" * 200])
def test_a_store_path_that_is_not_a_store(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "memory.db").write_bytes(content)
    for args in (("memory", "list"), ("memory", "history", "abc")):
        one_line_failure(purpose(*args, cwd=tmp_path), "memory store")
    one_line_failure(purpose("memory", "archive", "abc", "--reason", "r", cwd=tmp_path), "memory store")


def test_an_unknown_run_mode(tmp_path: Path) -> None:
    (tmp_path / "purpose.toml").write_text('run_mode = "nope"\n')
    one_line_failure(purpose("memory", "list", cwd=tmp_path), "unknown run mode 'nope'")


def test_eval_test_refuses_every_memory_write(tmp_path: Path) -> None:
    store = tmp_path / "memory.db"
    with open_store(str(store), RunMode.LEARNING_TRAIN) as s:
        card = s.add(MemoryCard(kind="user_preference", content="Answer in one sentence."))
    (tmp_path / "purpose.toml").write_text('run_mode = "eval_test"\n')
    writes: list[tuple[str, ...]] = [
        ("memory", "archive", card.id, "--reason", "r"),
        ("memory", "rollback", card.id, "1", "--reason", "r"),
        ("memory", "review", card.id, "--approve", "--reason", "ok"),
    ]
    before = store.read_bytes()
    for args in writes:
        one_line_failure(purpose(*args, cwd=tmp_path), "run_mode is eval_test")
    assert store.read_bytes() == before
    assert purpose("memory", "list", cwd=tmp_path).returncode == 0  # reading still works


def test_scan_text_and_file(tmp_path: Path) -> None:
    ok = purpose("scan", "hello world", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "immune system is off" in ok.stdout.decode()
    cards = tmp_path / "cards.jsonl"
    cards.write_text('{"id": "a", "text": "hi"}\nplain line\n', encoding="utf-8")
    out = purpose("scan", "--file", str(cards), "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [line["input"] for line in lines] == ["line 1 (a)", "line 2"]


def test_scan_requires_input(tmp_path: Path) -> None:
    one_line_failure(purpose("scan", cwd=tmp_path), "give a text")
