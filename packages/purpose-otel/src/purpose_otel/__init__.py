"""OpenTelemetry spans for Purpose Agent episodes, model calls and tool calls (GenAI conventions).

``instrument()`` exports every finished episode of a plugin manager as spans; ``export_trace()`` turns
one trace file into spans. The kernel writes the JSONL trace files; this distribution only reads them, so
a run without it is unchanged.
"""

from purpose_otel.otel import export_trace, instrument

__all__ = ["export_trace", "instrument"]
