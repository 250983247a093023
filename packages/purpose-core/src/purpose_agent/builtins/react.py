"""Built-in plugin: the ReAct strategy, registered like any third-party strategy so it can be swapped."""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl


@hookimpl
def register_strategies(registry) -> None:  # type: ignore[no-untyped-def]
    from purpose_agent.runtime.react import ReActStrategy

    registry.add(ReActStrategy())
