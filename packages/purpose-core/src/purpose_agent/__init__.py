"""Purpose Agent: a local-first self-improvement kernel for LLM agents.

The public API is exposed lazily (PEP 562): ``import purpose_agent`` imports nothing heavy and no plugin,
and each name is imported the first time it is used. Import time is a feature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from purpose_agent._lazy import lazy_exports
from purpose_agent._version import __version__

# public name -> module that defines it
_LAZY: dict[str, str] = {
    "hookimpl": "purpose_agent.hookspecs",
    "hookspec": "purpose_agent.hookspecs",
    "RunMode": "purpose_agent.runmode",
    "Settings": "purpose_agent.config",
    "load_settings": "purpose_agent.config",
    "PluginManager": "purpose_agent.plugins",
    "get_plugin_manager": "purpose_agent.plugins",
    "Registry": "purpose_agent.registry",
    "Command": "purpose_agent.registry",
    "Message": "purpose_agent.llm.protocol",
    "Completion": "purpose_agent.llm.protocol",
    "ToolCall": "purpose_agent.llm.protocol",
    "ToolSpec": "purpose_agent.llm.protocol",
    "Backend": "purpose_agent.llm.protocol",
    "BaseBackend": "purpose_agent.llm.protocol",
    "Threat": "purpose_agent.types",
    "ScanResult": "purpose_agent.types",
    "Severity": "purpose_agent.types",
    "ToolResult": "purpose_agent.types",
    "Score": "purpose_agent.types",
    "purpose": "purpose_team.team",
    "Team": "purpose_team.team",
    "TeamResult": "purpose_team.team",
    "Task": "purpose_agent.runtime.task",
    "EpisodeResult": "purpose_agent.runtime.task",
    "EpisodeStatus": "purpose_agent.runtime.task",
    "MemoryCard": "purpose_agent.memory.card",
    "MemoryScope": "purpose_agent.memory.card",
    "MemoryStatus": "purpose_agent.memory.status",
    "MemoryKind": "purpose_agent.memory.kinds",
    "open_store": "purpose_agent.memory.store",
    "scan_memory": "purpose_agent.immune.scan",
    "scan_text": "purpose_agent.immune.scan",
    "get_backend": "purpose_agent.llm.resolve",
    "ToolBox": "purpose_team.tools.toolbox",
    "tool": "purpose_team.tools.function",
    "MemoryKindSpec": "purpose_agent.memory.kinds",
    "KindCatalog": "purpose_agent.memory.kinds",
    "TraceWriter": "purpose_agent.trace",
    "read_trace": "purpose_agent.trace",
    "compile_prompt": "purpose_agent.compiler",
    "learn": "purpose_learn.pipeline",
    "LearnResult": "purpose_learn.pipeline",
    "Agent": "purpose_level3.agent",
    "Graph": "purpose_level3.graph",
    "END": "purpose_level3.graph",
    "GraphError": "purpose_level3.graph",
    "parallel": "purpose_level3.parallel",
    "aparallel": "purpose_level3.parallel",
    "CancelToken": "purpose_level3.parallel",
    "Conversation": "purpose_level3.conversation",
    "KnowledgeStore": "purpose_knowledge.store",
    "ApprovalGate": "purpose_level3.approval",
    "QueueApprover": "purpose_level3.approval",
    "ConsoleApprover": "purpose_level3.approval",
    "RunStream": "purpose_level3.streaming",
    "Event": "purpose_team.events",
    "EvalCase": "purpose_learn.case",
    "LearnConfig": "purpose_learn.pipeline",
    "BenchConfig": "purpose_eval.harness",
    "run_benchmark": "purpose_eval.harness",
    "LLMCompiler": "purpose_team.compiler",
}
#: every class of purpose_agent.errors, exported here and by the plugin API (purpose_agent.plugin)
_ERRORS = (
    "PurposeError",
    "ConfigError",
    "PluginError",
    "PluginNotFoundError",
    "BackendError",
    "ModelNotFoundError",
    "BackendUnavailableError",
    "AuthenticationError",
    "ContextOverflowError",
    "InvalidOutputError",
    "BackendTimeoutError",
    "MemoryStoreError",
    "ReadOnlyError",
    "InvalidTransitionError",
    "ValidationError",
    "ToolError",
    "ScanError",
    "BudgetExceededError",
)
_LAZY.update({name: "purpose_agent.errors" for name in _ERRORS})

#: names above that live in their own distributions, installed separately
_OPTIONAL = {
    "purpose_team": "purpose-team",
    "purpose_level3": "purpose-level3",
    "purpose_knowledge": "purpose-knowledge",
    "purpose_eval": "purpose-eval",
    "purpose_learn": "purpose-learn",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _LAZY, eager=["__version__"], optional=_OPTIONAL)

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.config import Settings, load_settings
    from purpose_agent.errors import *
    from purpose_agent.hookspecs import hookimpl, hookspec
    from purpose_agent.llm.protocol import Backend, BaseBackend, Completion, Message, ToolCall, ToolSpec
    from purpose_agent.plugins import PluginManager, get_plugin_manager
    from purpose_agent.registry import Command, Registry
    from purpose_agent.runmode import RunMode
    from purpose_agent.types import ScanResult, Score, Severity, Threat, ToolResult
