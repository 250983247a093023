"""``purpose memory review`` decides quarantined cards through memory CI, in a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from purpose_agent.plugin import MemoryCard, PluginManager, PluginsConfig, Settings, open_store

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip
ENABLED = [*CORE, "cli-extras"]  # `purpose memory` is this distribution's command


def _purpose(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update(PURPOSE_AGENT_STORE=str(db), PURPOSE_AGENT_ENABLED_PLUGINS=",".join(ENABLED))
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", "memory", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=db.parent,
        stdin=subprocess.DEVNULL,
    )


def test_review_lists_then_approves_and_rejects(tmp_path: Path) -> None:
    db = tmp_path / "memory.db"
    manager = PluginManager(Settings(store=str(db), plugins=PluginsConfig(enabled=CORE))).load()
    store = open_store(db, manager=manager)
    ids = []
    for text in ("Prefer metric units", "Answer in French"):
        card = store.add(MemoryCard(kind="user_preference", content=text))
        store.transition(card.id, "quarantined", reason="test fixture")
        ids.append(card.id)
    store.close()

    listed = _purpose("review", db=db)
    assert listed.returncode == 0, listed.stderr
    assert "2 card(s) in quarantine" in listed.stdout and "Prefer metric units" in listed.stdout

    missing_reason = _purpose("review", ids[0], "--approve", db=db)
    assert missing_reason.returncode != 0 and "needs --reason" in missing_reason.stderr
    assert "Traceback" not in missing_reason.stderr

    assert _purpose("review", ids[0], "--approve", "--reason", "checked it", db=db).returncode == 0
    assert _purpose("review", ids[1], "--reject", "--reason", "not wanted", db=db).returncode == 0
    cards = json.loads(_purpose("--json", "list", db=db).stdout)
    status = {c["id"]: c["status"] for c in cards}
    assert status == {ids[0]: "promoted", ids[1]: "rejected"}
    store = open_store(db, "eval_test", manager=manager)
    assert "approved by user: checked it" in store.audit(ids[0])[-1].reason
    store.close()
