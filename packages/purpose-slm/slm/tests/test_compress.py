"""Prompt compression measured with the embedded model's own tokenizer."""

from __future__ import annotations

import pytest
from purpose_agent.plugin import Message, ToolSpec
from purpose_slm import compact_tool_specs, compress_messages
from purpose_slm.compress import SUMMARY_HEADER, count_messages


@pytest.fixture(scope="module")
def tokenizer():  # type: ignore[no-untyped-def]
    from purpose_slm_llamacpp import LlamaCppBackend

    return LlamaCppBackend("smollm2")


def _history(turns: int) -> list[Message]:
    messages = [Message(role="system", content="You are a careful research assistant.")]
    for i in range(turns):
        messages.append(
            Message(
                role="user",
                content=f"Question {i}: what did paper {i} find? Please give details and context.",
            )
        )
        messages.append(
            Message(
                role="assistant",
                content=f"Paper {i} found effect {i}. "
                + "It discussed methods, data and limitations at length. " * 8,
            )
        )
    messages.append(Message(role="user", content="Now compare the last two papers."))
    return messages


def test_fitting_history_is_untouched(tokenizer) -> None:  # type: ignore[no-untyped-def]
    history = _history(1)
    result = compress_messages(history, budget=2000, counter=tokenizer)
    assert result.messages == history and result.tokens_before == result.tokens_after and result.fits


def test_long_history_is_summarised_into_the_budget(tokenizer) -> None:  # type: ignore[no-untyped-def]
    history = _history(12)
    result = compress_messages(history, budget=400, counter=tokenizer, keep_last=2)
    assert result.tokens_before > 1000
    assert result.fits and result.tokens_after <= 400
    assert result.tokens_after == count_messages(result.messages, tokenizer)
    assert result.messages[0].role == "system"
    assert result.messages[0].content.startswith("You are a careful research assistant.")
    assert SUMMARY_HEADER in result.messages[0].content
    assert result.messages[-1] == history[-1]  # the latest user turn is kept verbatim
    assert result.dropped_turns > 0
    assert "->" in result.report()


def test_a_single_huge_turn_is_cut_in_the_middle(tokenizer) -> None:  # type: ignore[no-untyped-def]
    huge = [Message(role="user", content="START " + "filler words here " * 600 + " END")]
    result = compress_messages(huge, budget=300, counter=tokenizer)
    text = result.messages[-1].content
    assert result.fits and text.startswith("START") and text.endswith("END") and "[...]" in text


def test_model_summariser_is_used_when_given(tokenizer) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def summarize(turns):  # type: ignore[no-untyped-def]
        seen.append(len(turns))
        return "the user asked about twelve papers"

    result = compress_messages(_history(12), budget=500, counter=tokenizer, summarize=summarize)
    assert seen and "twelve papers" in result.messages[0].content


def test_compact_tool_specs_keep_structure_and_save_tokens(tokenizer) -> None:  # type: ignore[no-untyped-def]
    verbose = ToolSpec(
        name="search_papers",
        description="Search the paper index. It supports boolean operators, phrase queries and many filters. "
        "Results are ranked by a hybrid of BM25 and embeddings.",
        parameters={
            "type": "object",
            "title": "SearchPapersArguments",
            "properties": {
                "query": {
                    "type": "string",
                    "title": "Query",
                    "description": "The query text. Use quotes for phrases. Boolean AND/OR are supported.",
                    "examples": ["quantum error correction"],
                },
                "limit": {"type": "integer", "default": 10, "description": "How many results to return."},
            },
            "required": ["query"],
        },
    )
    result = compact_tool_specs([verbose], tokenizer)
    compact = result.tools[0]
    assert result.tokens_after < result.tokens_before
    assert compact.name == verbose.name
    assert compact.parameters["required"] == ["query"]
    assert set(compact.parameters["properties"]) == {"query", "limit"}
    assert compact.parameters["properties"]["limit"]["type"] == "integer"
    assert "examples" not in compact.parameters["properties"]["query"]
    assert compact.description == "Search the paper index."
