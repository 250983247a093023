"""Constrained tool choice and the measurement of it: all tools shown against the retrieved few.

The model answers one JSON object whose ``tool`` is an enum of the names it was shown, so it cannot
invent a tool; what is measured is whether it names the right one. Both arms show the same compact
lines, so the only difference is how many tools the prompt holds.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from purpose_agent.plugin import Backend, Message, tool_spec

from purpose_research_tinyagent.retrieval import compact_line, retrieve

SYSTEM = "Choose the one tool that does what the user asks. Tools:\n"


def choice_messages(request: str, tools: Sequence[Any]) -> list[Message]:
    lines = "\n".join(compact_line(tool_spec(t)) for t in tools)
    return [Message(role="system", content=SYSTEM + lines), Message(role="user", content=request)]


def choose_tool(backend: Backend, request: str, tools: Sequence[Any]) -> tuple[str, int]:
    """The tool the model picks for ``request`` among ``tools``, and the prompt's token count."""
    names = [t.name for t in tools]
    if not names:
        return "", 0
    messages = choice_messages(request, tools)
    schema = {
        "type": "object",
        "properties": {"tool": {"type": "string", "enum": names}},
        "required": ["tool"],
    }
    completion = backend.complete(messages, max_tokens=24, temperature=0.0, seed=0, json_schema=schema)
    try:
        picked = str(json.loads(completion.text).get("tool", ""))
    except (json.JSONDecodeError, AttributeError):
        picked = ""
    tokens = completion.usage.prompt_tokens or sum(backend.count_tokens(m.content) for m in messages)
    return picked, tokens


@dataclass
class ArmResult:
    correct: int = 0
    total: int = 0
    prompt_tokens: list[int] = field(default_factory=list)
    tools_shown: list[int] = field(default_factory=list)
    seconds: float = 0.0
    picks: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def mean_prompt_tokens(self) -> float:
        return sum(self.prompt_tokens) / len(self.prompt_tokens) if self.prompt_tokens else 0.0


def measure(
    backend: Backend, tools: Sequence[Any], requests: Sequence[tuple[str, str]], k: int = 5
) -> dict[str, Any]:
    """Tool-choice accuracy with all ``tools`` shown against the ``k`` retrieved, on labelled requests."""
    arms = {"all": ArmResult(), "retrieved": ArmResult()}
    shortlists = [retrieve(request, tools, k=k) for request, _ in requests]
    recall = sum(gold in {t.name for t in s} for (_, gold), s in zip(requests, shortlists, strict=True))
    # one arm after the other: with the KV cache kept, the all-tools prefix is evaluated once
    for arm in ("all", "retrieved"):
        result = arms[arm]
        for (request, gold), shortlist in zip(requests, shortlists, strict=True):
            shown = list(tools) if arm == "all" else shortlist
            started = time.perf_counter()
            picked, tokens = choose_tool(backend, request, shown)
            result.seconds += time.perf_counter() - started
            result.total += 1
            result.correct += picked == gold
            result.prompt_tokens.append(tokens)
            result.tools_shown.append(len(shown))
            result.picks.append(picked)
    return {
        "n": len(requests),
        "k": k,
        "installed": len(tools),
        "retrieval_recall": recall / len(requests) if requests else 0.0,
        "accuracy_all": arms["all"].accuracy,
        "accuracy_retrieved": arms["retrieved"].accuracy,
        "prompt_tokens_all": arms["all"].mean_prompt_tokens,
        "prompt_tokens_retrieved": arms["retrieved"].mean_prompt_tokens,
        "max_tools_shown_retrieved": max(arms["retrieved"].tools_shown, default=0),
        "seconds_all": arms["all"].seconds,
        "seconds_retrieved": arms["retrieved"].seconds,
        "picks_all": arms["all"].picks,
        "picks_retrieved": arms["retrieved"].picks,
    }


def embedded_backend() -> Backend:
    """SmolLM2-135M through llama.cpp with its KV cache kept between calls (both arms alike)."""
    from purpose_slm_llamacpp.backend import LlamaCppBackend

    return LlamaCppBackend("smollm2", repeatable=False)


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m purpose_research_tinyagent.choose [N]``: the measurement on the embedded model."""
    import sys

    from purpose_research_tinyagent.evalset import REQUESTS, catalog

    args = list(sys.argv[1:] if argv is None else argv)
    requests = REQUESTS[: int(args[0])] if args else REQUESTS
    report = measure(embedded_backend(), catalog(), requests)
    print(f"{report['installed']} tools installed, {report['n']} labelled requests, k={report['k']}")
    print(f"retrieval recall@{report['k']}: {report['retrieval_recall']:.3f}")
    for arm in ("all", "retrieved"):
        print(
            f"{arm:<10} accuracy {report['accuracy_' + arm]:.3f}  "
            f"mean prompt tokens {report['prompt_tokens_' + arm]:.0f}  seconds {report['seconds_' + arm]:.1f}"
        )
    wrong = [
        (r, g, a, b)
        for (r, g), a, b in zip(requests, report["picks_all"], report["picks_retrieved"], strict=True)
        if a != g or b != g
    ]
    for request, gold, all_pick, retrieved_pick in wrong:
        print(f"  {request[:60]!r}: gold {gold}, all -> {all_pick}, retrieved -> {retrieved_pick}")
    print(json.dumps({k: v for k, v in report.items() if not k.startswith("picks_")}))


if __name__ == "__main__":
    main()
