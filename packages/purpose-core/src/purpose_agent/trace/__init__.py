"""Episode traces: one JSONL file per episode, schema-versioned, secrets redacted on write."""

from purpose_agent.trace.events import SCHEMA_VERSION, EventType, TraceEvent, TraceHeader
from purpose_agent.trace.reader import Trace, iter_traces, read_trace
from purpose_agent.trace.writer import TraceWriter, new_trace_id

__all__ = [
    "SCHEMA_VERSION",
    "EventType",
    "Trace",
    "TraceEvent",
    "TraceHeader",
    "TraceWriter",
    "iter_traces",
    "new_trace_id",
    "read_trace",
]
