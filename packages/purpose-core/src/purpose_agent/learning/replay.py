"""The replay test: validation cases run with and without a candidate, paired, decided by a stated rule.

Pairing (the same case, seed and settings on both arms) removes most of the variance between cases, which
is what makes a decision from a handful of validation cases on a laptop meaningful. The rule, the runs and
the numbers are stored on the card, so anyone can see why it was promoted or rejected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import BaseModel, Field

Rule = Literal["paired_gain", "non_inferiority"]

#: Which rule each kind is held to. Preferences and purpose contracts shape style rather than task
#: success, so they only need to do no harm; everything else must show a gain.
RULE_FOR_KIND: dict[str, Rule] = {
    "user_preference": "non_inferiority",
    "purpose_contract": "non_inferiority",
}


class PairedRun(BaseModel):
    case_id: str
    without: float
    with_: float = Field(alias="with")

    model_config = {"populate_by_name": True}

    @property
    def gain(self) -> float:
        return self.with_ - self.without


class ReplayEvidence(BaseModel):
    rule: Rule
    statement: str
    runs: list[PairedRun]
    mean_without: float
    mean_with: float
    mean_gain: float
    wins: int
    losses: int
    promote: bool
    reason: str


def rule_for(kind: str) -> Rule:
    return RULE_FOR_KIND.get(kind, "paired_gain")


#: Paired wins a gain rule needs (or every case, on a split smaller than this). One lucky case out of four
#: promoted cards that then hurt on the test split; two independent wins is the least a rule should trust.
MIN_WINS = 2


def decide(
    runs: Sequence[PairedRun],
    rule: Rule,
    *,
    min_gain: float = 0.0,
    margin: float = 0.05,
    min_wins: int = MIN_WINS,
) -> ReplayEvidence:
    """Apply ``rule`` to paired runs; no runs means no evidence, which never promotes."""
    n = len(runs)
    mean_without = sum(r.without for r in runs) / n if n else 0.0
    mean_with = sum(r.with_ for r in runs) / n if n else 0.0
    gain = mean_with - mean_without
    wins = sum(1 for r in runs if r.gain > 0)
    losses = sum(1 for r in runs if r.gain < 0)
    if rule == "paired_gain":
        need = min(min_wins, n)
        statement = (
            f"promote when the mean paired gain > {min_gain:g}, wins > losses and at least {need} "
            f"paired win{'s' if need != 1 else ''}"
        )
        promote = n > 0 and gain > min_gain and wins > losses and wins >= need
    else:
        statement = f"promote when the mean paired gain >= -{margin:g} (non-inferiority)"
        promote = n > 0 and gain >= -margin
    if n == 0:
        reason = "no validation cases: nothing to replay, so nothing is promoted"
    else:
        reason = (
            f"{'promoted' if promote else 'rejected'}: mean {mean_without:.3f} without -> "
            f"{mean_with:.3f} with "
            f"(gain {gain:+.3f}, {wins} wins, {losses} losses over {n} paired cases)"
        )
    return ReplayEvidence(
        rule=rule,
        statement=statement,
        runs=list(runs),
        mean_without=mean_without,
        mean_with=mean_with,
        mean_gain=gain,
        wins=wins,
        losses=losses,
        promote=promote,
        reason=reason,
    )


def replay(
    case_ids: Sequence[str], run_case: Callable[[str, bool], float], rule: Rule, **kwargs: float
) -> ReplayEvidence:
    """Run every case without then with the candidate (``run_case(case_id, with_candidate)``) and decide."""
    runs = [PairedRun(case_id=c, without=run_case(c, False), **{"with": run_case(c, True)}) for c in case_ids]
    return decide(runs, rule, **kwargs)
