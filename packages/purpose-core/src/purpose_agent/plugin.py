"""The plugin API: everything a plugin (or its tests) may import from purpose-core, in one module.

A plugin imports ``from purpose_agent.plugin import ...`` (and, in its tests, ``purpose_agent.testing``);
ruff's banned-imports rule (TID251 in ruff.toml) refuses any other ``purpose_agent`` module in plugin
code, so kernel internals can change without breaking plugins. What is listed here is kept stable:
renaming or removing a name is a breaking change noted in the CHANGELOG. Extension points are named
methods documented as such (``ReActStrategy.revise_input``), never private overrides.

Names are imported on first use (PEP 562): importing this module imports none of them, so a plugin's
``plugin.py`` stays cheap to load. The toolbox names (``ToolBox``, ``tool_spec``, ``check_tool``, ...)
live in purpose-team, beside the team that builds the toolbox; they resolve there, and without it say in
one line what to install. See docs/architecture.md, "The plugin API".
"""

from __future__ import annotations

import importlib
from typing import Any

from purpose_agent import _ERRORS  # the one list of the error classes the package root exports too
from purpose_agent._lazy import _importable

_MODULES: dict[str, tuple[str, ...]] = {
    # hooks, registries, settings, the plugin manager
    "purpose_agent.hookspecs": ("hookimpl", "hookspec", "PROJECT_NAME"),
    "purpose_agent.registry": ("Registry", "Command"),
    "purpose_agent.plugins": ("PluginManager", "get_plugin_manager", "set_plugin_manager"),
    "purpose_agent.config": (
        "Settings",
        "BudgetsConfig",
        "PluginsConfig",
        "load_settings",
        "plugin_settings",
    ),
    "purpose_agent.runmode": ("RunMode",),
    "purpose_agent._lazy": ("lazy_exports",),
    "purpose_agent.errors": _ERRORS,
    "purpose_agent.jsonl": ("JsonLine", "jsonl_lines", "parse_jsonl", "read_jsonl"),
    "purpose_agent.types": ("Scanner", "Score", "Severity", "Threat", "ScanResult", "ToolResult"),
    # backends
    "purpose_agent.llm.protocol": (
        "Backend",
        "BaseBackend",
        "Capabilities",
        "Completion",
        "Message",
        "StreamChunk",
        "ToolCall",
        "ToolSpec",
        "Usage",
        "as_messages",
    ),
    "purpose_agent.llm.json_schema": ("validate",),
    "purpose_agent.llm.resolve": ("get_backend", "clear_backend_cache"),
    # memory and stores
    "purpose_agent.memory.card": (
        "CARD_ID",
        "MemoryCard",
        "MemoryScope",
        "Provenance",
        "Utility",
        "describe_errors",
    ),
    "purpose_agent.memory.status": ("MemoryStatus", "check_transition", "is_legal", "parse_status"),
    "purpose_agent.memory.kinds": (
        "MAX_CONTENT_CHARS",
        "KindCatalog",
        "MemoryKind",
        "MemoryKindSpec",
        "builtin_catalog",
    ),
    "purpose_agent.memory.store": (
        "Store",
        "StatusObserver",
        "CardNotFoundError",
        "PromotionForbiddenError",
        "VersionConflictError",
        "AuditEntry",
        "VersionEntry",
        "CardRecord",
        "ImportReport",
        "open_store",
    ),
    "purpose_agent.memory.store_base": ("SQLStoreBase", "NewRow"),
    "purpose_agent.memory.text": ("flatten_fields", "token_set", "tokenize"),
    "purpose_agent.memory.structure": ("slot_values",),
    "purpose_agent.trace": ("Trace", "TraceWriter", "read_trace"),
    # the toolbox tools are called through: purpose-team's (the caller builds what the runtime calls)
    "purpose_team.tools.toolbox": ("ToolBox",),
    "purpose_team.tools.select": ("rank_tools", "select_tools", "terms"),
    "purpose_team.tools.spec": ("check_tool", "tool_spec"),
    # runtime: tasks, strategies, judging
    "purpose_agent.runtime.task": (
        "Task",
        "Step",
        "EpisodeJob",
        "EpisodeResult",
        "EpisodeStatus",
        "JudgedEpisode",
    ),
    "purpose_agent.runtime.strategy": ("Strategy", "StrategyContext", "StrategyOutcome"),
    "purpose_agent.runtime.judge": ("PurposeFunction",),
    "purpose_agent.runtime.checkers": ("CHECKERS", "checkers_for"),
    "purpose_agent.runtime.procedures": (
        "Procedure",
        "from_lesson_fields",
        "from_skill_fields",
        "generalize",
        "instantiate",
        "lesson_step",
        "same_call",
        "to_skill_fields",
    ),
    "purpose_agent.runtime.retrieval": ("RetrievalContext", "Retriever", "Scored"),
    "purpose_agent.runtime.episode": ("AgentSetup", "run_episode"),
    "purpose_agent.runtime.demonstrations": ("DEMONSTRATIONS",),
    # learning: optimizers, memory CI, replay (judge calibration is purpose_eval.calibration)
    "purpose_agent.learning.optimizer": ("ConfiguredBackend", "Optimizer"),
    "purpose_agent.learning.learner": ("Learner",),
    "purpose_agent.learning.memory_ci": ("CandidateOutcome", "MemoryCI"),
    "purpose_agent.learning.replay": ("ReplayEvidence", "replay", "rule_for"),
    "purpose_agent.learning.loop": ("RunAhead", "eval_test_team", "replay_candidates", "train_phase"),
    # the immune system's kernel part (detectors build on purpose-immune-engine)
    "purpose_agent.immune.scan": (
        "CARD_FIELDS",
        "ScanItem",
        "read_card",
        "run_scanners",
        "scan_memory",
        "scan_text",
    ),
    "purpose_agent.immune.bounds": ("MAX_SCAN_CHARS", "bound", "to_text"),
    "purpose_agent.immune.trust": ("initial_trust",),
}
#: names exported under another name than the one they have where they are defined
_RENAMED: dict[str, tuple[str, str]] = {
    "cli_main": ("purpose_agent.cli.main", "main"),
    "check_answer": ("purpose_agent.runtime.checkers", "check"),
    "validate_tool_arguments": ("purpose_team.tools.schema", "validate"),
    "JSON_SCHEMA_TYPES": ("purpose_agent.llm.json_schema", "TYPES"),
    "JSON_SCHEMA_KEYWORDS": ("purpose_agent.llm.json_schema", "KEYWORDS"),
    "TOOL_ARGUMENTS_WORDING": ("purpose_agent.llm.json_schema", "TOOL_ARGUMENTS"),
    # what the provenance gate (purpose-provenance) returns to memory CI, and whom it trusts more
    "ProvenanceVerdict": ("purpose_agent.learning.provenance", "Verdict"),
    "is_taught": ("purpose_agent.learning.provenance", "taught"),
}

_WHERE: dict[str, tuple[str, str]] = {
    **{name: (module, name) for module, names in _MODULES.items() for name in names},
    **_RENAMED,
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'purpose_agent.plugin' has no attribute {name!r}")
    module, attr = where
    try:
        imported = importlib.import_module(module)
    except ModuleNotFoundError:
        if not module.startswith("purpose_team.") or _importable("purpose_team"):
            raise  # not a missing distribution: a real bug inside an installed one
        raise ImportError(
            f"purpose_agent.plugin.{name} is in the purpose-team distribution: pip install purpose-team"
        ) from None
    value = getattr(imported, attr)
    globals()[name] = value  # later lookups find it without calling this function
    return value


def __dir__() -> list[str]:
    return list(__all__)
