"""Purpose Agent research technique: LLMCompiler parallel tool-call DAG (Kim et al. 2023).

``LLMCompiler`` is exposed lazily so importing the package (as plugin discovery does) stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LLMCompiler", "LLMCompilerStrategy"]


def __getattr__(name: str) -> Any:
    if name == "LLMCompiler":
        from purpose_research_llm_compiler.compiler import LLMCompiler

        return LLMCompiler
    if name == "LLMCompilerStrategy":
        from purpose_research_llm_compiler.strategy import LLMCompilerStrategy

        return LLMCompilerStrategy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
