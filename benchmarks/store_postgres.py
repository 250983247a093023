"""PostgreSQL store vs SQLite store in the same run: retrieval p95 at 100k cards and promotions per second.

Both stores get the same synthetic cards (the Zipf vocabulary of ``benchmarks/memory_store.py``), all
promoted, inserted with ``add_many``; then the same scoped queries are timed on each; then each promotes
the same number of quarantined cards one transaction at a time (quarantined -> promoted, with its audit
row, and for PostgreSQL its notification). ``--soak S`` adds the fleet run: 8 processes promoting,
updating a shared card by compare-and-set and reading for S seconds against PostgreSQL, then checks
that no update was lost.

The server comes from ``--url`` or ``PURPOSE_AGENT_TEST_PG_URL``; without either, a throwaway one is
started with ``scripts/postgres`` and removed afterwards. Both stores run on this machine, so the
comparison is of the stores, not of a network.

    python benchmarks/store_postgres.py                      # 100k cards, 300 queries, 1000 promotions
    python benchmarks/store_postgres.py --cards 20000 --soak 60

The last line is one JSON object: pg_retrieve_p95_ms_100k, sqlite_retrieve_p95_ms_100k,
pg_promotions_per_s, sqlite_promotions_per_s, pg_insert_per_s, sqlite_insert_per_s,
retrieve_p95_ratio_pg_over_sqlite, promotions_ratio_pg_over_sqlite (and soak_* keys with --soak).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from memory_store import Generator, percentile  # noqa: E402


def start_server() -> tuple[str, str]:
    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "postgres"), "start"], check=True, capture_output=True, text=True
    ).stdout
    env = dict(line.removeprefix("export ").split("=", 1) for line in out.splitlines())
    return env["PURPOSE_AGENT_TEST_PG_URL"], env["PURPOSE_AGENT_TEST_PG_DIR"]


def fill(store: Any, cards: list[Any], batch: int) -> float:
    start = time.perf_counter()
    for i in range(0, len(cards), batch):
        store.add_many(cards[i : i + batch], reason="benchmark", actor="bench")
    return len(cards) / (time.perf_counter() - start)


def time_queries(store: Any, queries: list[tuple[str, dict]]) -> tuple[list[float], float]:
    from purpose_agent.memory.card import MemoryScope

    lat, hits = [], []
    for i, (text, ctx) in enumerate(queries):
        t = time.perf_counter()
        found = store.retrieve(text, scope=MemoryScope(**ctx), k=8)
        if i >= 20:  # warm-up
            lat.append((time.perf_counter() - t) * 1000)
            hits.append(len(found))
    return lat, statistics.mean(hits)


def promotions_per_s(store: Any, n: int) -> float:
    ids = [
        c.id
        for c in store.add_many([{"kind": "tool_policy", "content": f"promote me {i}"} for i in range(n)])
    ]
    store.transition_many(ids, "quarantined", reason="scan passed", actor="bench")
    start = time.perf_counter()
    for cid in ids:
        store.transition(cid, "promoted", reason="replay passed", actor="bench")
    return n / (time.perf_counter() - start)


def soak(url: str, seconds: float) -> dict[str, Any]:
    """The fleet run of the test suite, longer: 8 worker processes, then the no-lost-update checks."""
    from purpose_agent.memory.store import open_store

    worker = ROOT / "packages" / "purpose-stores" / "postgres" / "tests" / "pg_worker.py"
    store = open_store(url)
    store.add({"id": "mem_shared_counter", "kind": "user_preference", "content": "counter 0"})
    store.add({"id": "mem_shared_shown", "kind": "user_preference", "content": "shown everywhere"})
    contested = [store.add({"kind": "tool_policy", "content": f"contested {i}"}).id for i in range(300)]
    store.transition_many(contested, "quarantined", reason="scan passed")
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / f"w{i}.json" for i in range(8)]
        procs = [
            subprocess.Popen([sys.executable, str(worker), "soak", url, str(i), str(seconds), str(o)])
            for i, o in enumerate(outs)
        ]
        codes = [p.wait() for p in procs]
        reports = [json.loads(o.read_text()) for o in outs if o.exists()]
    added = [c for r in reports for c in r["added"]]
    updates = sum(r["counter_updates"] for r in reports)
    counter = store.get("mem_shared_counter")
    result = {
        "soak_seconds": seconds,
        "soak_exit_codes_ok": all(c == 0 for c in codes),
        "soak_promotions": sum(r["promotions"] for r in reports)
        + sum(len(r["contested_won"]) for r in reports),
        "soak_counter_updates": updates,
        "soak_cas_conflicts_retried": sum(r["conflicts"] for r in reports),
        "soak_retrieves": sum(r["retrieves"] for r in reports),
        "soak_lost_updates": (1 + updates) - counter.version,
        "soak_duplicate_ids": len(added) - len(set(added)),
    }
    store.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--url", default=os.environ.get("PURPOSE_AGENT_TEST_PG_URL"), help="PostgreSQL server"
    )
    parser.add_argument("--cards", type=int, default=100_000, help="promoted cards in each store")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--promotions", type=int, default=1000, help="promotions timed on each store")
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument(
        "--soak", type=float, default=0.0, help="seconds of the 8-process fleet run (0: skip)"
    )
    args = parser.parse_args(argv)

    from purpose_agent.memory.card import MemoryCard
    from purpose_agent.memory.kinds import builtin_catalog
    from purpose_agent.memory.sqlite_store import SQLiteStore
    from purpose_store_postgres.admin import drop_store
    from purpose_store_postgres.store import PostgresStore
    from purpose_store_postgres.url import parse_url

    started_dir = None
    url = args.url
    if not url:
        url, started_dir = start_server()
    pg_url = parse_url(url).with_schema(f"bench_{uuid.uuid4().hex[:8]}")
    workdir = Path(tempfile.mkdtemp(prefix="purpose-pgbench-"))
    catalog = builtin_catalog()
    gen = Generator()
    cards = [MemoryCard.model_validate(gen.card(), context={"kinds": catalog}) for _ in range(args.cards)]
    queries = [gen.query() for _ in range(args.queries + 20)]
    out: dict[str, Any] = {}
    try:
        print(
            f"store benchmark: {args.cards:,} promoted cards, {args.queries} scoped queries, "
            f"{args.promotions} promotions; python {sys.version.split()[0]}"
        )
        print(
            f"{'store':>10} {'insert/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'hits/q':>7}"
            f" {'promote/s':>10}"
        )
        for name, store in (
            ("sqlite", SQLiteStore(workdir / "bench.db", kinds=catalog)),
            ("postgres", PostgresStore(pg_url, kinds=catalog)),
        ):
            try:
                rate = fill(store, cards, args.batch)
                lat, hits = time_queries(store, queries)
                promo = promotions_per_s(store, args.promotions)
            finally:
                store.close()
            p50, p95, p99 = statistics.median(lat), percentile(lat, 0.95), percentile(lat, 0.99)
            print(
                f"{name:>10} {rate:>10,.0f} {p50:>8.2f} {p95:>8.2f} {p99:>8.2f} {hits:>7.1f} {promo:>10,.0f}",
                flush=True,
            )
            out[f"{name}_retrieve_p95_ms_100k" if args.cards == 100_000 else f"{name}_retrieve_p95_ms"] = (
                round(p95, 3)
            )
            out[f"{name}_promotions_per_s"] = round(promo, 1)
            out[f"{name}_insert_per_s"] = round(rate, 1)
        key = "retrieve_p95_ms_100k" if args.cards == 100_000 else "retrieve_p95_ms"
        out["retrieve_p95_ratio_pg_over_sqlite"] = round(out[f"postgres_{key}"] / out[f"sqlite_{key}"], 3)
        out["promotions_ratio_pg_over_sqlite"] = round(
            out["postgres_promotions_per_s"] / out["sqlite_promotions_per_s"], 3
        )
        print(
            "PostgreSQL promotions take an advisory lock so audit order is commit order, and send a NOTIFY;"
        )
        print(
            "SQLite promotions are local fsync-light WAL commits. Same machine, loopback, no network latency."
        )
        if args.soak > 0:
            soak_url = parse_url(url).with_schema(f"soak_{uuid.uuid4().hex[:8]}")
            try:
                result = soak(soak_url, args.soak)
            finally:
                drop_store(soak_url)
            print(
                f"fleet soak: 8 processes for {args.soak:g} s: {result['soak_promotions']} promotions, "
                f"{result['soak_counter_updates']} CAS updates "
                f"({result['soak_cas_conflicts_retried']} conflicts retried), "
                f"lost updates {result['soak_lost_updates']}, duplicate ids {result['soak_duplicate_ids']}"
            )
            out.update(result)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        try:
            drop_store(pg_url)
        except Exception as exc:  # the server may be gone; say so, the numbers above still stand
            print(f"could not drop the benchmark schema: {exc}", file=sys.stderr)
        if started_dir:
            subprocess.run(["bash", str(ROOT / "scripts" / "postgres"), "stop", started_dir], check=False)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
