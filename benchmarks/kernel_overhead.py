"""Time per agent step spent outside the model: retrieval, prompt compilation, traces, scans, bookkeeping.

Runs real episodes on the embedded model (SmolLM2-135M through llama.cpp) with the real tools, scanners
and a SQLite store pre-filled with promoted cards, in LEARNING_TRAIN so that learning and memory CI run
too. A thin wrapper times every model call; whatever is left of the episode's wall time is the kernel's.
Budget (docs/budgets.md): under 20 ms per step and under 0.02 of an episode.

    python benchmarks/kernel_overhead.py [--episodes N] [--cards N]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any


class TimedBackend:
    """Delegates to a real backend and adds up the seconds spent inside it."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def complete(self, messages: Any, **options: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.inner.complete(messages, **options)
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += 1

    def count_tokens(self, text: str) -> int:
        start = time.perf_counter()
        try:
            return self.inner.count_tokens(text)
        finally:
            self.seconds += time.perf_counter() - start


def fill_store(store: Any, n: int) -> None:
    from purpose_agent.memory.card import MemoryCard, MemoryScope

    topics = ["invoices", "refunds", "shipping", "arithmetic", "units", "dates", "python", "sorting"]
    cards = [
        MemoryCard(
            kind="episodic_case" if i % 2 else "user_preference",
            content=f"Note {i} about {topics[i % len(topics)]}: keep answers short and check {i % 97}",
            scope=MemoryScope(team="general") if i % 3 else MemoryScope(),
        )
        for i in range(n)
    ]
    added = store.add_many(cards, reason="benchmark fixture", actor="benchmark")
    ids = [c.id for c in added]
    store.transition_many(ids, "quarantined", reason="benchmark fixture", actor="benchmark")
    store.transition_many(ids, "promoted", reason="benchmark fixture", actor="benchmark")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--episodes", type=int, default=8)
    parser.add_argument("--cards", type=int, default=2000)
    args = parser.parse_args()

    from purpose_agent.config import load_settings
    from purpose_agent.llm.resolve import get_backend
    from purpose_agent.plugins import PluginManager
    from purpose_learn.suites import arithmetic_cases
    from purpose_team import Team

    work = Path(tempfile.mkdtemp(prefix="purpose-kernel-"))
    settings = load_settings().model_copy(
        update={"store": str(work / "memory.db"), "traces": str(work / "traces")}
    )
    manager = PluginManager(settings).load()
    backend = TimedBackend(get_backend("smollm2", manager=manager))
    team = Team.build(
        purpose="Solve the user's task accurately, using tools when they help",
        settings=settings,
        manager=manager,
        backend=backend,
    )
    fill_store(team.store, args.cards)
    team.run("What is 2 * 3?", expected="6")  # warm-up: model load, first-call costs, caches
    backend.seconds, backend.calls = 0.0, 0

    wall = steps = 0.0
    per_episode = []
    for task in [c.to_task(split="test") for c in arithmetic_cases(args.episodes, 7)]:
        before = backend.seconds
        start = time.perf_counter()
        result = team.run(task)
        elapsed = time.perf_counter() - start
        model = backend.seconds - before
        n = max(len(result.steps), 1)
        wall += elapsed
        steps += n
        per_episode.append((task.input, elapsed, model, n, result.status.value, len(result.candidates)))
    team.close()
    overhead = wall - backend.seconds
    step_ms = 1000 * overhead / steps
    fraction = overhead / wall

    print(
        f"kernel overhead on the embedded model ({args.episodes} episodes, "
        f"store of {args.cards} promoted cards, "
        f"{len(manager.scanners())} scanners, LEARNING_TRAIN)"
    )
    print(f"{'task':<22} {'wall s':>7} {'model s':>8} {'kernel ms':>10} {'steps':>6}  status / candidates")
    for text, elapsed, model, n, status, cands in per_episode:
        print(
            f"{text:<22} {elapsed:7.2f} {model:8.2f} {1000 * (elapsed - model):10.1f} {n:6d}  "
            f"{status} / {cands}"
        )
    print(
        f"total: {wall:.2f} s wall, {backend.seconds:.2f} s in {backend.calls} model calls, {steps:.0f} steps"
    )
    print(f"kernel per step: {step_ms:.2f} ms (budget 20); fraction of episode: {fraction:.4f} (budget 0.02)")
    print(
        json.dumps(
            {
                "step_overhead_ms": round(step_ms, 3),
                "overhead_fraction": round(fraction, 5),
                "episodes": args.episodes,
                "steps": int(steps),
                "cards": args.cards,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
