"""Headless Debian Chromium driven by Selenium, for the end-to-end tests of the page.

Never downloads a browser or a driver: it uses /usr/bin/chromium and /usr/bin/chromedriver (installed by
scripts/chromium in CI) and skips with that reason when they are absent. Screenshots go to
$PURPOSE_AGENT_TEST_ARTIFACTS/purpose-ui (set by tox) or to the test's temporary directory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("PURPOSE_UI_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("PURPOSE_UI_CHROMEDRIVER", "/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


def missing_reason() -> str | None:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"{path} is absent: run scripts/chromium (apt-get install {package}) to run browser tests"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install 'purpose-ui[test]')"
    return None


def artifacts_dir(tmp_path: Path) -> Path:
    root = os.environ.get("PURPOSE_AGENT_TEST_ARTIFACTS")
    target = Path(root) / "purpose-ui" if root else tmp_path / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must never try to fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def shoot(tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[Any, str], Path]:
    folder = artifacts_dir(tmp_path)
    prefix = request.node.name.replace("/", "_")

    def save(driver: Any, name: str) -> Path:
        path = folder / f"{prefix}-{name}.png"
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(int(height), 700), 4000))
        driver.save_screenshot(str(path))
        driver.set_window_size(1280, 1000)
        return path

    return save


def wait_for(driver: Any, css: str, *, timeout: float = 10.0, text: str | None = None) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout)
    if text is not None:
        wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, css), text))
    return wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))
