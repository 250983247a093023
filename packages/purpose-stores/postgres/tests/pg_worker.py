"""A fleet member for the concurrency and crash tests, run as its own process.

    python pg_worker.py soak URL WORKER SECONDS OUT.json   # promote, update, read, count; report totals
    python pg_worker.py batches URL BATCH_SIZE OUT.jsonl   # add tagged batches until the server goes away

Everything it claims to have done is written to OUT only after the store confirmed it, so the parent
can hold the store to exactly those claims.
"""

from __future__ import annotations

import json
import random
import sys
import time

from purpose_agent.plugin import InvalidTransitionError, MemoryStoreError, VersionConflictError, open_store


def soak(url: str, worker: int, seconds: float, out: str) -> None:
    store = open_store(url)
    rng = random.Random(worker)
    counter_id, shown_id = "mem_shared_counter", "mem_shared_shown"
    contested = [c.id for c in store.list_cards(statuses=["quarantined"], limit=10_000)]
    done = {
        "added": [],
        "promotions": 0,
        "counter_updates": 0,
        "conflicts": 0,
        "contested_won": [],
        "contested_lost": 0,
        "shown_calls": 0,
        "retrieves": 0,
    }
    deadline = time.monotonic() + seconds
    i = 0
    while time.monotonic() < deadline:
        i += 1
        card = store.add(
            {
                "kind": "tool_policy",
                "content": f"worker {worker} rule {i} use tool w{worker}x{i}",
                "fields": {"tool": "calculator"},
            },
            actor=f"w{worker}",
        )
        done["added"].append(card.id)
        store.transition(card.id, "quarantined", reason="scan passed", actor=f"w{worker}")
        store.transition(card.id, "promoted", reason="replay passed", actor=f"w{worker}")
        done["promotions"] += 1
        while True:  # compare-and-set increment of a shared counter card: retry on conflict
            current = store.get(counter_id)
            n = int(current.content.split()[-1])
            try:
                store.update(
                    current.model_copy(update={"content": f"counter {n + 1}"}),
                    reason="+1",
                    actor=f"w{worker}",
                )
                done["counter_updates"] += 1
                break
            except VersionConflictError:
                done["conflicts"] += 1
        if contested:
            target = rng.choice(contested)
            try:
                store.transition(target, "promoted", reason=f"w{worker} won", actor=f"w{worker}")
                done["contested_won"].append(target)
            except InvalidTransitionError:
                done["contested_lost"] += 1
        store.record_shown([shown_id], f"tr_w{worker}_{i}")
        done["shown_calls"] += 1
        store.retrieve(f"rule {rng.randrange(i)} tool", k=5)
        done["retrieves"] += 1
    store.close()
    with open(out, "w") as fh:
        json.dump(done, fh)


def batches(url: str, size: int, out: str) -> None:
    store = open_store(url)
    with open(out, "a", buffering=1) as fh:
        for batch in range(100_000):
            cards = [
                {"kind": "tool_policy", "content": f"batch{batch} card {j}", "fields": {"tool": "x"}}
                for j in range(size)
            ]
            try:
                store.add_many(cards, actor="batcher")
            except MemoryStoreError as exc:
                fh.write(json.dumps({"error": str(exc), "batch": batch}) + "\n")
                break
            fh.write(json.dumps({"committed": batch}) + "\n")
    store.close()


if __name__ == "__main__":
    if sys.argv[1] == "soak":
        soak(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
    else:
        batches(sys.argv[2], int(sys.argv[3]), sys.argv[4])
