"""purpose-runs: the workspace's run index, where commands wrote traces and results (docs/architecture.md).

An append-only JSONL file (``.purpose/runs.jsonl`` of the workspace, or ``$PURPOSE_AGENT_RUN_INDEX``):
``purpose learn`` and ``purpose bench`` register their arm folders and result files (``register``, under
``command(label)``), ``purpose run`` its traces through the ``on_traces_written`` hook (the ``runs``
plugin), and a reader (the review page) lists them (``read``, ``RunEntry``). Was the kernel's
``purpose_agent.trace.run_index``; names are imported on first use.
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    name: "purpose_runs.index"
    for name in (
        "FILE_NAME",
        "INDEX_ENV",
        "WORKSPACE_DIR",
        "RunEntry",
        "command",
        "current_command",
        "index_path",
        "read",
        "register",
    )
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
