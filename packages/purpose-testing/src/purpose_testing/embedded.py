"""The real embedded model, a throw-away memory store and small teams on them: for tests and measurements.

Why here: every technique that claims to work must also be shown on the real thing (SmolLM2-135M through
llama.cpp, a real SQLite file), and those runs need the same scaffolding: a repeatable backend, a store
that memory CI can scan into, a team with only the kernel and the plugin under test, and an environment
that no user's ``purpose.toml`` can leak into. Written once here, plugin distributions (which already
depend on core) share it without depending on each other.

Core does not depend on llama.cpp: :func:`embedded_backend` imports ``purpose_slm_llamacpp`` when it is
called, never at import, and says what to install when it is missing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from purpose_agent.plugin import Threat, hookimpl

if TYPE_CHECKING:  # pragma: no cover
    import pytest
    from purpose_agent.plugin import PluginManager, Store, Task
    from purpose_team import Team

__all__ = [
    "EMBEDDED_KERNEL",
    "EMBEDDED_PURPOSE",
    "OverrideScanner",
    "arithmetic_task",
    "embedded_backend",
    "embedded_team",
    "isolate_settings",
    "scratch_store",
    "trace_plugins",
]

#: Entry points a team on the embedded model needs besides the plugin under test (those not installed
#: are left out, so a test that needs one skips on its own ``importorskip``).
EMBEDDED_KERNEL = (
    "core-memory-kinds",
    "core-store-sqlite",
    "core-strategy-react",
    "core-judge",
    "tools",
    "slm-llamacpp",
    "slm",
)
EMBEDDED_PURPOSE = "Solve the user's task accurately, using tools when they help"

#: Variables that would let the developer's own settings or plugin choices into a test.
_SETTINGS_VARIABLES = (
    "PURPOSE_AGENT_CONFIG",
    "PURPOSE_AGENT_DISABLED_PLUGINS",
    "PURPOSE_AGENT_ENABLED_PLUGINS",
)


class OverrideScanner:
    """A stand-in injection scanner, so memory CI (which fails closed without one) still scans.

    It flags only the plainest instruction override; real detection is the immune plugins' job.
    """

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
    try:
        from purpose_slm_llamacpp.backend import LlamaCppBackend
    except ModuleNotFoundError as exc:
        from purpose_agent.plugin import BackendUnavailableError

        raise BackendUnavailableError(
            f"the embedded model needs purpose-slm-llamacpp ({exc.name} is not installed): "
            "pip install purpose-slm-llamacpp"
        ) from exc
    return LlamaCppBackend("smollm2")


@contextmanager
def scratch_store(folder: str | Path | None = None) -> Iterator[tuple[Store, PluginManager]]:
    """(store, manager) on a SQLite file in ``folder`` (default: a temporary one, removed afterwards).

    The manager has core's memory kinds and an :class:`OverrideScanner`; the store is opened for
    learning, closed on exit.
    """
    if folder is None:
        with tempfile.TemporaryDirectory() as temporary:
            with scratch_store(temporary) as pair:
                yield pair
        return
    from purpose_agent.plugin import PluginManager, PluginsConfig, RunMode, Settings, open_store

    settings = Settings(
        store=str(Path(folder) / "memory.db"),
        traces=str(Path(folder) / "traces"),
        plugins=PluginsConfig(enabled=["core-memory-kinds", "core-store-sqlite"]),
    )
    manager = PluginManager(settings).load()
    manager.register(_ScannerPlugin(), name="measure-scanner")
    store = open_store(settings.store, RunMode.LEARNING_TRAIN, manager=manager)
    try:
        yield store, manager
    finally:
        store.close()


def isolate_settings(monkeypatch: pytest.MonkeyPatch, folder: str | Path) -> None:
    """Run from ``folder`` with no ``PURPOSE_AGENT_*`` plugin or config variables set.

    Plugins read their settings from ``purpose.toml`` when a hook runs, so a test that does not move
    away from the developer's checkout (or environment) would test their configuration, not the code's.
    """
    monkeypatch.chdir(folder)
    for key in _SETTINGS_VARIABLES:
        monkeypatch.delenv(key, raising=False)


def embedded_team(
    folder: str | Path,
    plugins: Sequence[str],
    *,
    strategy: str = "react",
    steps: int = 3,
    purpose: str = EMBEDDED_PURPOSE,
) -> Team:
    """A team on the embedded SmolLM2-135M (greedy, seed 0) with only the kernel and ``plugins``.

    Store and traces live in ``folder``; immune scanning is off (the test is about the plugin, and
    immune has its own tests); the step budget is small so a run stays a few seconds.
    """
    from purpose_agent.plugin import BudgetsConfig, PluginManager, PluginsConfig, Settings
    from purpose_team import Team

    installed = {ep.name for ep in metadata.entry_points(group="purpose_agent")}
    settings = Settings(
        store=str(Path(folder) / "memory.db"),
        traces=str(Path(folder) / "traces"),
        immune="off",
        strategy=strategy,
        budgets=BudgetsConfig(max_steps=steps, max_seconds=60),
        plugins=PluginsConfig(enabled=[p for p in [*EMBEDDED_KERNEL, *plugins] if p in installed]),
    )
    return Team.build(purpose=purpose, settings=settings, manager=PluginManager(settings).load())


def arithmetic_task(a: int, b: int, split: str = "train") -> Task:
    """``What is a * b?`` with its answer, the smallest task that a calculator tool decides."""
    from purpose_agent.plugin import Task

    return Task(
        input=f"What is {a} * {b}?", expected=str(a * b), task_type="arithmetic", split=split, id=f"{a}x{b}"
    )


def trace_plugins(result: Any) -> set[str]:
    """Names of the plugins an episode's trace header records (to show the plugin under test was loaded)."""
    from purpose_agent.plugin import read_trace

    return {p["name"] for p in read_trace(result.trace_path).header.plugins}
