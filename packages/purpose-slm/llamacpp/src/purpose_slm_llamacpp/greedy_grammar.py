"""Greedy decoding under a JSON grammar without checking the whole vocabulary at every token.

llama.cpp's grammar sampler tests every token of the vocabulary (49,152 for SmolLM2) against the
grammar before each greedy pick; on a 2-core laptop that made a constrained token cost about three
times an unconstrained one. Greedy decoding only needs the best *allowed* token, so this sampler asks
the grammar about far fewer:

1. where the same grammar was in the same state before (same grammar, same tokens accepted since its
   start), the allowed set found then is reused: the grammar's state is a function of those two, so the
   set is the same. This covers the fixed parts of a tool call (``{ "action": "``, the enum names), which
   every call of a run writes alike;
2. otherwise the grammar is asked about the model's most likely tokens only (the top ``TOP`` by logit,
   ties at the edge included); if any is allowed, the best of them is the best allowed token overall,
   since every token left out scores lower;
3. otherwise (the grammar forces a token the model finds unlikely) the whole vocabulary is checked, as
   llama.cpp does, and a small allowed set is remembered for step 1.

The pick is exactly the stock sampler's: the first maximum among allowed tokens in array order, which
is what llama.cpp's greedy sampler returns after the grammar has masked the rest. It is used only for
greedy decoding (temperature 0) without logits processors; anything else, or a llama-cpp-python whose
internals differ, takes the stock path (:func:`llama_class`).
"""

from __future__ import annotations

import ctypes
import logging
import threading
from collections import OrderedDict
from typing import Any

log = logging.getLogger("purpose_agent")

#: How many of the most likely tokens are checked before the whole vocabulary.
TOP = 64
#: Allowed sets up to this size are remembered (larger ones are free text, where step 2 succeeds).
REMEMBER_UP_TO = 256
#: Grammar states remembered per process.
CACHE_SIZE = 20_000

_cache: OrderedDict[tuple[bytes, bytes, tuple[int, ...]], Any] = OrderedDict()
_cache_lock = threading.Lock()


def _remembered(key: tuple[bytes, bytes, tuple[int, ...]]) -> Any:
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
        return found


def _remember(key: tuple[bytes, bytes, tuple[int, ...]], allowed: Any) -> None:
    with _cache_lock:
        _cache[key] = allowed
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


