"""What a replay hands memory CI: the paired runs, the rule a card's kind is held to, the evidence.

The replay itself (the sequential sign test, its looks, curtailment and futility, the runs of a learning
pass) is the learning pipeline's, ``purpose_learn.replay`` in purpose-learn; the kernel keeps only the
types memory CI decides on (:meth:`~purpose_agent.learning.memory_ci.MemoryCI.decide`), so a kernel
install can read, store and act on evidence without the statistics. docs/architecture.md, "The plugin API".
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Rule = Literal["sign_test", "non_inferiority"]

#: Which rule each kind is held to. Preferences and purpose contracts shape style rather than task
#: success, so they only need to do no harm; everything else must show a gain.
RULE_FOR_KIND: dict[str, Rule] = {
    "user_preference": "non_inferiority",
    "purpose_contract": "non_inferiority",
}

#: One-sided error rate of the sign test: a candidate with no effect is promoted at most this often.
#: Validation splits here are small (6 cases in a 16-task run) and the model already solves some of them
#: (ties), so 0.1 rejected a card winning 3 of 3 untied cases (p = 0.125) that lifted arithmetic from 33%
#: to 83% on validation; at 0.2, 3 untied wins of 3 promote and 2 of 2 (p = 0.25, the old rule's two
#: wins) do not.
DEFAULT_ALPHA = 0.2


class PairedRun(BaseModel):
    case_id: str
    without: float
    with_: float = Field(alias="with")
    control: bool = False
    """A near-miss negative control (the card must not apply there; it must not hurt)."""

    model_config = {"populate_by_name": True}

    @property
    def gain(self) -> float:
        return self.with_ - self.without


class ReplayEvidence(BaseModel):
    rule: Rule
    alpha: float = DEFAULT_ALPHA
    statement: str
    runs: list[PairedRun]
    mean_without: float
    mean_with: float
    mean_gain: float
    wins: int
    losses: int
    p_value: float = 1.0
    nominal: float | None = None
    """The sign test's level at each look of a sequential replay (see :func:`nominal_level`); None for a
    fixed-sample decision at ``alpha``."""
    promote: bool
    reason: str
    planned: int = 0
    """Cases the full replay would have run; ``len(runs)`` is how many ran before the decision settled."""
    stopped: str = "full"
    """``full`` (every case ran), ``boundary`` (a sequential look crossed the promotion boundary),
    ``settled`` (curtailed: no remaining case could change the decision) or ``futility`` (a promotion had
    become improbable)."""
    control_losses: int = 0
    """Losses on near-miss controls; any of them rejects a task-family card."""
    level: str = "general"
    """What the card claims: ``general`` (tested on the whole validation split) or ``task family``
    (tested on the validation cases of its structure plus near-miss controls)."""
    episodes: int = 0
    """Episodes this replay ran: every "with" run, plus the "without" runs no earlier candidate of the
    same round had run (those are shared, see :func:`replay`)."""
    baseline_round: int = 0
    """Which round of the learning run replayed it: candidates of one round share their "without" runs;
    a promotion starts the next round."""


def rule_for(kind: str) -> Rule:
    return RULE_FOR_KIND.get(kind, "sign_test")
