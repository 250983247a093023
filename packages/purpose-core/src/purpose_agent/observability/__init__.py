"""Observability: OpenTelemetry spans for episodes, model calls and tool calls (GenAI conventions).

``instrument()`` exports every finished episode of a plugin manager as spans; ``export_trace()`` turns
one trace file into spans. Needs the ``otel`` extra (``pip install 'purpose-core[otel]'``); the trace
files themselves, and ``purpose trace show``, need nothing extra.
"""

from purpose_agent.observability.otel import export_trace, instrument

__all__ = ["export_trace", "instrument"]