class GreedyGrammarSampler:
    """A llama.cpp sampler (for a sampler chain) that masks all but the best grammar-allowed token."""

    def __init__(self, model: Any, grammar: Any) -> None:
        import llama_cpp
        import numpy as np

        self._np = np
        self._lib = llama_cpp
        self._dtype = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)
        self.grammar_key = (grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8"))
        self.inner = llama_cpp.llama_sampler_init_grammar(model.vocab, *self.grammar_key)
        if not self.inner:
            raise ValueError("llama.cpp could not compile the grammar")
        self.accepted: list[int] = []
        self.counts = {"remembered": 0, "top": 0, "full": 0}
        """How each token was picked (diagnostics and tests)."""
        self._callbacks = (
            llama_cpp.llama_sampler_i_apply(lambda _s, cur_p: self._apply(cur_p)),
            llama_cpp.llama_sampler_i_accept(lambda _s, token: self._accept(token)),
            llama_cpp.llama_sampler_i_reset(lambda _s: self._reset()),
        )
        iface = llama_cpp.llama_sampler_i()
        iface.name = llama_cpp.llama_sampler_i_name(0)
        iface.apply, iface.accept, iface.reset = self._callbacks
        iface.clone = llama_cpp.llama_sampler_i_clone(0)
        iface.free = llama_cpp.llama_sampler_i_free(0)  # the chain must not free it: see close()
        self._iface = iface
        self.sampler = llama_cpp.llama_sampler()
        self.sampler.iface = ctypes.pointer(iface)
        self.sampler.ctx = None

    def close(self) -> None:
        if self.inner:
            self._lib.llama_sampler_free(self.inner)
            self.inner = None

    def _accept(self, token: int) -> None:
        self.accepted.append(int(token))
        self._lib.llama_sampler_accept(self.inner, token)

    def _reset(self) -> None:
        self.accepted.clear()
        self._lib.llama_sampler_reset(self.inner)

    def _view(self, data: Any, size: int) -> Any:
        buffer = (self._lib.llama_token_data * size).from_address(ctypes.addressof(data.contents))
        return self._np.frombuffer(buffer, dtype=self._dtype, count=size)

    def _check(self, rows: Any) -> Any:
        """The grammar's verdict on a few candidate rows: a boolean mask of those allowed."""
        small = (self._lib.llama_token_data * len(rows))()
        view = self._view(ctypes.pointer(small[0]), len(rows))
        view[:] = rows
        array = self._lib.llama_token_data_array(data=small, size=len(rows), selected=-1, sorted=False)
        self._lib.llama_sampler_apply(self.inner, ctypes.byref(array))
        return view["logit"] > -self._np.inf

    def _keep_only(self, logits: Any, index: int) -> None:
        best = logits[index]
        logits[:] = -self._np.inf
        logits[index] = best

    def _apply(self, cur_p: Any) -> None:
        np = self._np
        size = int(cur_p.contents.size)
        view = self._view(cur_p.contents.data, size)
        logits, ids = view["logit"], view["id"]
        key = (*self.grammar_key, tuple(self.accepted))
        allowed = _remembered(key)
        if allowed is not None and int(allowed[-1]) < size and (ids[allowed] == allowed).all():
            self.counts["remembered"] += 1
            self._keep_only(logits, int(allowed[int(np.argmax(logits[allowed]))]))
            return
        k = min(TOP, size)
        top = np.argpartition(logits, size - k)[size - k :]
        picked = np.nonzero(logits >= logits[top].min())[0]  # ties at the edge included, array order
        alive = self._check(view[picked])
        if alive.any():
            self.counts["top"] += 1
            survivors = picked[alive]
            self._keep_only(logits, int(survivors[int(np.argmax(logits[survivors]))]))
            return
        self.counts["full"] += 1
        self._lib.llama_sampler_apply(self.inner, cur_p)  # the stock path: masks every disallowed token
        allowed = np.nonzero(logits > -np.inf)[0]
        if 0 < allowed.size <= REMEMBER_UP_TO and (ids[allowed] == allowed).all():
            _remember(key, allowed.copy())


def llama_class() -> type:
    """``llama_cpp.Llama`` whose greedy, grammar-constrained calls use :class:`GreedyGrammarSampler`."""
    import llama_cpp
    from llama_cpp import _internals

    class Llama(llama_cpp.Llama):  # type: ignore[misc]  # llama_cpp ships no type information
        greedy_grammar = True
        """False: every call takes llama-cpp-python's own sampler (tests compare the two)."""
        last_sampler: GreedyGrammarSampler | None = None

        def _init_sampler(self, **options: Any) -> Any:
            grammar = options.get("grammar")
            if (
                not self.greedy_grammar
                or grammar is None
                or options.get("temp") != 0.0
                or options.get("logits_processor") is not None
            ):
                return super()._init_sampler(**options)
            try:
                chain = _internals.LlamaSampler()
                chain.add_penalties(
                    n_vocab=self._n_vocab,
                    penalty_last_n=self.last_n_tokens_size,
                    penalty_repeat=options.get("repeat_penalty", 1.0),
                    penalty_freq=options.get("frequency_penalty", 0.0),
                    penalty_present=options.get("presence_penalty", 0.0),
                )
                sampler = GreedyGrammarSampler(self._model, grammar)
                llama_cpp.llama_sampler_chain_add(chain.sampler, ctypes.pointer(sampler.sampler))
                # the chain frees what it holds; a custom sampler is taken out first (as llama-cpp-python
                # does for its own), and the grammar inside it is freed after
                chain.custom_samplers.append((llama_cpp.llama_sampler_chain_n(chain.sampler) - 1, sampler))
                chain._exit_stack.callback(sampler.close)
                chain.add_greedy()
            except (AttributeError, TypeError, ValueError) as exc:  # other internals: the stock sampler
                log.debug("greedy grammar sampler unavailable (%s); using llama.cpp's", exc)
                return super()._init_sampler(**options)
            self.last_sampler = sampler
            return chain

    return Llama
