"""What must not change when only *where* episodes ran changes: splits, decisions, promoted cards, scores.

Two result files of the same configuration are compared on this view: card ids (random per store),
timings and the executor's name are left out; everything a reader would draw a conclusion from stays.
Used by the executor tests (purpose-executors, purpose-executor-ray, the embedded integration test) and
``benchmarks/scale.py``; it was ``purpose_agent.executors.compare``.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import RunMode, open_store


def comparable(result: Any) -> dict[str, Any]:
    """The parts of a learning result (``LearnResult``, or purpose-eval's ``BenchResult``) every executor
    must agree on."""

    def bundle(b: Any) -> dict[str, Any]:
        return {
            "case": b.case_hash,
            "success": b.success,
            "phi": b.phi,
            "status": b.status,
            "answer": b.answer,
            "memories": len(b.memory_ids),
        }

    runs = []
    for run in sorted(result.runs, key=lambda r: (r.arm, r.seed)):
        runs.append(
            {
                "arm": run.arm,
                "seed": run.seed,
                "train": [bundle(b) for b in run.train],
                "test": [bundle(b) for b in run.test],
                "candidates": run.candidates,
                "promoted": run.promoted,
                "decisions": [(d["kind"], d["status"], d["reason"]) for d in run.decisions],
                "replay_episodes": run.replay_episodes,
                "curve": [(p.trained, p.success) for p in run.curve],
            }
        )
    return {
        "splits": {
            seed: {name: record.hash for name, record in splits.items()}
            for seed, splits in result.splits.items()
        },
        "runs": runs,
        # a benchmark's result (purpose-eval) adds intervals and comparisons; they must agree too
        "summary": [(s.arm, s.success.mean, s.phi.mean, s.promoted) for s in getattr(result, "summary", [])],
        "comparisons": [
            (c.arm, c.reference, c.metric, c.diff.mean, c.wins, c.losses, c.ties)
            for c in getattr(result, "comparisons", [])
        ],
    }


def promoted_cards(result: Any, manager: Any = None) -> dict[str, list[tuple[str, str]]]:
    """``"arm/seed" -> [(kind, content)]`` of the promoted cards in each run's store, sorted."""

    out = {}
    for run in result.runs:
        store = open_store(run.store, RunMode.EVAL_TEST, manager=manager)
        try:
            cards = store.list_cards(statuses=["promoted"], limit=100_000)
            out[f"{run.arm}/{run.seed}"] = sorted((str(c.kind), c.content) for c in cards)
        finally:
            store.close()
    return out
