"""``pa.LLMCompiler``: a front door to the LLMCompiler technique, which lives in its own distribution.

Core may not import a plugin at start-up, so the import happens when the name is called, with a clear
message when purpose-research-llm-compiler is not installed.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.errors import PluginNotFoundError


def LLMCompiler(llm: Any, registry: Any, **options: Any) -> Any:
    try:
        from purpose_research_llm_compiler.compiler import LLMCompiler as Compiler
    except ImportError as exc:
        raise PluginNotFoundError(
            "pa.LLMCompiler needs purpose-research-llm-compiler: pip install purpose-research-llm-compiler"
        ) from exc
    return Compiler(llm, registry, **options)
