"""Level 3 of Purpose Agent: agents, graphs, parallel runs, conversations and human approvals.

Names are imported on first use (PEP 562); the same names are reachable from ``purpose_agent``
(``pa.Graph``) when this distribution is installed. ``RunStream`` (what every ``.stream()`` returns,
``team.stream()`` too) is this distribution's; events are core's (``purpose_agent.plugin.Event``),
re-exported here for convenience.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    "Agent": "purpose_level3.agent",
    "Graph": "purpose_level3.graph",
    "END": "purpose_level3.graph",
    "GraphError": "purpose_level3.graph",
    "parallel": "purpose_level3.parallel",
    "aparallel": "purpose_level3.parallel",
    "CancelToken": "purpose_level3.parallel",
    "Conversation": "purpose_level3.conversation",
    "ApprovalGate": "purpose_level3.approval",
    "ApprovalRequest": "purpose_level3.approval",
    "Decision": "purpose_level3.approval",
    "QueueApprover": "purpose_level3.approval",
    "ConsoleApprover": "purpose_level3.approval",
    "CallbackApprover": "purpose_level3.approval",
    "Checkpointer": "purpose_level3.checkpoint",
    "JsonCheckpointer": "purpose_level3.checkpoint",
    "SqliteCheckpointer": "purpose_level3.checkpoint",
    "Event": "purpose_agent.plugin",
    "RunStream": "purpose_level3.streaming",
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
