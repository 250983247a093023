"""Built-in plugin: the purpose function Φ as the default judge (``judge = "purpose-function"``).

The registered object is the judge class (a factory), since a judge needs the episode's backend.
Disabling this plugin (``PURPOSE_AGENT_DISABLED_PLUGINS=core-judge``) leaves episodes to another
registered judge, or to deterministic checkers alone.
"""

from __future__ import annotations

from purpose_agent.hookspecs import hookimpl
from purpose_agent.registry import Registry


@hookimpl
def register_judges(registry: Registry) -> None:
    from purpose_agent.runtime.judge import PurposeFunction  # lazy: the plugin module stays cheap to load

    registry.add(PurposeFunction, name=PurposeFunction.name)
