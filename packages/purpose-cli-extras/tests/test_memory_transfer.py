"""``purpose memory export|import|keygen|diff|stats`` through real ``purpose`` subprocesses on real SQLite
files: a signed export comes back whole with its history, an unsigned one only as candidates through
memory CI; bad paths and files get one line and no traceback; EVAL_TEST refuses an import and writes
nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from purpose_agent.plugin import MemoryCard, RunMode, open_store


def purpose(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    full.update({"PURPOSE_AGENT_STORE": str(cwd / "memory.db"), "PURPOSE_AGENT_TRACES": str(cwd / "traces")})
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
    )


def one_line_failure(result: subprocess.CompletedProcess[str], expect: str) -> None:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert len(lines) == 1 and expect in lines[0], result.stderr


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store with history: one card edited once and promoted, one left a candidate."""
    path = tmp_path / "memory.db"
    s = open_store(str(path), RunMode.LEARNING_TRAIN)
    try:
        card = s.add(MemoryCard(kind="user_preference", content="Answer in one sentence."))
        s.update(card.model_copy(update={"content": "Answer in one short sentence."}), reason="shorter")
        s.transition(card.id, "quarantined", reason="scan")
        s.transition(card.id, "promoted", reason="replay won")
        s.add(MemoryCard(kind="user_preference", content="Use metric units."))
    finally:
        s.close()
    return path


def _cards(path: Path) -> dict[str, MemoryCard]:
    s = open_store(str(path), RunMode.EVAL_TEST)
    try:
        return {c.content: c for c in s.list_cards()}
    finally:
        s.close()


def test_a_signed_export_comes_back_whole_and_an_unsigned_one_only_through_memory_ci(
    tmp_path: Path, store: Path
) -> None:
    key = tmp_path / "export.key"
    made = purpose("memory", "keygen", "--key", str(key), cwd=tmp_path)
    assert made.returncode == 0 and "mode 0600" in made.stdout, made.stderr
    assert key.stat().st_mode & 0o777 == 0o600
    out = purpose("memory", "export", "all.jsonl", "--sign", "--key", str(key), cwd=tmp_path)
    assert out.returncode == 0 and "exported 2 card(s)" in out.stdout and "(signed)" in out.stdout, out.stderr

    signed_dir = tmp_path / "signed"
    signed_dir.mkdir()
    back = purpose("memory", "import", str(tmp_path / "all.jsonl"), "--key", str(key), cwd=signed_dir)
    assert back.returncode == 0 and "signature verified" in back.stdout, back.stderr
    source, copy = _cards(store), _cards(signed_dir / "memory.db")
    assert set(copy) == set(source)
    short = copy["Answer in one short sentence."]
    assert short.status.value == "promoted" and short.version == source[short.content].version == 2

    plain_dir = tmp_path / "plain"
    plain_dir.mkdir()
    assert purpose("memory", "export", "plain.jsonl", cwd=tmp_path).returncode == 0
    again = purpose("memory", "import", str(tmp_path / "plain.jsonl"), cwd=plain_dir)
    assert again.returncode == 0 and "as candidates (signature: " in again.stdout, again.stderr
    assert "through memory CI" in again.stdout
    regated = _cards(plain_dir / "memory.db")
    assert set(regated) == set(source)
    assert all(c.status.value != "promoted" for c in regated.values())  # nothing imported unsigned is live


def test_diff_and_stats_read_without_writing(tmp_path: Path, store: Path) -> None:
    before = store.read_bytes()
    card = _cards(store)["Answer in one short sentence."]
    diff = purpose("memory", "--json", "diff", card.id, "1", "2", cwd=tmp_path)
    assert diff.returncode == 0, diff.stderr
    changes = json.loads(diff.stdout)["changes"]
    assert changes["content"] == ["Answer in one sentence.", "Answer in one short sentence."]
    stats = purpose("memory", "--json", "stats", cwd=tmp_path)
    assert stats.returncode == 0, stats.stderr
    counts = json.loads(stats.stdout)
    assert counts["cards"] == 2 and counts["by_status"] == {"candidate": 1, "promoted": 1}
    assert counts["versions"] == 3
    table = purpose("memory", "stats", cwd=tmp_path)
    assert table.returncode == 0 and "promoted" in table.stdout
    assert store.read_bytes() == before


def test_export_to_a_folder(tmp_path: Path, store: Path) -> None:
    (tmp_path / "out").mkdir()
    one_line_failure(purpose("memory", "export", "out", cwd=tmp_path), "is a folder")


def test_export_to_an_unwritable_path(tmp_path: Path, store: Path) -> None:
    one_line_failure(purpose("memory", "export", "/proc/no-such/x.jsonl", cwd=tmp_path), "cannot")


def test_import_of_a_directory(tmp_path: Path, store: Path) -> None:
    one_line_failure(purpose("memory", "import", str(tmp_path), cwd=tmp_path), "is a folder")


def test_import_of_dev_zero_is_a_bounded_read(tmp_path: Path, store: Path) -> None:
    env = {"PURPOSE_AGENT_MAX_IMPORT_BYTES": str(4 * 2**20)}
    one_line_failure(purpose("memory", "import", "/dev/zero", cwd=tmp_path, env=env), "larger than")


def test_import_of_deeply_nested_json(tmp_path: Path, store: Path) -> None:
    header = {"format": "purpose-memory", "schema_version": 1}
    (tmp_path / "deep.jsonl").write_text(json.dumps(header) + "\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    one_line_failure(purpose("memory", "import", "deep.jsonl", cwd=tmp_path), "nested too deeply")


@pytest.mark.parametrize("content", [b"this is not a database\n", b"SQLite format 3\x00" + b"\x07" * 200])
def test_a_store_path_that_is_not_a_store(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "memory.db").write_bytes(content)
    one_line_failure(purpose("memory", "stats", cwd=tmp_path), "memory store")
    one_line_failure(purpose("memory", "import", "x.jsonl", cwd=tmp_path), "memory store")


def test_eval_test_refuses_an_import_before_opening_anything(tmp_path: Path, store: Path) -> None:
    (tmp_path / "purpose.toml").write_text('run_mode = "eval_test"\n')
    before = store.read_bytes()
    one_line_failure(purpose("memory", "import", "x.jsonl", cwd=tmp_path), "run_mode is eval_test")
    assert store.read_bytes() == before
    assert purpose("memory", "stats", cwd=tmp_path).returncode == 0  # reading still works
