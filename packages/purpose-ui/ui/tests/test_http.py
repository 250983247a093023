"""The page over real HTTP on loopback: review, stale conflicts, rollback, paging, search, live marks."""

from __future__ import annotations

import re

import httpx
import pytest
from conftest import TOKEN
from purpose_agent.plugin import MemoryCard, MemoryCI


def _form(**extra: object) -> dict[str, str]:
    return {"csrf": TOKEN, **{k: str(v) for k, v in extra.items()}}


def test_queue_shows_evidence_and_escapes_untrusted_content(client, scenario, workspace) -> None:
    hostile = "<script>alert(1)</script> prefer <b>bold</b>"
    outcome = MemoryCI(workspace.store, manager=scenario.manager).admit(
        MemoryCard(kind="user_preference", content=hostile)
    )
    page = client.get("/queue")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
    assert outcome.card_id in page.text and "scanners: keyword" in page.text
    # replay is sequential: the scenario's non-inferiority replay plans 2 cases, and a gain of 1 on the
    # first settles it (the second cannot pull the mean below the margin); the page says so
    replay = workspace.store.get(scenario.replayed).provenance.evidence["replay"]
    assert (len(replay["runs"]), replay["planned"], replay["stopped"]) == (1, 2, "settled")
    assert "non_inferiority" in page.text and f"over {len(replay['runs'])} paired cases" in page.text
    assert "stopped after 1 of 2 cases: the rest could not change the decision" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_review_goes_through_memory_ci_into_the_audit_log(client, scenario, workspace) -> None:
    card = workspace.store.get(scenario.approve)
    reply = client.post(
        f"/memory/{card.id}/review",
        data=_form(decision="approve", reason="fine", version=card.version, status="quarantined"),
    )
    assert reply.status_code == 303 and reply.headers["location"] == f"/queue?decided={card.id}"
    assert workspace.store.get(card.id).status.value == "promoted"
    entry = workspace.store.audit(card.id)[-1]
    assert (entry.actor, entry.reason) == ("ui:tester", "approved by ui:tester: fine")
    assert "is now" in client.get(reply.headers["location"]).text


@pytest.mark.parametrize(
    ("form", "status", "words"),
    [
        ({"decision": "approve", "reason": "  "}, 400, "needs a reason"),
        ({"decision": "maybe", "reason": "x"}, 400, "choose Approve or Reject"),
    ],
)
def test_bad_review_input_changes_nothing(client, scenario, workspace, form, status, words) -> None:
    card = workspace.store.get(scenario.reject)
    reply = client.post(
        f"/memory/{card.id}/review", data=_form(version=card.version, status="quarantined", **form)
    )
    assert reply.status_code == status and words in reply.text
    assert workspace.store.get(card.id) == card


def test_forged_or_foreign_forms_are_refused(client, scenario, workspace) -> None:
    card = workspace.store.get(scenario.reject)
    fields = {"decision": "approve", "reason": "x", "version": card.version, "status": "quarantined"}
    no_token = client.post(f"/memory/{card.id}/review", data={k: str(v) for k, v in fields.items()})
    assert no_token.status_code == 403
    foreign = client.post(
        f"/memory/{card.id}/review", data=_form(**fields), headers={"origin": "http://evil.example"}
    )
    assert foreign.status_code == 403
    assert workspace.store.get(card.id).status.value == "quarantined"


def test_dns_rebinding_host_is_refused_on_loopback(client) -> None:
    assert client.get("/queue", headers={"host": "attacker.example:8765"}).status_code == 421
    assert client.get("/queue", headers={"host": "localhost:8765"}).status_code == 200


def test_stale_review_and_stale_rollback_get_a_conflict(client, scenario, workspace) -> None:
    store = workspace.store
    seen = store.get(scenario.approve)
    MemoryCI(store, manager=scenario.manager).review(seen.id, approve=False, reason="dup", actor="bob")
    reply = client.post(
        f"/memory/{seen.id}/review",
        data=_form(decision="approve", reason="ok", version=seen.version, status="quarantined"),
    )
    assert reply.status_code == 409 and "changed since this page showed it" in reply.text
    assert store.get(seen.id).status.value == "rejected"

    before = store.get(scenario.promoted)
    store.update(before.model_copy(update={"content": "edited elsewhere"}), reason="edit", actor="carol")
    stale = client.post(
        f"/memory/{before.id}/rollback/3", data=_form(reason="undo typo", version=before.version)
    )
    assert stale.status_code == 409 and "you saw v4" in stale.text and "carol" in stale.text
    assert store.get(before.id).content == "edited elsewhere"


