"""Entry point ``core-strategy-react``: the ReAct strategy, registered like any third-party strategy so it
can be swapped or blocked. The entry point keeps the name it had in purpose-core, so allow-lists and block
lists written before the strategy left the kernel still mean the same plugin."""

from __future__ import annotations

from typing import Any

from purpose_agent.plugin import hookimpl


@hookimpl
def register_strategies(registry: Any) -> None:
    from purpose_react.react import ReActStrategy  # lazy: the plugin module stays cheap to load

    registry.add(ReActStrategy())
