"""Optional semantic reranking: an embedder from a retriever plugin, vectors stored beside the chunks.

Lexical recall (FTS5) stays the first stage because it is fast and exact; an embedder, when one is given,
reorders what lexical recall found by cosine similarity, fused with the lexical rank (reciprocal rank
fusion), so a paraphrased question still finds its passage. Any object with ``embed(texts) -> vectors``
is an embedder; a retriever plugin (``register_retrievers``) provides one by having that method.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from purpose_agent.plugin import PluginNotFoundError

#: Reciprocal-rank-fusion constant (the value from the original RRF paper).
RRF_K = 60


@runtime_checkable
class Embedder(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


def resolve_embedder(embedder: Any, manager: Any = None) -> Embedder | None:
    """``embedder`` as an object, or the retriever plugin of that name, or None."""
    if embedder is None or isinstance(embedder, Embedder):
        return embedder
    if isinstance(embedder, str):
        if manager is None:
            from purpose_agent.plugin import get_plugin_manager

            manager = get_plugin_manager()
        item = manager.retrievers().get(embedder)
        if not callable(getattr(item, "embed", None)):
            raise PluginNotFoundError(
                f"retriever {embedder!r} has no embed(texts) method, so it cannot embed documents; "
                "choose a retriever plugin that provides embeddings"
            )
        return item  # type: ignore[no-any-return]
    raise PluginNotFoundError(
        f"embedder must be a retriever name or an object with embed(), got {embedder!r}"
    )


def pack(vector: Sequence[float]) -> bytes:
    return array("f", vector).tobytes()


def unpack(blob: bytes) -> array:
    values = array("f")
    values.frombytes(blob)
    return values


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def fuse(lexical: Sequence[int], semantic: Sequence[int]) -> dict[int, float]:
    """Reciprocal rank fusion of two rankings of chunk ids (best first)."""
    scores: dict[int, float] = {}
    for ranking in (lexical, semantic):
        for rank, chunk_id in enumerate(ranking):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    return scores
