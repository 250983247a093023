"""Entry points of purpose-optimizers: the case optimizer, general lessons and demonstration sets.

Three entry points, so each can be switched off on its own (``core-optimizer-cases`` keeps the name it had
inside purpose-core: arms files and settings name it). Each registers through ``register_optimizers`` like
any technique; the modules load only when the hook runs, so this one stays cheap to import.
"""

from __future__ import annotations

from purpose_agent.plugin import Registry, hookimpl


@hookimpl
def register_optimizers(registry: Registry) -> None:
    from purpose_optimizers.cases import CaseOptimizer  # lazy: the plugin module stays cheap to load

    registry.add(CaseOptimizer())


class Lessons:
    """``optimizer-lessons``: general lessons from each training pass (purpose_optimizers.lessons)."""

    @hookimpl
    def register_optimizers(self, registry: Registry) -> None:
        from purpose_optimizers.lessons import LessonOptimizer  # lazy: as above

        registry.add(LessonOptimizer())


class Demonstrations:
    """``optimizer-demonstrations``: one demonstration set per training pass (opt-in setting)."""

    @hookimpl
    def register_optimizers(self, registry: Registry) -> None:
        from purpose_optimizers.demonstrations import DemonstrationOptimizer  # lazy: as above

        registry.add(DemonstrationOptimizer())


lessons = Lessons()
demonstrations = Demonstrations()
