"""The ``runs`` plugin: records where ``purpose run`` wrote its traces in the workspace's run index.

``purpose learn`` and ``purpose bench`` register their folders themselves (``purpose_runs.register``);
the kernel's ``purpose run`` cannot import this distribution, so it fires ``on_traces_written`` and this
hook writes the entry. Registering never ends a run (see :func:`purpose_runs.index.register`).
"""

from __future__ import annotations

from purpose_agent.plugin import hookimpl


@hookimpl
def on_traces_written(command: str, traces: str, trace_ids: list[str]) -> None:
    from purpose_runs.index import register  # lazy: loading the plugin stays cheap

    register(command, traces=traces, trace_ids=trace_ids)
