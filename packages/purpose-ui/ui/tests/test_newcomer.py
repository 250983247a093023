"""The newcomer path, end to end in a real browser: a fresh folder, `purpose learn`, `purpose ui`, then Runs,
the promoted card, its source trace and the Benchmarks page, each showing this run's own data.

Everything is real: `purpose learn` runs the README's main job in a subprocess on the embedded SmolLM2-135M
model (the quick-start set is installed in this environment), `purpose ui` is started as a user starts it,
and headless Debian Chromium clicks through the page. Nothing is copied between folders: the page finds the
learn run through the workspace's run index. Screenshots are kept as test artifacts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from browser import artifacts_dir, missing_reason, wait_for

LEARN_TIMEOUT_S = 1200


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PURPOSE_AGENT_", "PURPOSE_UI_"))}


@contextmanager
def _ui(folder: Path) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "purpose_agent", "ui", "--port", "0", "--no-open"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(),
        cwd=folder,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert "serving" in line, (
            line,
            proc.stderr.read() if proc.poll() is not None and proc.stderr else "",
        )
        yield line.rsplit(" at ", 1)[1].strip().rstrip("/")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _texts(driver: Any, css: str) -> list[str]:
    from selenium.webdriver.common.by import By

    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, css)]


def test_fresh_workspace_learn_then_the_page_shows_that_run(tmp_path: Path, browser: Any, shoot: Any) -> None:
    assert missing_reason() is None
    folder = tmp_path / "fresh"
    folder.mkdir()
    # the README's example run (`purpose learn --seed 1`): on this model and replay rule it promotes a card,
    # which the default seed 0 no longer does since replay asks for a sign test over 6 validation cases
    learn = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "learn", "--seed", "1"],
        cwd=folder,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=LEARN_TIMEOUT_S,
    )
    (artifacts_dir(tmp_path) / "newcomer-learn-output.txt").write_text(
        learn.stdout + "\n--- stderr ---\n" + learn.stderr, encoding="utf-8"
    )
    assert learn.returncode == 0, learn.stderr[-2000:]
    walk(folder, browser, shoot)


def walk(folder: Path, browser: Any, shoot: Any) -> None:
    """Runs, Benchmarks, the promoted card and its source trace, in the browser, for the run in ``folder``."""
    from selenium.webdriver.common.by import By

    result = json.loads((folder / ".purpose" / "learn" / "result.json").read_text(encoding="utf-8"))
    (learned,) = [r for r in result["runs"] if r["arm"] == "learned"]
    promoted = [d["card_id"] for d in learned["decisions"] if d["status"] == "promoted"]
    assert promoted, f"the README's example run promoted nothing this time: {learned['decisions']}"
    card_id = promoted[0]
    on_disk = {p.stem for p in (folder / ".purpose" / "learn").rglob("traces/*.jsonl")}
    assert on_disk and not (folder / ".purpose" / "results").exists()  # nothing copied for the page

    with _ui(folder) as url:
        # Runs: the learn run's episodes, by command, arm and seed
        browser.get(f"{url}/runs")
        wait_for(browser, "#runs")
        rows = browser.find_elements(By.CSS_SELECTOR, "#runs tbody tr[data-trace]")
        assert rows and all(r.get_attribute("data-command") == "learn" for r in rows)
        assert {r.get_attribute("data-trace") for r in rows} <= on_disk
        count = int(browser.find_element(By.ID, "count").text.split()[0])
        assert count == len(on_disk)
        assert "No traces" not in browser.find_element(By.ID, "runs").text
        folders = {tuple(row.split()[:3]) for row in _texts(browser, "#folders tbody tr")}
        assert {("learn", "baseline", "1"), ("learn", "learned", "1")} <= folders
        shoot(browser, "01-runs")

        # Benchmarks: the learn result, found through the index, with its charts
        browser.get(f"{url}/results")
        wait_for(browser, "#results")
        links = browser.find_elements(By.CSS_SELECTOR, "#results tbody tr[data-result] a")
        assert len(links) == 1 and "No result files" not in browser.find_element(By.ID, "results").text
        shoot(browser, "02-benchmarks")
        links[0].click()
        wait_for(browser, "#bars svg")
        wait_for(browser, "#curve svg")
        arms_table = browser.find_element(By.ID, "arms").text
        assert "baseline" in arms_table and "learned" in arms_table
        split_text = browser.find_element(By.ID, "splits").text
        assert result["splits"]["1"]["test"]["hash"] in split_text
        assert "learned" in browser.find_element(By.ID, "comparisons").text
        shoot(browser, "03-benchmark-result")

        # the promoted card, from the result's list
        browser.find_element(By.CSS_SELECTOR, f'#promoted a[href="/memory/{card_id}"]').click()
        wait_for(browser, "#usage")
        assert card_id in browser.find_element(By.TAG_NAME, "h1").text
        usage = browser.find_element(By.ID, "result-usage").text
        assert "learned" in usage and "no result file" not in usage
        shown = browser.find_element(By.ID, "shown-in").text
        assert "test (EVAL_TEST)" in shown and "replay (validation)" in shown
        shoot(browser, "04-promoted-card")

        # its source trace: opens, says who wrote it, and links back to the card
        source = browser.find_element(By.CSS_SELECTOR, "#source-traces a")
        trace_id = source.text
        assert trace_id in on_disk
        source.click()
        wait_for(browser, "#timeline")
        assert "Not done" not in browser.page_source
        assert "learn" in browser.find_element(By.ID, "written-by").text
        back = browser.find_element(By.CSS_SELECTOR, f'#proposed a[href="/memory/{card_id}"]')
        assert back.text == card_id
        steps = browser.find_elements(By.CSS_SELECTOR, "#timeline > li")
        assert len(steps) >= 3
        shoot(browser, "05-source-trace")
        back.click()
        wait_for(browser, "#usage")
        assert card_id in browser.find_element(By.TAG_NAME, "h1").text


@pytest.fixture(autouse=True)
def _no_ambient_index(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PURPOSE_AGENT_RUN_INDEX", raising=False)
