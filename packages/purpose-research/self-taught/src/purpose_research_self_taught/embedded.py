"""The embedded model and a throw-away memory store, for measuring on the real thing.

Memory CI fails closed without a scanner. Installed immune plugins are used when present; otherwise a
minimal instruction-override scanner is registered so the measurement still scans every candidate.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from purpose_agent.hookspecs import hookimpl
from purpose_agent.types import Threat


class OverrideScanner:
    name = "measure-override"
    categories = ("injection",)

    def scan(self, item: Any) -> list[Threat]:
        text = str(getattr(item, "text", item)).lower()
        if "ignore all previous instructions" in text or "ignore previous instructions" in text:
            return [Threat(scanner=self.name, category="injection", message="instruction override")]
        return []


class _ScannerPlugin:
    @hookimpl
    def register_scanners(self, registry: Any) -> None:
        registry.add(OverrideScanner())


def embedded_backend() -> Any:
    """SmolLM2-135M through llama.cpp, greedy and repeatable (needs purpose-slm-llamacpp)."""
    from purpose_slm_llamacpp.backend import LlamaCppBackend

    return LlamaCppBackend("smollm2")


@contextmanager
def scratch_store() -> Iterator[tuple[Any, Any]]:
    """(store, manager) on a temporary SQLite file; the manager has memory kinds and a scanner."""
    from purpose_agent.config import PluginsConfig, Settings
    from purpose_agent.memory.store import open_store
    from purpose_agent.plugins import PluginManager
    from purpose_agent.runmode import RunMode

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(
            store=str(Path(folder) / "memory.db"),
            plugins=PluginsConfig(enabled=["core-memory-kinds", "core-store-sqlite"]),
        )
        manager = PluginManager(settings).load()
        manager.register(_ScannerPlugin(), name="measure-scanner")
        store = open_store(settings.store, RunMode.LEARNING_TRAIN, manager=manager)
        try:
            yield store, manager
        finally:
            store.close()
