"""``pa.LLMCompiler``: a front door to the LLMCompiler technique, which lives in its own distribution.

The compiler is resolved through the strategy registry (the ``llm-compiler`` strategy that the
``research-llm-compiler`` plugin registers), so disabling that plugin disables this name too, and an
installed third-party strategy of that name is used the same way. Without it, one line says why and what
to do.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import PluginNotFoundError, get_plugin_manager

STRATEGY = "llm-compiler"
PLUGIN = "research-llm-compiler"


def LLMCompiler(llm: Any, registry: Any, *, manager: Any = None, **options: Any) -> Any:
    """The registered ``llm-compiler`` strategy's compiler over ``llm`` and the tools in ``registry``."""
    if manager is None:
        manager = get_plugin_manager()
    strategies = manager.strategies()
    if STRATEGY not in strategies:
        info = manager.infos.get(PLUGIN)
        if info is not None and info.state == "disabled":
            why = f"plugin {PLUGIN!r} is disabled; enable it in purpose.toml [plugins]"
        elif info is not None:
            why = f"plugin {PLUGIN!r} {info.state}: {info.error}"
        else:
            why = "pip install purpose-research-llm-compiler"
        raise PluginNotFoundError(f"pa.LLMCompiler needs the {STRATEGY!r} strategy: {why}")
    return strategies.get(STRATEGY).compiler(llm, registry, **options)