def test_rollback_needs_confirmation_then_restores_as_a_new_version(client, scenario, workspace) -> None:
    confirm = client.get(f"/memory/{scenario.promoted}/rollback/3")
    assert confirm.status_code == 200 and "Confirm rollback" in confirm.text
    assert workspace.store.get(scenario.promoted).version == 4
    done = client.post(f"/memory/{scenario.promoted}/rollback/3", data=_form(reason="typo", version=4))
    assert done.status_code == 303
    card = workspace.store.get(scenario.promoted)
    assert (card.version, card.content) == (5, "the code is 42 (checked twice)")
    assert client.get(f"/memory/{scenario.promoted}/rollback/99").status_code == 404


def test_ten_thousand_memories_page_and_search(client, workspace) -> None:
    cards = [
        MemoryCard(kind="user_preference", content=f"preference number {i} about topic t{i % 97}")
        for i in range(10_000)
    ]
    cards[7_321] = MemoryCard(kind="user_preference", content="always quote the zanzibar protocol")
    workspace.store.add_many(cards, reason="bulk")
    first = client.get("/memories")
    assert first.status_code == 200 and "page 1 of 201" in first.text
    assert len(re.findall(r'<tr data-card="', first.text)) == 50
    last = client.get("/memories", params={"page": 201})
    assert "page 201 of 201" in last.text and 'rel="next"' not in last.text
    found = client.get("/memories", params={"q": "zanzibar"})
    assert cards[7_321].id in found.text and "ranked by relevance" in found.text
    by_id = client.get("/memories", params={"q": cards[42].id})
    assert cards[42].id in by_id.text
    filtered = client.get("/memories", params={"status": "candidate", "per_page": 200, "page": 3})
    assert "page 3 of 50" in filtered.text


def test_runs_results_and_missing_things(client, scenario) -> None:
    runs = client.get("/runs")
    assert scenario.trace_id in runs.text and "Look up the code" in runs.text
    assert scenario.trace_id in client.get("/runs", params={"q": "look up"}).text
    assert client.get("/runs/../../etc/passwd").status_code == 404
    assert client.get("/runs/not_a_trace").status_code == 400
    result = client.get("/results/learn")
    assert (
        "baseline (no memory)" in result.text and "<svg" in result.text and 'rect class="bar"' in result.text
    )
    assert client.get("/results/nothing").status_code == 400
    assert client.get("/memory/mem_missing").status_code == 404


def test_marks_move_when_a_candidate_arrives_or_a_run_finishes(client, scenario, workspace) -> None:
    before = client.get("/api/marks").json()
    MemoryCI(workspace.store, manager=scenario.manager).admit(
        MemoryCard(kind="user_preference", content="x y")
    )
    (scenario.traces / "ep_new.jsonl").write_text(
        (scenario.traces / f"{scenario.trace_id}.jsonl").read_text(), encoding="utf-8"
    )
    after = client.get("/api/marks").json()
    assert after["quarantined"] == before["quarantined"] + 1 and after["runs"] == before["runs"] + 1
    with client.stream("GET", "/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        lines = []
        for line in stream.iter_lines():
            lines.append(line)
            if line.startswith("data:"):
                break
    assert lines[0] == "retry: 1500" and '"quarantined": ' in lines[-1]


def test_token_is_required_off_loopback(workspace) -> None:
    from purpose_ui.app import create_app
    from purpose_ui.security import AccessPolicy
    from purpose_ui.server import BackgroundServer

    policy = AccessPolicy(token="s3cret", require_token=True, bound_host="0.0.0.0")
    with BackgroundServer(create_app(workspace, policy)) as url, httpx.Client(base_url=url) as c:
        assert c.get("/queue").status_code == 401
        assert c.get("/static/app.css").status_code == 401
        assert c.get("/queue?token=wrong").status_code == 401
        assert c.get("/queue", headers={"authorization": "Bearer s3cret"}).status_code == 200
        entry = c.get("/queue?token=s3cret&page=1")
        assert entry.status_code == 303 and entry.headers["location"] == "/queue?page=1"
        assert "HttpOnly" in entry.headers["set-cookie"]
        assert c.get("/queue", headers={"host": "reviewer-box:8765"}).status_code == 200  # cookie kept
