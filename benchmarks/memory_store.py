"""Memory store benchmark: insert rate and retrieval latency at 1k, 10k, 100k and 1M promoted cards.

One SQLite store is grown in stages with batched inserts (``add_many``); at each size, queries drawn from
the same Zipf vocabulary as the cards are answered with a scope filter (team, agent, task type, tools),
as a runtime would ask. Cards are synthetic pseudo-words with a Zipf (s=1) distribution, so a few words
are in most cards and most words are rare, as in natural text.

Budget (DESIGN section 8): retrieval p95 under 5 ms at 100k and under 25 ms at 1M.
For comparison, the seed's in-memory store took a median 150 ms at 10k and 1.8 s at 100k (not re-run).

    python benchmarks/memory_store.py                # 1k .. 1M, a few minutes on 2 cores
    python benchmarks/memory_store.py --max 100000   # quicker
    python benchmarks/memory_store.py --max 3000000  # bigger

The last line is one JSON object: retrieve_p95_ms_100k, retrieve_p95_ms_1m, insert_per_s.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZES = (1_000, 10_000, 100_000, 1_000_000)
KINDS = ("skill_card", "episodic_case", "tool_policy", "failure_pattern", "user_preference")
TOOLS = (
    "calculator",
    "python",
    "read_file",
    "write_file",
    "search",
    "http",
    "sql",
    "shell",
    "email",
    "calendar",
)
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ren",
    "to",
    "sa",
    "vi",
    "del",
    "nor",
    "pe",
    "qu",
    "zan",
    "tri",
    "ol",
    "us",
    "bex",
)


def vocabulary(n: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Generator:
    def __init__(self, seed: int = 7, vocab: int = 30_000) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(vocab, self.rng)
        self.rng.shuffle(self.words)
        self.cum = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.words))))

    def text(self, lo: int, hi: int) -> str:
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum, k=self.rng.randint(lo, hi)))

    def card(self) -> dict:
        rng = self.rng
        scope: dict = {}
        if rng.random() > 0.3:
            if rng.random() < 0.6:
                scope["team"] = f"team{rng.randrange(20)}"
            if rng.random() < 0.4:
                scope["agent"] = f"agent{rng.randrange(100)}"
            if rng.random() < 0.5:
                scope["task_type"] = f"task{rng.randrange(30)}"
            if rng.random() < 0.3:
                scope["tool_names"] = rng.sample(TOOLS, rng.randint(1, 2))
        return {
            "kind": rng.choice(KINDS),
            "content": self.text(12, 40),
            "scope": scope,
            "status": "promoted",
            "trust": round(rng.random(), 3),
        }

    def query(self) -> tuple[str, dict]:
        rng = self.rng
        context = {
            "team": f"team{rng.randrange(20)}",
            "agent": f"agent{rng.randrange(100)}",
            "task_type": f"task{rng.randrange(30)}",
            "tool_names": rng.sample(TOOLS, 2),
        }
        return self.text(6, 14), context


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=1_000_000, help="largest store size (default 1,000,000)")
    parser.add_argument("--queries", type=int, default=300, help="timed queries per size")
    parser.add_argument("--batch", type=int, default=5000, help="cards per add_many transaction")
    parser.add_argument("--dir", default=None, help="where to put the store (default: a temporary folder)")
    args = parser.parse_args(argv)

    from purpose_agent.memory.card import MemoryCard, MemoryScope
    from purpose_agent.memory.kinds import builtin_catalog
    from purpose_agent.memory.sqlite_store import SQLiteStore

    sizes = sorted({s for s in SIZES if s <= args.max} | ({args.max} if args.max not in SIZES else set()))
    workdir = Path(args.dir or tempfile.mkdtemp(prefix="purpose-membench-"))
    db = workdir / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    catalog = builtin_catalog()
    store = SQLiteStore(db, kinds=catalog)
    gen = Generator()
    print(f"memory store benchmark: {db} (SQLite, WAL, FTS5); python {sys.version.split()[0]}")
    print(
        f"{'cards':>10} {'insert/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'hits/q':>7} {'db MB':>8}"
    )
    results: dict[int, dict[str, float]] = {}
    have, insert_seconds, inserted = 0, 0.0, 0
    for size in sizes:
        stage_start, stage_n = time.perf_counter(), 0
        while have < size:
            n = min(args.batch, size - have)
            cards = [MemoryCard.model_validate(gen.card(), context={"kinds": catalog}) for _ in range(n)]
            t = time.perf_counter()
            store.add_many(cards, reason="benchmark", actor="bench")
            insert_seconds += time.perf_counter() - t
            have += n
            stage_n += n
            inserted += n
        stage_rate = stage_n / max(time.perf_counter() - stage_start, 1e-9)
        queries = [gen.query() for _ in range(args.queries + 20)]
        lat, hits = [], []
        for i, (text, ctx) in enumerate(queries):
            scope = MemoryScope(**ctx)
            t = time.perf_counter()
            found = store.retrieve(text, scope=scope, k=8)
            dt = (time.perf_counter() - t) * 1000
            if i >= 20:  # warm-up queries are not timed
                lat.append(dt)
                hits.append(len(found))
        size_mb = sum(p.stat().st_size for p in (db, Path(f"{db}-wal")) if p.exists()) / 1e6
        results[size] = {
            "p50": statistics.median(lat),
            "p95": percentile(lat, 0.95),
            "p99": percentile(lat, 0.99),
            "insert_per_s": stage_rate,
        }
        print(
            f"{size:>10,} {stage_rate:>10,.0f} {results[size]['p50']:>8.2f} {results[size]['p95']:>8.2f} "
            f"{results[size]['p99']:>8.2f} {statistics.mean(hits):>7.1f} {size_mb:>8.1f}",
            flush=True,
        )
    store.close()
    insert_rate = inserted / max(insert_seconds, 1e-9)
    print(f"insert rate (store.add_many only, {args.batch}-card transactions): {insert_rate:,.0f} cards/s")
    small, big = sizes[0], sizes[-1]
    if big > small:
        growth = results[big]["p95"] / max(results[small]["p95"], 1e-9)
        print(f"p95 grows {growth:.1f}x from {small:,} to {big:,} cards ({big // small:,}x more cards)")
    print(
        "budget: p95 < 5 ms at 100k, < 25 ms at 1M; seed in-memory store: 150 ms median at 10k, 1.8 s at 100k"
    )
    summary = {
        "retrieve_p95_ms_100k": round(results[100_000]["p95"], 3) if 100_000 in results else None,
        "retrieve_p95_ms_1m": round(results[1_000_000]["p95"], 3) if 1_000_000 in results else None,
        "insert_per_s": round(insert_rate, 1),
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
