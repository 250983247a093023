"""The provenance gate's kernel side: memory CI asks the gate what a card's origin allows, and fails closed.

The gate itself (origin classes, which kinds each origin may fill without a person, withholding untrusted
prose from data fields, scanning every form a card takes, the rules on data-sending steps, credentials and
scoring) is the purpose-provenance distribution (``purpose_provenance``), which purpose-learn installs.
Memory CI calls the four functions below whatever is installed; this module only decides what happens
when the gate is missing: nothing is let through on replay alone. Every card is then held for a person's
review (:data:`MISSING`), so a taught or imported card, or one an optimizer proposed from a tool's output,
is never promoted silently; its text is still scanned by :func:`~purpose_agent.immune.scan.scan_memory`,
which fails closed on its own. A person's ``purpose memory review --approve`` still promotes it.

The gate is looked up by its import name, not through a registry: a security check that a
``PURPOSE_AGENT_DISABLED_PLUGINS`` entry could switch off would not be one (docs/architecture.md,
"The provenance gate").
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from purpose_agent.immune.scan import scan_memory

if TYPE_CHECKING:  # pragma: no cover
    from purpose_agent.memory.card import MemoryCard
    from purpose_agent.types import ScanResult

#: The gate's import name and the distribution that provides it.
GATE = "purpose_provenance"
DISTRIBUTION = "purpose-provenance"
#: Why every card waits for a person when the gate is not installed.
MISSING = (
    f"no provenance gate is installed (pip install {DISTRIBUTION}); a person must approve every memory"
)
#: Where memory CI records the gate's reasons on a card it holds for a person.
REVIEW_KEY = "review_required"


@dataclass
class Verdict:
    """What the gate says of one card: its origin class and the rules it breaks (none: replay decides)."""

    origin: str
    reasons: list[str] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return bool(self.reasons)

    def summary(self) -> str:
        return "; ".join(self.reasons)


def gate() -> ModuleType | None:
    """The installed gate module, or None when purpose-provenance is not installed."""
    try:
        return importlib.import_module(GATE)
    except ModuleNotFoundError as exc:
        if exc.name != GATE:
            raise  # the gate is installed but broken: a bug to see, never a reason to let cards through
        return None


def taught(card: MemoryCard) -> bool:
    """A person stated this card (``team.teach``): when flagged it waits for them instead of vanishing."""
    evidence = card.provenance.evidence
    return card.provenance.optimizer == "teach" or bool(evidence.get("taught_by"))


def review_reasons(card: MemoryCard) -> list[str]:
    """What the gate recorded on ``card`` when it held it for a person (empty: not held)."""
    held = card.provenance.evidence.get(REVIEW_KEY)
    return [str(r) for r in held] if isinstance(held, list) else []


def prepare(card: MemoryCard, *, origin: str | None = None) -> MemoryCard:
    """Before a card is first stored: the gate records its origin, caps its trust and withholds untrusted
    text; without the gate the card is stored as it is (:func:`check` holds it)."""
    installed = gate()
    return card if installed is None else installed.prepare(card, origin=origin)


def scan_forms(card: MemoryCard, *, manager: Any, proposed: MemoryCard | None = None) -> ScanResult:
    """The card scanned in every form it takes (the gate's ``scan_forms``); without the gate, as stored."""
    installed = gate()
    if installed is None:
        return scan_memory(card, manager=manager)
    result: ScanResult = installed.scan_forms(card, manager=manager, proposed=proposed)
    return result


def check(card: MemoryCard, *, signed: bool = False) -> Verdict:
    """Which provenance rules ``card`` breaks; without the gate, every card needs a person (fail closed).

    ``signed``: the card arrived in an export whose signature verified with the user's key.
    """
    installed = gate()
    if installed is None:
        return Verdict(origin="unchecked", reasons=[MISSING])
    verdict: Verdict = installed.check(card, signed=signed)
    return verdict
