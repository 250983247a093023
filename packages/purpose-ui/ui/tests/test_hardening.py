"""One bad card never takes the page down; eval_test makes the page read-only; a bad port is one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
from purpose_agent.plugin import MemoryCard
from test_command import _env, _serve


def test_malformed_evidence_shows_evidence_unreadable_not_a_500(client, scenario, workspace) -> None:
    broken = MemoryCard(
        kind="user_preference",
        content="Answer briefly.",
        status="quarantined",
        provenance={
            "evidence": {"replay": {"rule": "paired_gain", "runs": "not a list"}, "scan": {"threats": [3]}}
        },
    )
    card = workspace.store.add(broken)
    page = client.get(f"/memory/{card.id}")
    assert page.status_code == 200
    assert page.text.count("evidence unreadable") == 2
    queue = client.get("/queue")
    assert queue.status_code == 200 and card.id in queue.text and "evidence unreadable" in queue.text


def test_eval_test_in_the_settings_makes_the_review_page_refuse(scenario) -> None:
    before = scenario.manager  # the scenario's store already holds quarantined cards (opened read-write)
    db = Path(scenario.store_path)
    (db.parent / "purpose.toml").write_text('run_mode = "eval_test"\n')
    card_id = scenario.approve
    with _serve(db) as url, httpx.Client(base_url=url, timeout=10) as client:
        page = client.get(f"/memory/{card_id}")
        assert page.status_code == 200 and "read-only" in page.text
        assert f'action="/memory/{card_id}/review"' not in page.text  # no decision is offered
        reply = client.post(
            f"/memory/{card_id}/review", data={"decision": "approve", "reason": "ok", "version": "1"}
        )
        assert reply.status_code >= 400
    assert before is not None
    from purpose_agent.plugin import RunMode, open_store

    with open_store(str(db), RunMode.EVAL_TEST, manager=scenario.manager) as store:
        assert store.get(card_id).status.value == "quarantined"


def test_a_port_out_of_range_is_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "ui", "--port", "99999", "--no-open"],
        env=_env(tmp_path / "m.db"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert len(lines) == 1 and "0-65535" in lines[0]
