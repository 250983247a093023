"""Built-in plugin: the purpose function Φ as an evaluator.

The registered object is the judge class (a factory), since a judge needs the episode's backend.
"""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl


@hookimpl
def register_evaluators(registry) -> None:  # type: ignore[no-untyped-def]
    from purpose_agent.runtime.judge import PurposeFunction

    registry.add(PurposeFunction, name=PurposeFunction.name)
