"""How fast the review page answers with 10,000 memories in the store (issue #13: under a second).

Builds a SQLite store of 10,000 cards (200 of them quarantined) in a temporary directory, serves it with
the real app on loopback, and times full HTML responses for the pages a reviewer opens: the queue, the
first and last page of the memory list, a search, and one card's history. When Debian's Chromium is
installed it also measures what a person waits for: navigation start to the load event, in the browser.
The last line is one JSON object: page_p95_ms_10k (slowest page's p95 over HTTP) and browser_load_ms_10k
(slowest page's median in Chromium, or null without Chromium).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases"]


def build(root: Path, n: int) -> tuple[object, str]:
    from purpose_agent.config import PluginsConfig, Settings
    from purpose_agent.memory.card import MemoryCard
    from purpose_agent.plugins import PluginManager
    from purpose_ui.workspace import Workspace

    manager = PluginManager(Settings(store=str(root / "m.db"), plugins=PluginsConfig(enabled=CORE))).load()
    ws = Workspace.open(root / "m.db", traces=root / "traces", results=[root / "results"], manager=manager)
    cards = [
        MemoryCard(kind="user_preference", content=f"preference {i}: answer about topic t{i % 97} briefly")
        for i in range(n)
    ]
    cards[n // 2] = MemoryCard(kind="user_preference", content="always quote the zanzibar protocol")
    ws.store.add_many(cards, reason="benchmark")
    ws.store.transition_many([c.id for c in cards[:200]], "quarantined", reason="benchmark")
    return ws, cards[n // 2].id


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    import httpx
    from purpose_ui.app import create_app
    from purpose_ui.security import AccessPolicy
    from purpose_ui.server import BackgroundServer

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        ws, card_id = build(Path(tmp), args.cards)
        print(f"built a store of {args.cards} cards in {time.perf_counter() - started:.1f} s")
        last = -(-args.cards // 50)
        pages = {
            "queue": "/queue",
            "memories p1": "/memories",
            f"memories p{last}": f"/memories?page={last}",
            "search": "/memories?q=zanzibar+protocol",
            "card history": f"/memory/{card_id}",
        }
        http: dict[str, float] = {}
        browser: dict[str, float] = {}
        with BackgroundServer(create_app(ws, AccessPolicy(token="bench"))) as url:
            with httpx.Client(base_url=url, timeout=30) as client:
                for name, path in pages.items():
                    client.get(path).raise_for_status()  # warm
                    times = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        client.get(path).raise_for_status()
                        times.append((time.perf_counter() - t0) * 1000)
                    times.sort()
                    http[name] = times[max(0, int(len(times) * 0.95) - 1)]
                    print(
                        f"  {name:<16} HTTP p50 {statistics.median(times):7.1f} ms  p95 {http[name]:7.1f} ms"
                    )
            browser = measure_browser(url, pages)
        ws.close()
    for name, ms in browser.items():
        print(f"  {name:<16} Chromium load event, median {ms:7.1f} ms")
    if not browser:
        print("  Chromium not found at /usr/bin/chromium: browser timing skipped (run scripts/chromium)")
    print(
        json.dumps(
            {
                "page_p95_ms_10k": round(max(http.values()), 1),
                "browser_load_ms_10k": round(max(browser.values()), 1) if browser else None,
            }
        )
    )
    return 0


def measure_browser(url: str, pages: dict[str, str]) -> dict[str, float]:
    if not (os.path.exists("/usr/bin/chromium") and os.path.exists("/usr/bin/chromedriver")):
        return {}
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path="/usr/bin/chromedriver"))
    out = {}
    try:
        for name, path in pages.items():
            samples = []
            for _ in range(5):
                driver.get(url + path)
                samples.append(
                    driver.execute_script(
                        "const e = performance.getEntriesByType('navigation')[0];"
                        "return e.loadEventEnd - e.startTime;"
                    )
                )
            out[name] = statistics.median(samples)
    finally:
        driver.quit()
    return out


if __name__ == "__main__":
    sys.exit(main())
