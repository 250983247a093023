"""Built-in plugin: the ReAct strategy, registered like any third-party strategy so it can be swapped."""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl
from purpose_agent.registry import Registry


@hookimpl
def register_strategies(registry: Registry) -> None:
    from purpose_agent.runtime.react import ReActStrategy  # lazy: the plugin module stays cheap to load

    registry.add(ReActStrategy())
