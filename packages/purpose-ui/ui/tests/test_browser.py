"""End to end in headless Chromium: review candidates, see the store change, roll back, open a trace.

Each test drives the real page served by uvicorn on loopback over a real SQLite store that memory CI
and the runtime filled, and checks the store itself after every click.
"""

from __future__ import annotations

from typing import Any

from browser import wait_for
from purpose_agent.plugin import MemoryCard, MemoryCI
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait


def _decide(driver: Any, card_id: str, decision: str, reason: str) -> None:
    article = driver.find_element(By.ID, f"card-{card_id}")
    article.find_element(By.NAME, "reason").send_keys(reason)
    article.find_element(By.CSS_SELECTOR, f"button[value={decision}]").click()
    # the form posts and the page is replaced: until then "#decided" may still be the previous decision's
    WebDriverWait(driver, 10).until(ec.staleness_of(article))


def test_approve_reject_rollback_and_trace(browser, shoot, server, scenario, workspace) -> None:
    store = workspace.store
    browser.get(f"{server}/queue")
    wait_for(browser, f"#card-{scenario.approve}")
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "Prefer metric units" in page and "Replay evidence" in page
    replayed = browser.find_element(By.ID, f"card-{scenario.replayed}").text
    assert "non_inferiority" in replayed and "paired cases" in replayed
    shoot(browser, "01-queue")

    _decide(browser, scenario.approve, "approve", "metric is what our users expect")
    assert "promoted" in wait_for(browser, "#decided").text.lower()
    approved = store.get(scenario.approve)
    assert approved.status.value == "promoted"
    last = store.audit(scenario.approve)[-1]
    assert last.actor == "ui:tester" and "metric is what our users expect" in last.reason

    _decide(browser, scenario.reject, "reject", "we answer in English")
    assert "rejected" in wait_for(browser, "#decided").text.lower()
    assert store.get(scenario.reject).status.value == "rejected"
    assert "rejected by ui:tester: we answer in English" in store.audit(scenario.reject)[-1].reason
    assert browser.find_elements(By.ID, f"card-{scenario.reject}") == []
    shoot(browser, "02-after-decisions")

    # history: v3 said "checked twice", v4 introduced a typo; roll back to v3 with a confirmation
    browser.get(f"{server}/memory/{scenario.promoted}")
    diff = wait_for(browser, "#diff").text
    assert "the code is 42 (checked twice)" in diff and "the code is 24" in diff
    shoot(browser, "03-history")
    browser.find_element(By.LINK_TEXT, "Roll back to v3…").click()
    wait_for(browser, "#confirm-rollback")
    assert store.get(scenario.promoted).version == 4  # nothing happens before the confirmation
    shoot(browser, "04-rollback-confirm")
    browser.find_element(By.NAME, "reason").send_keys("v4 introduced a typo")
    browser.find_element(By.ID, "confirm-rollback").click()
    assert "v3" in wait_for(browser, "#rolled").text
    card = store.get(scenario.promoted)
    assert card.version == 5 and card.content == "the code is 42 (checked twice)"
    assert store.history(scenario.promoted)[-1].reason == "rollback to v3: v4 introduced a typo"
    shoot(browser, "05-rolled-back")

    # a trace as a timeline: the prompt with its memory, the tool call, the judge's score
    browser.get(f"{server}/runs")
    browser.find_element(By.LINK_TEXT, scenario.trace_id).click()
    timeline = wait_for(browser, "#timeline").text
    assert "prompt compiled: 1 memory shown" in timeline
    assert scenario.promoted in timeline and "tool call: lookup (ok)" in timeline
    assert "judge score" in timeline and "episode finished" in timeline
    shoot(browser, "06-trace")

    browser.get(f"{server}/results/learn")
    wait_for(browser, "#arms")
    assert "baseline (no memory)" in browser.find_element(By.ID, "arms").text
    assert browser.find_elements(By.CSS_SELECTOR, "#bars svg rect.bar")
    shoot(browser, "07-benchmark")


def test_live_notice_and_stale_conflict(browser, shoot, server, scenario, workspace) -> None:
    store = workspace.store
    browser.get(f"{server}/queue")
    wait_for(browser, f"#card-{scenario.approve}")
    MemoryCI(store, manager=scenario.manager).admit(
        MemoryCard(kind="user_preference", content="Use ISO dates")
    )
    notice = wait_for(browser, "#live", text="new candidate arrived", timeout=15)
    assert "1 new candidate arrived in quarantine" in notice.text
    shoot(browser, "01-live-notice")

    # the page shows the card as quarantined; memory CI decides it meanwhile; the reviewer's click is refused
    browser.get(f"{server}/memory/{scenario.replayed}")
    wait_for(browser, "form.review")
    MemoryCI(store, manager=scenario.manager).review(
        scenario.replayed, approve=True, reason="replay gain", actor="another-reviewer"
    )
    browser.find_element(By.NAME, "reason").send_keys("looks wrong to me")
    browser.find_element(By.CSS_SELECTOR, "button[value=reject]").click()
    problem = wait_for(browser, "#problem").text
    assert "changed since this page showed it" in problem and "another-reviewer" in problem
    assert store.get(scenario.replayed).status.value == "promoted"  # not silently overwritten
    assert store.audit(scenario.replayed)[-1].actor == "another-reviewer"
    shoot(browser, "02-conflict")
