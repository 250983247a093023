"""How fast the review page answers in a big workspace: every view under 200 ms (issue #23).

Builds, in a temporary directory, a workspace as the commands leave it: a SQLite store of 10,000 cards
(200 quarantined), 10,000 real episode traces (written by core's TraceWriter, each prompt showing cards)
spread over 100 arm folders registered in the run index as `purpose bench` registers them, and 100 result
files (BenchResult models with per-case test scores). It serves the workspace with the real app on
loopback, lets the page read the traces once (the background pass a fresh `purpose ui` starts; its time
is printed), then times full HTML responses of every view a reviewer opens: memory pages, Runs (first and
last page, each filter), a trace, the Benchmarks list, a result with its charts, and a card page that
resolves its source trace and counts its uses over all traces and result files.

The last line is one JSON object: ``view_p95_ms`` (per view), ``max_view_p95_ms``, ``traces``,
``result_files``, ``cards``, ``first_read_s`` (the background pass), ``page_p95_ms_10k`` (the memory
pages, as before) and ``browser_load_ms_10k`` (slowest page's median in Chromium, or null without it).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip
BUDGET_MS = 200.0


def build_store(root: Path, n: int) -> tuple[Any, list[str]]:
    from purpose_agent.config import PluginsConfig, Settings
    from purpose_agent.memory.card import MemoryCard
    from purpose_agent.plugins import PluginManager

    manager = PluginManager(
        Settings(store=str(root / "memory.db"), plugins=PluginsConfig(enabled=CORE))
    ).load()
    from purpose_agent.memory.store import open_store

    store = open_store(root / "memory.db", "learning_train", manager=manager)
    cards = [
        MemoryCard(kind="user_preference", content=f"preference {i}: answer about topic t{i % 97} briefly")
        for i in range(n)
    ]
    cards[n // 2] = MemoryCard(kind="user_preference", content="always quote the zanzibar protocol")
    store.add_many(cards, reason="benchmark")
    store.transition_many([c.id for c in cards[:200]], "quarantined", reason="benchmark")
    store.close()
    return manager, [c.id for c in cards]


def build_traces(workspace: Path, n: int, folders: int, card_ids: list[str]) -> list[str]:
    """``n`` traces in ``folders`` registered arm folders; every prompt shows two cards."""
    from purpose_agent.trace import TraceWriter
    from purpose_runs import index as run_index

    rng = random.Random(0)
    ids = []
    per = -(-n // folders)
    modes = ["learning_train", "learning_validation", "eval_test"]
    for f in range(folders):
        run, arm, seed = f // 4, ("baseline", "full")[f % 2], (f // 2) % 2
        traces = workspace / ".purpose" / "bench" / f"run{run:02d}" / arm / f"seed-{seed}" / "traces"
        run_index.register("bench", traces=traces, arm=arm, seed=seed, workdir=traces.parents[2])
        for i in range(min(per, n - f * per)):
            shown = rng.sample(card_ids[:500], 2)
            task = f"What is {rng.randint(10, 99)} * {rng.randint(10, 99)}? (case {f}-{i})"
            with TraceWriter(
                traces, run_mode=modes[i % 3], plugins=[], task=task, meta={"agent": "solver"}, redact=False
            ) as trace:
                trace.event(
                    "prompt_compiled",
                    {"shown_ids": shown, "total_tokens": 300, "budget": 1536, "messages": []},
                )
                trace.event(
                    "model_call", {"step": 1, "action": "final_answer", "arguments": {"answer": "42"}}
                )
                trace.event("score", {"score": {"value": float(i % 2), "evaluator": "numeric"}})
                if i == 0:
                    trace.event(
                        "candidate_proposed",
                        {"card_id": card_ids[f], "kind": "user_preference", "status": "x"},
                    )
                ids.append(trace.trace_id)
    return ids


def build_results(workspace: Path, n: int, card_ids: list[str]) -> Path:
    """``n`` BenchResult files (built from the harness's own models) in ``.purpose/results``."""
    from purpose_eval.arms import ArmSpec
    from purpose_eval.harness import ArmSummary, BenchConfig, BenchResult
    from purpose_eval.stats import Interval, PairedComparison
    from purpose_learn.case import ScoreBundle
    from purpose_learn.pipeline import ArmRun, CurvePoint
    from purpose_learn.splits import SplitRecord

    folder = workspace / ".purpose" / "results"
    folder.mkdir(parents=True, exist_ok=True)
    arms = [ArmSpec(name="baseline", learn=False, memory=False), ArmSpec(name="full")]
    interval = Interval(mean=0.5, low=0.3, high=0.7, n=50)
    for r in range(n):
        runs = [
            ArmRun(
                arm=arm.name,
                seed=seed,
                model="smollm2",
                plugins=[],
                test=[
                    ScoreBundle(
                        case_id=f"c{i}",
                        case_hash=f"{i:064x}",
                        success=bool(i % 2),
                        phi=float(i % 2),
                        tokens=100,
                        seconds=0.5,
                        status="completed",
                        memory_ids=[card_ids[(r + i) % 500]] if arm.memory else [],
                    )
                    for i in range(25)
                ],
                decisions=[
                    {"card_id": card_ids[r], "kind": "skill_card", "status": "promoted", "reason": "r"}
                ],
                curve=[CurvePoint(trained=25, success=0.5)],
            )
            for seed in (0, 1)
            for arm in arms
        ]
        result = BenchResult(
            created="2026-12-03T00:00:00+00:00",
            suite={"name": f"suite{r}", "description": "d", "size": 100},
            config=BenchConfig(
                suite=f"suite{r}", seeds=[0, 1], arms=arms, workdir=f".purpose/bench/run{r:02d}"
            ),
            seeds=[0, 1],
            splits={
                str(s): {
                    k: SplitRecord(n=25, hash=f"{r:02d}{s}{k}".ljust(64, "0")) for k in ("train", "test")
                }
                for s in (0, 1)
            },
            runs=runs,
            summary=[
                ArmSummary(
                    arm=a.name,
                    spec=a,
                    model="smollm2",
                    plugins=[],
                    success=interval,
                    phi=interval,
                    mean_tokens=100,
                    mean_seconds=0.5,
                    promoted=1,
                    test_curve=[CurvePoint(trained=12, success=0.4), CurvePoint(trained=25, success=0.5)],
                )
                for a in arms
            ],
            comparisons=[
                PairedComparison(
                    arm="full",
                    reference="baseline",
                    metric="success",
                    diff=interval,
                    wins=5,
                    losses=2,
                    ties=43,
                )
            ],
            contamination={"checked": True},
            immune="on",
            seconds=10.0,
        )
        (folder / f"bench-{r:03d}.json").write_text(result.model_dump_json(), encoding="utf-8")
    return folder


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--traces", type=int, default=10_000)
    parser.add_argument("--results", type=int, default=100)
    parser.add_argument("--folders", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    import httpx
    from purpose_ui.app import create_app
    from purpose_ui.security import AccessPolicy
    from purpose_ui.server import BackgroundServer
    from purpose_ui.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.chdir(root)
        os.environ.pop("PURPOSE_AGENT_RUN_INDEX", None)
        started = time.perf_counter()
        manager, card_ids = build_store(root / ".purpose", args.cards)
        print(f"built a store of {args.cards} cards in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        trace_ids = build_traces(root, args.traces, args.folders, card_ids)
        print(
            f"wrote {len(trace_ids)} traces in {args.folders} registered folders "
            f"in {time.perf_counter() - started:.1f} s"
        )
        started = time.perf_counter()
        build_results(root, args.results, card_ids)
        print(f"wrote {args.results} result files in {time.perf_counter() - started:.1f} s")
        ws = Workspace.open(
            root / ".purpose" / "memory.db",
            traces=root / ".purpose" / "traces",
            results=[root / ".purpose" / "results"],
            manager=manager,
        )
        started = time.perf_counter()
        ws.catalog.warm()  # what the background thread of a fresh `purpose ui` does
        first_read = time.perf_counter() - started
        print(f"first read of every trace (background pass): {first_read:.1f} s")
        found = len(ws.catalog.traces())
        assert found == args.traces, (found, args.traces)
        last_runs = -(-args.traces // 25)
        last_cards = -(-args.cards // 50)
        some_trace = trace_ids[len(trace_ids) // 2]
        card = card_ids[7]
        pages = {
            "queue": "/queue",
            "memories p1": "/memories",
            f"memories p{last_cards}": f"/memories?page={last_cards}",
            "memory search": "/memories?q=zanzibar+protocol",
            "card (history, provenance, uses)": f"/memory/{card}",
            "runs p1": "/runs",
            f"runs p{last_runs}": f"/runs?page={last_runs}",
            "runs command+arm+seed": "/runs?command=bench&arm=full&seed=1",
            "runs phase filter": "/runs?mode=eval_test",
            "runs text search": "/runs?q=case+42-7",
            "runs showing a card": f"/runs?card={card}&mode=eval_test",
            "trace": f"/runs/{some_trace}",
            "benchmarks list": "/results",
            "benchmark result": f"/results/bench-{args.results // 2:03d}",
        }
        http: dict[str, float] = {}
        browser: dict[str, float] = {}
        with BackgroundServer(create_app(ws, AccessPolicy(token="bench"), warm=False)) as url:
            with httpx.Client(base_url=url, timeout=60) as client:
                for name, path in pages.items():
                    reply = client.get(path)
                    reply.raise_for_status()
                    assert "Not done" not in reply.text, (name, reply.text[:500])
                    times = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        client.get(path).raise_for_status()
                        times.append((time.perf_counter() - t0) * 1000)
                    http[name] = p95(times)
                    flag = "" if http[name] < BUDGET_MS else "  OVER BUDGET"
                    print(
                        f"  {name:<34} HTTP p50 {statistics.median(times):7.1f} ms  "
                        f"p95 {http[name]:7.1f} ms{flag}"
                    )
            browser = measure_browser(
                url,
                {
                    k: pages[k]
                    for k in (
                        "memories p1",
                        "runs p1",
                        "card (history, provenance, uses)",
                        "benchmark result",
                    )
                },
            )
        ws.close()
        os.chdir("/")
    for name, ms in browser.items():
        print(f"  {name:<34} Chromium load event, median {ms:7.1f} ms")
    if not browser:
        print("  Chromium not found at /usr/bin/chromium: browser timing skipped (run scripts/chromium)")
    memory_pages = [k for k in http if k.startswith(("queue", "memories", "memory search", "card"))]
    print(
        json.dumps(
            {
                "view_p95_ms": {k: round(v, 1) for k, v in http.items()},
                "max_view_p95_ms": round(max(http.values()), 1),
                "traces": args.traces,
                "result_files": args.results,
                "cards": args.cards,
                "first_read_s": round(first_read, 1),
                "page_p95_ms_10k": round(max(http[k] for k in memory_pages), 1),
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
