"""Shared by the learning-pipeline tests: the test kit's riddle (:mod:`purpose_testing.riddle`, a scripted
model whose learning is known in advance) and a plugin that offers it as the model ``scripted``."""

from __future__ import annotations

from purpose_agent import hookimpl
from purpose_agent.testing import ScriptedBackend
from purpose_testing.riddle import CORE, WORD, policy, riddle_manager, riddle_settings, write_suite

__all__ = ["CORE", "WORD", "ScriptedPlugin", "policy", "riddle_manager", "riddle_settings", "write_suite"]


class ScriptedPlugin:
    def __init__(self) -> None:
        self.backend = ScriptedBackend(policy)

    @hookimpl
    def register_backends(self, registry):  # type: ignore[no-untyped-def]
        registry.add(lambda model, **settings: self.backend, name="scripted")

    @hookimpl
    def resolve_backend(self, model, settings):  # type: ignore[no-untyped-def]
        return "scripted" if model == "scripted" else None
