"""The hook families every plugin implements.

Collection hooks (``register_*``) receive a :class:`~purpose_agent.registry.Registry` and add to it, the
shape of llm's ``register_models(register)``: core builds the collector, calls the hook once and keeps the
result. Resolve-one hooks use ``firstresult=True``: the first plugin that claims the request answers.
Lifecycle hooks let plugins observe without being called by name. All hooks take keyword arguments only.

This module is imported at start-up, so it imports nothing but pluggy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

PROJECT_NAME = "purpose_agent"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

if TYPE_CHECKING:  # pragma: no cover - types only
    from purpose_agent.registry import Registry


# -- collection hooks -------------------------------------------------------------------------------


@hookspec
def register_backends(registry: Registry) -> None:
    """Add backend factories (``registry.add(factory, name=...)``); a factory takes ``model`` and settings."""


@hookspec
def register_scanners(registry: Registry) -> None:
    """Add immune scanners: objects with ``name`` and ``scan(item) -> list[Threat]``."""


@hookspec
def register_evaluators(registry: Registry) -> None:
    """Add evaluators: purpose functions (judges), deterministic checkers and task suites."""


@hookspec
def register_memory_kinds(registry: Registry) -> None:
    """Add memory kinds (:class:`~purpose_agent.memory.kinds.MemoryKindSpec`): schema, formatter, weight."""


@hookspec
def register_tools(registry: Registry) -> None:
    """Add tools: objects with ``name``, ``description``, ``parameters`` (JSON schema) and ``run``."""


@hookspec
def register_optimizers(registry: Registry) -> None:
    """Add optimizers that turn a judged trace into candidate memories."""


@hookspec
def register_strategies(registry: Registry) -> None:
    """Add strategies: how an episode is run (ReAct, tree search, a DAG of tool calls)."""


@hookspec
def register_retrievers(registry: Registry) -> None:
    """Add retrievers that rank memories or documents for a query."""


@hookspec
def register_stores(registry: Registry) -> None:
    """Add memory store factories keyed by URL scheme (``sqlite``, ``postgresql``)."""


@hookspec
def register_commands(registry: Registry) -> None:
    """Add CLI subcommands (:class:`~purpose_agent.registry.Command`) to ``purpose``."""


# -- resolve-one hooks ------------------------------------------------------------------------------


@hookspec(firstresult=True)
def resolve_backend(model: str, settings: dict[str, Any]) -> Any | None:
    """The name of the backend that serves ``model`` (``"ollama"`` for ``"qwen3:1.7b"``), or None."""


@hookspec(firstresult=True)
def resolve_store(url: str) -> Any | None:
    """Return the name of the store factory that opens ``url``, or None when this plugin does not claim it."""


# -- lifecycle hooks --------------------------------------------------------------------------------


@hookspec
def on_episode_start(episode: Any) -> None:
    """An episode is about to run; ``episode`` carries the task, run mode and trace id."""


@hookspec
def on_episode_end(episode: Any, result: Any) -> None:
    """An episode has finished and been judged."""


@hookspec
def on_memory_status_change(card: Any, old_status: str, new_status: str, reason: str) -> None:
    """A memory card changed status (quarantined, promoted, rejected, archived)."""


@hookspec
def on_traces_written(command: str, traces: str, trace_ids: list[str]) -> None:
    """A kernel command (``purpose run``) wrote the traces ``trace_ids`` into the folder ``traces``. The
    workspace's run index (purpose-runs) records where, so a reader (the review page) finds them; the
    kernel keeps no index of its own."""


@hookspec
def register_judges(registry: Registry) -> None:
    """Add judges: factories called with the episode's backend (``factory(backend)``) returning an object
    with ``judge(*, purpose, task, answer, observations, expected, checker, calibrations) -> Score``. The
    runtime uses the one the settings name (``judge = "purpose-function"``)."""


@hookspec
def register_checkers(registry: Registry) -> None:
    """Add deterministic answer checkers, ``checker(answer, expected) -> (ok, why)``, by name; a task that
    names one (``Task.checker``) is judged by it instead of a judge."""


#: Collection hook name -> the plugin "kind" it makes a plugin, shown by ``purpose plugins``.
COLLECTION_HOOKS: dict[str, str] = {
    "register_backends": "backend",
    "register_scanners": "scanner",
    "register_evaluators": "evaluator",
    "register_memory_kinds": "memory-kind",
    "register_tools": "tool",
    "register_optimizers": "optimizer",
    "register_strategies": "strategy",
    "register_retrievers": "retriever",
    "register_stores": "store",
    "register_commands": "command",
    "register_judges": "judge",
    "register_checkers": "checker",
}


# -- executors (appended) -------------------------------------------------------------------------


@hookspec
def register_executors(registry: Any) -> None:
    """Add executor factories: ``registry.add(factory, name="threads")``, where ``factory(workers=N,
    **settings)`` returns an :class:`purpose_executors.base.Executor`. An executor decides where a
    batch of independent episodes runs (threads, processes, a cluster), never what they compute."""


COLLECTION_HOOKS["register_executors"] = "executor"
