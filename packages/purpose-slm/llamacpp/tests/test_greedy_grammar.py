"""The greedy grammar sampler on the real model: the same tokens as llama.cpp's own, fewer checks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from purpose_agent.plugin import Message, ToolSpec
from purpose_slm_llamacpp import LlamaCppBackend, greedy_grammar

ACTION = {
    "type": "object",
    "properties": {
        "action": {"type": "string", "enum": ["calculator", "weather", "final_answer"]},
        "arguments": {
            "type": "object",
            "properties": {
                "expression": {"type": "string", "maxLength": 40},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 14},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 3},
                "exact": {"type": "boolean"},
            },
            "required": ["expression"],
        },
    },
    "required": ["action", "arguments"],
}
TASKS = [
    "What is 82 * 93?",
    "What is the weather in Paris in Fahrenheit for the next 3 days?",
    "Write a short poem about cats.",
    "What is the greatest common divisor of 12 and 18?",
    "Is 2**10 exactly 1024?",
]
SYSTEM = Message(role="system", content="Answer with one JSON action.")
WEATHER = ToolSpec(
    name="weather",
    description="Forecast for a city",
    parameters={
        "type": "object",
        "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["C", "F"]}},
        "required": ["city", "unit"],
    },
)


@pytest.fixture
def llama(backend: LlamaCppBackend) -> Iterator[Any]:
    model = backend._shared.llama
    yield model
    model.greedy_grammar = True


def _answers(backend: LlamaCppBackend, llama: Any, greedy: bool) -> tuple[list[str], dict[str, int]]:
    llama.greedy_grammar = greedy
    answers, counts = [], {"remembered": 0, "top": 0, "full": 0}
    for task in TASKS:
        messages = [SYSTEM, Message(role="user", content=task)]
        answers.append(backend.complete(messages, json_schema=ACTION, max_tokens=120).text)
        answers.append(backend.complete(messages, tools=[WEATHER], max_tokens=80).text)
        if greedy:
            assert llama.last_sampler is not None
            for key, value in llama.last_sampler.counts.items():
                counts[key] += value
    return answers, counts


def test_the_same_tokens_as_llama_cpps_sampler(backend: LlamaCppBackend, llama: Any) -> None:
    stock, _ = _answers(backend, llama, greedy=False)
    greedy_grammar._cache.clear()
    first, counts = _answers(backend, llama, greedy=True)
    again, counts_again = _answers(backend, llama, greedy=True)
    assert first == stock and again == stock
    actions = [json.loads(answer)["action"] for answer in stock[::2]]  # the schema-constrained ones
    assert set(actions) <= {"calculator", "weather", "final_answer"} and all(stock)
    # most tokens are decided without checking the vocabulary; a second pass reuses the forced sets
    assert counts["top"] + counts["remembered"] > 3 * counts["full"] > 0
    assert counts_again["full"] < counts["full"] and counts_again["remembered"] > counts["remembered"]


def test_sampling_with_temperature_keeps_llama_cpps_sampler(backend: LlamaCppBackend, llama: Any) -> None:
    llama.last_sampler = None
    messages = [Message(role="user", content="Pick a city.")]
    backend.complete(messages, json_schema=ACTION, max_tokens=60, temperature=0.7, seed=1)
    assert llama.last_sampler is None
    backend.complete(messages, json_schema=ACTION, max_tokens=60)
    assert llama.last_sampler is not None
