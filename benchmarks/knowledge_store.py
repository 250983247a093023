"""KnowledgeStore retrieval latency over 10,000 chunks (SQLite FTS5, BM25, citations built per hit).

A synthetic corpus with a Zipf-distributed vocabulary (like natural text: a few words everywhere, most
words rare) is written as Markdown files, indexed through ``KnowledgeStore.from_directory`` exactly as a
user's folder would be, then queried with 3 to 8 words drawn from the same distribution (questions mix
common and rare words). Reports index build time, incremental re-index time with nothing changed and
with one file changed, and search latency percentiles. Budget (docs/budgets.md): p95 under 10 ms.

    python benchmarks/knowledge_store.py [--chunks N] [--queries N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path


def corpus(root: Path, chunks: int, rng: random.Random, per_file: int = 50) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "do", "gu", "he", "ji", "bo"]
    vocab = sorted({"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(12000)})
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    files = max(1, chunks // per_file)
    for f in range(files):
        paragraphs = []
        for _ in range(per_file):
            words = rng.choices(vocab, weights, k=110)  # about 700 characters: one chunk per paragraph
            paragraphs.append(" ".join(words[:45]) + "\n" + " ".join(words[45:90]))
        (root / f"doc_{f:04d}.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return vocab


def timed(kb: object, queries: list[str], cpu: list[float] | None = None) -> tuple[list[float], int]:
    """Wall-clock milliseconds per query (the budgeted figure); CPU milliseconds into ``cpu`` if given.

    On a busy machine the wall-clock tail is mostly time the thread waited for a core; the CPU time
    shows what the query itself costs.
    """
    times, hits = [], 0
    for q in queries:
        t0, c0 = time.perf_counter(), time.thread_time()
        found = kb.search(q, k=5)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - t0) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - c0) * 1000)
        hits += bool(found)
    return times, hits


def percentiles(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    return (
        statistics.median(ordered),
        ordered[int(len(ordered) * 0.95) - 1],
        ordered[int(len(ordered) * 0.99) - 1],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()

    import purpose_agent as pa
    from purpose_knowledge import KnowledgeStore

    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "docs"
        root.mkdir()
        vocab = corpus(root, args.chunks, rng)
        weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
        start = time.perf_counter()
        kb = KnowledgeStore.from_directory(root, index=Path(tmp) / "index.db", chunk_size=800, overlap=0)
        build = time.perf_counter() - start
        n_chunks = len(kb)

        start = time.perf_counter()
        kb.refresh()
        unchanged = time.perf_counter() - start
        first = root / "doc_0000.md"
        first.write_text(first.read_text() + "\nappended line\n")
        start = time.perf_counter()
        report = kb.refresh()
        one_changed = time.perf_counter() - start
        assert report.updated == ["doc_0000.md"], report

        # Questions are made of content words: the 100 most frequent words play the part of a
        # language's function words (which the store drops as stopwords). A second set draws from the
        # whole distribution, the worst case, and is reported beside it.
        content = [
            " ".join(rng.choices(vocab[100:], weights[100:], k=rng.randint(3, 8)))
            for _ in range(args.queries)
        ]
        anything = [" ".join(rng.choices(vocab, weights, k=rng.randint(3, 8))) for _ in range(args.queries)]
        for q in content[:20]:
            kb.search(q, k=5)  # warm the page cache
        cpu: list[float] = []
        times, hits = timed(kb, content, cpu)
        worst, _ = timed(kb, anything)
        kb.close()

    p50, p95, p99 = percentiles(times)
    w50, w95, _ = percentiles(worst)
    _, cpu95, _ = percentiles(cpu)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"purpose-agent {pa.__version__}: KnowledgeStore over {n_chunks:,} chunks")
    print(f"  index build            {build:7.2f} s")
    print(f"  re-index, no change    {unchanged * 1000:7.1f} ms")
    print(f"  re-index, one changed  {one_changed * 1000:7.1f} ms")
    print(f"  search k=5  p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   p99 {p99:6.2f} ms   (budget p95 < 10 ms)")
    print(f"  search CPU time p95 {cpu95:6.2f} ms   (load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"  whole-vocabulary questions: p50 {w50:6.2f} ms   p95 {w95:6.2f} ms")
    print(f"  queries with a hit     {hits}/{len(times)}")
    print(
        json.dumps(
            {
                "retrieve_p95_ms_10k": round(p95, 3),
                "retrieve_p50_ms": round(p50, 3),
                "retrieve_p99_ms": round(p99, 3),
                "retrieve_p95_ms_any_words": round(w95, 3),
                "retrieve_p95_cpu_ms": round(cpu95, 3),
                "load_average": round(load, 1),
                "chunks": n_chunks,
                "build_s": round(build, 2),
                "reindex_unchanged_ms": round(unchanged * 1000, 1),
                "reindex_one_changed_ms": round(one_changed * 1000, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
