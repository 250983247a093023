"""Which worked examples of a demonstration set a task is shown: the nearest by words and shape.

A demonstration set (learned by ``purpose_optimizers.demonstrations`` in purpose-optimizers, one
``episodic_case`` card whose ``demonstrations`` hold several solved requests) was replay-tested as a
whole, as a general lesson.
At run time only the ``k`` nearest demonstrations are shown (ExpeL retrieves the successful trajectories
most similar to the task), so a small model's context stays short. Near means: content words shared with
the request (the demonstration's tool name and arguments count, since a request about "loan payments"
is nearer to a solved "mortgage payment" than to a "word count"), then a similar number of values given.
The tools differ from the task's own almost always, which is the point: what the example carries over is
the pattern (read the request, call the offered tool that fits with the request's values, answer with
its result).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from purpose_agent.memory.card import MemoryCard
from purpose_agent.runtime.procedures import _words

#: The optimizer name demonstration sets are proposed under (``purpose_optimizers.demonstrations``).
DEMONSTRATIONS = "demonstrations"
#: Most demonstrations shown for one task: SmolLM2-135M's context is small, and one or two examples of the
#: pattern help it more than a page of them.
MAX_SHOWN = 2
_VALUE = re.compile(r"-?\d+(?:\.\d+)?|\"[^\"]+\"|'[^']+'")


def is_demonstration_set(card: MemoryCard) -> bool:
    return (
        card.kind == "episodic_case"
        and card.provenance.optimizer == DEMONSTRATIONS
        and bool(card.fields.get("demonstrations"))
    )


def _demo_words(demo: dict[str, Any]) -> set[str]:
    calls = " ".join(
        f"{a.get('tool', '')} {json.dumps(a.get('arguments') or {})}" for a in demo.get("actions") or ()
    )
    return _words(f"{demo.get('task', '')} {calls}")


def similarity(task: str, demo: dict[str, Any]) -> float:
    """Shared content words (Jaccard on crude stems) plus a little for a similar count of given values."""
    mine, theirs = _words(task), _demo_words(demo)
    words = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
    a, b = len(_VALUE.findall(task)), len(_VALUE.findall(str(demo.get("task", ""))))
    shape = 1.0 - abs(a - b) / max(a, b) if max(a, b) else 1.0
    return words + 0.25 * shape


def nearest(demonstrations: Sequence[dict[str, Any]], task: str, k: int = MAX_SHOWN) -> list[dict[str, Any]]:
    """The ``k`` demonstrations nearest to ``task``, best first (ties keep the set's order)."""
    ranked = sorted(enumerate(demonstrations), key=lambda p: (-similarity(task, p[1]), p[0]))
    return [d for _, d in ranked[: max(0, k)]]


def narrow(card: MemoryCard, task: str, k: int = MAX_SHOWN) -> MemoryCard:
    """The set card as this task's prompt shows it: only its ``k`` nearest demonstrations. The stored card
    is not changed; the copy keeps the card's id, so credit and misfires reach the set."""
    demos = nearest(list(card.fields.get("demonstrations") or ()), task, k)
    return card.model_copy(update={"fields": {**card.fields, "demonstrations": demos}})
