"""The prompt compiler: memories, tools and history inside a token budget, with a record of what was shown."""

from purpose_agent.compiler.prompt import CompiledPrompt, compile_prompt, render_tools
from purpose_agent.compiler.select import select_diverse

__all__ = ["CompiledPrompt", "compile_prompt", "render_tools", "select_diverse"]
