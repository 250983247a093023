"""Trace files as OpenTelemetry spans, named and attributed by the GenAI semantic conventions.

The JSONL trace is the source of truth and is written whatever happens; spans are derived from it after
the episode ends, with the events' own timestamps, so exporting can never slow down or break a run and a
trace from last week exports the same way as one from a second ago. Shape of one episode:

    invoke_agent {agent}              gen_ai.operation.name=invoke_agent, gen_ai.agent.name, usage
      chat {model}                    one per model decision (gen_ai.operation.name=chat)
      execute_tool {tool}             one per tool call (gen_ai.tool.name)

Only ``opentelemetry-api`` is used here; where spans go (console, OTLP, memory) is the application's
choice of SDK and exporter, as the OpenTelemetry guidance for libraries says.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from opentelemetry import trace as otel
from purpose_agent.plugin import get_plugin_manager, hookimpl, read_trace

log = logging.getLogger("purpose_otel")

TRACER_NAME = "purpose_agent"


def _ns(ts: float) -> int:
    return int(ts * 1_000_000_000)


def _started(header: Any, fallback: float) -> float:
    try:
        return datetime.fromisoformat(header.started_at).timestamp()
    except (TypeError, ValueError):
        return fallback


def export_trace(trace: Any, *, tracer_provider: Any = None) -> int:
    """Emit the spans of one trace (a :class:`~purpose_agent.trace.Trace` or a path); returns how many."""
    if isinstance(trace, str | Path):
        trace = read_trace(trace)
    tracer = otel.get_tracer(TRACER_NAME, tracer_provider=tracer_provider)
    header, events = trace.header, trace.events
    meta = header.meta
    model = str(meta.get("model") or "")
    agent = str(meta.get("agent") or ("conversation" if meta.get("conversation") else "agent"))
    start = _started(header, events[0].ts if events else 0.0)
    end = events[-1].ts if events else start
    finished = events[-1].data if trace.finished else {}
    root_attrs: dict[str, Any] = {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.name": agent,
        "gen_ai.request.model": model,
        "purpose_agent.trace_id": header.trace_id,
        "purpose_agent.run_mode": header.run_mode,
        "purpose_agent.status": str(finished.get("status", "unfinished")),
    }
    if meta.get("team"):
        root_attrs["purpose_agent.team"] = str(meta["team"])
    if isinstance(finished.get("score"), int | float):
        root_attrs["purpose_agent.score"] = float(finished["score"])
    count = 1
    root = tracer.start_span(f"invoke_agent {agent}", start_time=_ns(start), attributes=root_attrs)
    ctx = otel.set_span_in_context(root)
    previous = start
    input_tokens = output_tokens = 0
    try:
        for event in events:
            data = event.data
            if event.type == "model_call":
                span = tracer.start_span(
                    f"chat {model}".strip(),
                    context=ctx,
                    start_time=_ns(previous),
                    attributes={
                        "gen_ai.operation.name": "chat",
                        "gen_ai.request.model": model,
                        "purpose_agent.action": str(data.get("action", "")),
                        "purpose_agent.step": int(data.get("step", 0) or 0),
                    },
                )
                span.end(end_time=_ns(event.ts))
                count += 1
            elif event.type == "tool_call":
                span = tracer.start_span(
                    f"execute_tool {data.get('tool')}",
                    context=ctx,
                    start_time=_ns(previous),
                    attributes={
                        "gen_ai.operation.name": "execute_tool",
                        "gen_ai.tool.name": str(data.get("tool", "")),
                        "purpose_agent.tool_status": str(data.get("status", "")),
                    },
                )
                if data.get("status") not in ("ok", "repeated"):
                    span.set_status(otel.Status(otel.StatusCode.ERROR, str(data.get("status"))))
                span.end(end_time=_ns(event.ts))
                count += 1
            elif event.type == "score":
                root.add_event("purpose_agent.score", {"value": float(data.get("value", 0.0))}, _ns(event.ts))
            elif event.type == "error":
                root.add_event("exception", {"exception.message": str(data.get("error", ""))}, _ns(event.ts))
            elif event.type == "prompt_compiled":
                tokens = data.get("total_tokens")
                if isinstance(tokens, int):
                    input_tokens = max(input_tokens, tokens)
            previous = event.ts
        tokens_total = finished.get("tokens")
        if isinstance(tokens_total, int):
            output_tokens = max(tokens_total - input_tokens, 0)
        root.set_attribute("gen_ai.usage.input_tokens", input_tokens)
        root.set_attribute("gen_ai.usage.output_tokens", output_tokens)
        if finished.get("status") in ("backend_error", "error") or not trace.finished:
            root.set_status(otel.Status(otel.StatusCode.ERROR, str(finished.get("error") or "unfinished")))
    finally:
        root.end(end_time=_ns(end))
    return count


class OtelPlugin:
    """Exports each finished episode's trace as spans (registered by :func:`instrument`)."""

    def __init__(self, tracer_provider: Any = None) -> None:
        self.tracer_provider = tracer_provider

    @hookimpl
    def on_episode_end(self, episode: Any, result: Any) -> None:
        path = getattr(episode, "trace_path", None)
        if not path:
            return
        try:
            export_trace(path, tracer_provider=self.tracer_provider)
        except Exception as exc:  # exporting must never break a run
            log.warning("could not export trace %s as spans: %s: %s", path, type(exc).__name__, exc)


def instrument(manager: Any = None, *, tracer_provider: Any = None) -> OtelPlugin:
    """Export every episode ``manager`` runs from now on as OpenTelemetry spans."""
    if manager is None:
        manager = get_plugin_manager()
    plugin = OtelPlugin(tracer_provider)
    manager.register(plugin, name=f"otel-{id(plugin):x}")
    return plugin
