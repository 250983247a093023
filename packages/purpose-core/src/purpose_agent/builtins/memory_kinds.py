"""Built-in memory kinds plugin: registers the seven kinds through the same hook a third party uses.

Blocking this plugin (``disabled = ["core-memory-kinds"]``) removes the built-in kinds, which is how an
ablation runs with a custom set of kinds only.
"""

from __future__ import annotations

from typing import Any

from purpose_agent.hookspecs import hookimpl


@hookimpl
def register_memory_kinds(registry: Any) -> None:
    from purpose_agent.memory.builtin_kinds import BUILTIN_KINDS  # lazy: the plugin module stays cheap

    for spec in BUILTIN_KINDS:
        registry.add(spec, name=spec.name)
