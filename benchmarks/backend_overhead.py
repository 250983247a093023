"""Tokens per second through the llama.cpp backend against raw llama-cpp-python, same run, same model.

Both arms use the same loaded ``llama_cpp.Llama`` (the backend's shared model), the same prompts, greedy
decoding, the same seed and ``max_tokens``, and both start each call from an empty KV cache (the
backend's default, ``repeatable=True``; the raw arm calls ``reset()`` the same way), so the only
difference is the backend's own work: message conversion, measuring the prompt with the chat template
and tokenizer to refuse an overflow before calling, and building the Completion. Calls are interleaved
in ABBA order so that CPU frequency drift and noisy neighbours hit both arms alike.

``throughput_ratio`` is the median over prompt pairs of (backend tokens/s) / (raw tokens/s), each pair
run back to back: on a shared 2-core machine another process can stall one call for seconds, which
swings a ratio of totals by tens of percent while the median of adjacent pairs stays put. The ratio of
totals over wall time and over process CPU time (immune to other processes) are printed too, with the
backend's own per-call work timed directly.

Usage: python benchmarks/backend_overhead.py [--rounds 3] [--max-tokens 64]
The last line is JSON with ``throughput_ratio`` (backend tokens/s over raw tokens/s; budget >= 0.97).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

PROMPTS = [
    "Write a short paragraph about the history of the bicycle.",
    "Explain in simple words how a refrigerator keeps food cold.",
    "List three tips for writing clear emails, with one sentence each.",
    "Describe a calm morning at the sea.",
    "What is photosynthesis? Answer for a ten-year-old.",
    "Give advice to someone learning to cook for the first time.",
]


Call = tuple[int, float, float, str]  # tokens, wall seconds, CPU seconds, text


def raw_call(llama: Any, prompt: str, max_tokens: int) -> Call:
    start, cpu = time.perf_counter(), time.process_time()
    llama.reset()
    response = llama.create_chat_completion(
        messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0, seed=0
    )
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    text = response["choices"][0]["message"]["content"]
    return int(response["usage"]["completion_tokens"]), seconds, cpu, text


def backend_call(backend: Any, prompt: str, max_tokens: int) -> Call:
    from purpose_agent.llm.protocol import Message

    start, cpu = time.perf_counter(), time.process_time()
    result = backend.complete(
        [Message(role="user", content=prompt)], max_tokens=max_tokens, temperature=0.0, seed=0
    )
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return result.usage.completion_tokens, seconds, cpu, result.text


def request_overhead_ms(backend: Any, repeats: int = 200) -> float:
    """The backend's own work before llama.cpp is called (conversion, template, tokenizer, checks)."""
    from purpose_agent.llm.protocol import Message

    messages = [Message(role="user", content=PROMPTS[0])]
    start = time.perf_counter()
    for _ in range(repeats):
        backend._request(messages, max_tokens=64)
    return (time.perf_counter() - start) / repeats * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the prompt list (default 3)")
    parser.add_argument("--max-tokens", type=int, default=64, help="tokens generated per call (default 64)")
    args = parser.parse_args()

    from purpose_slm_llamacpp import LlamaCppBackend

    backend = LlamaCppBackend("smollm2")
    llama = backend._shared.llama
    print(
        f"model: {backend.path.name}  n_ctx={backend.context_size}  threads={llama.context_params.n_threads}"
    )
    raw_call(llama, "Hello", 8)  # warm-up, both arms
    backend_call(backend, "Hello", 8)

    totals = {"raw": [0, 0.0, 0.0], "backend": [0, 0.0, 0.0]}
    pair_ratios: list[float] = []
    identical = 0
    calls = 0
    for round_index in range(args.rounds):
        for i, prompt in enumerate(PROMPTS):
            order = ["raw", "backend"] if (round_index + i) % 2 == 0 else ["backend", "raw"]
            out: dict[str, Call] = {}
            for arm in order:
                call = raw_call if arm == "raw" else backend_call
                out[arm] = call(llama if arm == "raw" else backend, prompt, args.max_tokens)
                for k in range(3):
                    totals[arm][k] += out[arm][k]
            calls += 1
            identical += out["raw"][3] == out["backend"][3]
            pair_ratios.append((out["backend"][0] / out["backend"][1]) / (out["raw"][0] / out["raw"][1]))

    raw_tps = totals["raw"][0] / totals["raw"][1]
    backend_tps = totals["backend"][0] / totals["backend"][1]
    total_ratio = backend_tps / raw_tps
    cpu_ratio = (totals["backend"][0] / totals["backend"][2]) / (totals["raw"][0] / totals["raw"][2])
    ratio = statistics.median(pair_ratios)
    overhead = request_overhead_ms(backend)
    print(f"prompts: {len(PROMPTS)} x {args.rounds} rounds, max_tokens={args.max_tokens}, greedy, seed 0")
    print(f"{'arm':<10}{'tokens':>8}{'wall s':>10}{'tokens/s':>10}{'CPU s':>10}{'tok/CPU s':>11}")
    for arm in ("raw", "backend"):
        tokens, seconds, cpu = totals[arm]
        print(
            f"{arm:<10}{tokens:>8}{seconds:>10.2f}{tokens / seconds:>10.1f}{cpu:>10.2f}{tokens / cpu:>11.1f}"
        )
    print(f"throughput ratio, median of {calls} back-to-back pairs: {ratio:.3f}  (budget >= 0.97)")
    print(f"ratio of wall-time totals: {total_ratio:.3f}; ratio over process CPU time: {cpu_ratio:.3f}")
    print(f"backend's own work per call: {overhead:.2f} ms; identical outputs: {identical}/{calls}")
    print(
        json.dumps(
            {
                "throughput_ratio": round(ratio, 4),
                "total_wall_ratio": round(total_ratio, 4),
                "cpu_time_ratio": round(cpu_ratio, 4),
                "backend_tokens_per_s": round(backend_tps, 2),
                "raw_tokens_per_s": round(raw_tps, 2),
                "request_overhead_ms": round(overhead, 3),
                "identical_outputs": f"{identical}/{calls}",
            }
        )
    )


if __name__ == "__main__":
    main()
