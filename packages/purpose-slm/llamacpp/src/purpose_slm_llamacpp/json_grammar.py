"""A JSON schema as a llama.cpp grammar, every literal escaped.

llama-cpp-python's schema converter escapes quotes and line breaks in a grammar literal, but not the
backslash, and a JSON constant is written with backslashes (``json.dumps('say "hi"')`` is
``"say \\"hi\\""``). An enum member or const holding a quote or a backslash (a request's quoted text
offered by the values lesson, a JSON document as a tool argument) then gave a grammar llama.cpp cannot
parse ("error parsing grammar"), or one that matches a different string. The converter is used as it
is; only its literal formatting is replaced.
"""

from __future__ import annotations

import re
from typing import Any

_ESCAPES = {"\r": "\\r", "\n": "\\n", '"': '\\"', "\\": "\\\\"}
_ESCAPE = re.compile(r'[\r\n"\\]')


def grammar_literal(text: str) -> str:
    """``text`` as a GBNF string literal."""
    return '"' + _ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], text) + '"'


def schema_gbnf(schema: dict[str, Any]) -> str:
    """The GBNF grammar of ``schema``, as llama-cpp-python writes it for ``response_format``."""
    from llama_cpp import llama_grammar

    class Converter(llama_grammar.SchemaConverter):  # type: ignore[misc]  # llama_cpp ships no types
        def _format_literal(self, literal: str) -> str:
            return grammar_literal(literal)

    converter = Converter(prop_order={}, allow_fetch=False, dotall=False, raw_pattern=False)
    converter.visit(converter.resolve_refs(schema, "stdin"), "")
    return str(converter.format_grammar())


def schema_grammar(schema: dict[str, Any]) -> Any:
    """``schema`` as a ``LlamaGrammar`` for ``create_chat_completion(grammar=...)``."""
    from llama_cpp import llama_grammar

    return llama_grammar.LlamaGrammar.from_string(schema_gbnf(schema), verbose=False)
