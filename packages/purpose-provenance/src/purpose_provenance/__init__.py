"""purpose-provenance: the provenance gate memory CI asks before a memory may shape a prompt.

Where a card's text came from (a person, the model, a tool's output, a document, an import) decides which
kinds it may fill without a person's approval; untrusted prose is withheld from data fields, every form a
card takes is scanned, and data-sending steps, credential reads and scoring rules wait for a person. The
kernel's memory CI (``purpose_agent.learning.provenance``) calls :func:`prepare`, :func:`scan_forms` and
:func:`check`; without this distribution installed it holds every card for review. Was
``purpose_agent.learning.provenance``; names are imported on first use (docs/architecture.md).
"""

from __future__ import annotations

from purpose_agent.plugin import lazy_exports

_EXPORTS = {
    name: "purpose_provenance.gate"
    for name in (
        "DATA_FIELDS",
        "MAX_TRUST",
        "MAY_FILL",
        "ORIGINS",
        "UNTRUSTED",
        "WITHHELD",
        "check",
        "filled_steps",
        "is_inert",
        "origin_of",
        "prepare",
        "scan_forms",
        "source_forms",
    )
}

__all__, __getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
