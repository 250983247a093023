"""The replay test: validation cases run with and without a candidate, paired, decided by a stated rule.

Pairing (the same case, seed and settings on both arms) removes most of the variance between cases, which
is what makes a decision from a handful of validation cases on a laptop meaningful. The rule, its alpha,
the runs and the numbers are stored on the card, so anyone can see why it was promoted or rejected.

The gain rule is a one-sided exact sign test on the paired outcomes (a win: the candidate scored higher
on that case; a loss: lower; ties carry no information about the direction and are left out, as in
McNemar's test): promote when ``P(X >= wins | X ~ Binomial(wins + losses, 1/2)) <= alpha``. So a card
that does nothing is promoted with probability at most ``alpha``: the rule's stated error rate.

The test runs **sequentially** (group-sequential, one look after every case), and stops a candidate as
soon as it is decided:

- *boundary*: a candidate is promoted at the first look where the sign test on the pairs so far gives
  ``p <= nominal``. Looking after every case would inflate the error rate if ``nominal`` were ``alpha``
  itself, so ``nominal`` is the largest sign-test level at which a card with no effect (each untied pair a
  fair coin) crosses at *any* look of the planned cases with probability at most ``alpha``, computed
  exactly (:func:`nominal_level`, a walk over every win/loss path). For 6 cases at alpha 0.2 it is 0.125:
  three untied wins with no loss promote at once, which is what halves the cost of a promotion (a replay
  that had to rule out every later loss ran 9 to 12 of its 12 episodes);
- *curtailment* (exact): when even every remaining case a win cannot reach the boundary, it is rejected;
- *futility* (stochastic curtailment): when the predictive probability of reaching the boundary at any
  remaining look (a uniform Dirichlet prior over win/loss/tie, updated with the outcomes so far; a case
  whose "without" is known counts by what it can still do) falls below ``futility``, the candidate is
  rejected early. Futility stops only ever reject, so the error rate of a
  false promotion stays at most ``alpha``.

Decisions do not depend on how cases are batched (an executor may run a batch of them at once): the looks
are taken case by case in plan order, and runs past the deciding look are left out of the evidence.
The order itself never depends on scores: sorting cases by what they can still do (a case that already
scores 1.0 without can only tie or lose) would front-load wins and break the error rate of the looks.
``sequential=False`` replays every case and applies the fixed-sample test at ``alpha`` (the reference
``benchmarks/replay.py`` compares decisions and cost against).

Scores lie in [0, 1], so a case whose "without" score is already known bounds its own outcome: without
1.0 it can only tie or lose, without 0.0 only tie or win. The "without" runs of a validation case are the
same for every candidate replayed against the same store (a *round*: until a promotion changes the store),
so they run once per round and are shared (``known_without``). Curtailment counts each remaining case by
what it can still do, and cases whose "without" is known (one episode each instead of two) are replayed
first. ``ReplayEvidence.episodes`` counts the episodes a candidate really ran (shared runs once).
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
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
#: Stop for futility when the predictive probability of a promotion (at any remaining look) is below
#: this. 0.05 gives up a promotion the outcomes so far give less than a 1-in-20 chance; computed exactly,
#: it costs a card with a real effect little power (9 cases, win 0.5 / loss 0.1 / tie 0.4: promoted
#: 61% of the time, 66% at 0.01) and saves about one case in six. On the recorded candidates of
#: ``benchmarks/replay.py``, 0.15 already stops a card that full replay promotes: 0.05 keeps a threefold
#: margin.
DEFAULT_FUTILITY = 0.05


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
    (tested on the validation cases of its structure plus near-miss controls) or ``playbook`` (promoted
    with other general lessons replayed together, see :mod:`purpose_agent.learning.playbook`)."""
    playbook: list[str] = Field(default_factory=list)
    """At level ``playbook``: the ids of the cards promoted together (this one among them)."""
    episodes: int = 0
    """Episodes this replay ran: every "with" run, plus the "without" runs no earlier candidate of the
    same round had run (those are shared, see :func:`replay`)."""
    baseline_round: int = 0
    """Which round of the learning run replayed it: candidates of one round share their "without" runs;
    a promotion starts the next round."""


def rule_for(kind: str) -> Rule:
    return RULE_FOR_KIND.get(kind, "sign_test")


@lru_cache(maxsize=65536)
def sign_p_value(wins: int, n: int) -> float:
    """One-sided exact sign test: ``P(X >= wins)`` for ``X ~ Binomial(n, 1/2)``; 1.0 with no pairs."""
    if n <= 0 or wins <= 0:
        return 1.0
    tail: int = sum(math.comb(n, k) for k in range(wins, n + 1))
    return min(1.0, tail / float(2**n))


def _promotes(wins: int, losses: int, alpha: float) -> bool:
    return wins > losses and sign_p_value(wins, wins + losses) <= alpha


def crossing_probability(n: int, level: float) -> float:
    """Chance that ``n`` fair win/loss coins cross ``p <= level`` at some look (one look per coin).

    This is the error rate of the sequential rule for a card with no effect whose every pair is untied;
    ties only remove looks, so it bounds every tie pattern. Exact: a walk over (wins, losses) states,
    a crossed state absorbs.
    """
    alive: dict[tuple[int, int], float] = {(0, 0): 1.0}
    crossed = 0.0
    for _ in range(n):
        nxt: dict[tuple[int, int], float] = {}
        for (w, lo), prob in alive.items():
            for state in ((w + 1, lo), (w, lo + 1)):
                if _promotes(*state, level):
                    crossed += prob / 2
                else:
                    nxt[state] = nxt.get(state, 0.0) + prob / 2
        alive = nxt
    return crossed


@lru_cache(maxsize=1024)
def nominal_level(n: int, alpha: float) -> float:
    """The largest sign-test level whose :func:`crossing_probability` over ``n`` looks is ``<= alpha``.

    Only the test's attainable p-values matter (the level between two of them changes nothing), so the
    search runs over those, largest first is found by bisection (crossing is monotone in the level).
    """
    if n <= 0:
        return alpha
    levels = sorted(
        {p for m in range(1, n + 1) for w in range(1, m + 1) if (p := sign_p_value(w, m)) <= alpha}
    )
    lo, hi = 0, len(levels) - 1
    best = 0.0
    while lo <= hi:
        mid = (lo + hi) // 2
        if crossing_probability(n, levels[mid]) <= alpha + 1e-12:
            best, lo = levels[mid], mid + 1
        else:
            hi = mid - 1
    return best


def predictive_promotion(
    wins: int,
    losses: int,
    ties: int,
    remaining: int | Sequence[float | None],
    alpha: float,
    *,
    any_look: bool = False,
) -> float:
    """Probability that the replay still ends in a promotion, given the outcomes so far.

    The remaining outcomes follow the predictive (Polya-urn) law of a uniform Dirichlet(1, 1, 1) prior
    on the (win, loss, tie) rates updated with every outcome seen, the predicted ones included; exact
    enumeration over (wins, losses, ties) states. ``remaining`` is a count, or the known "without" score
    of each remaining case in plan order (None where unknown): a case known to score 1.0 without can only
    tie or lose, one known to score 0.0 only tie or win, which is what curtailment also counts.
    ``any_look``: a promotion at any remaining look counts (the sequential rule), not only at the last;
    the sequential rule must count it, or futility would call improbable a promotion that a later look
    of the same replay would make.
    """
    known: list[float | None] = [None] * remaining if isinstance(remaining, int) else list(remaining)
    if not known:
        return 1.0 if _promotes(wins, losses, alpha) else 0.0
    alive: dict[tuple[int, int, int], float] = {(wins, losses, ties): 1.0}
    crossed = 0.0
    for without in known:
        can_win = without is None or without < 1.0
        can_lose = without is None or without > 0.0
        nxt: dict[tuple[int, int, int], float] = {}
        for (w, lo, t), prob in alive.items():
            weights = ((1 + w) * can_win, (1 + lo) * can_lose, 1 + t)
            total = sum(weights)
            for state, weight in (((w + 1, lo, t), weights[0]), ((w, lo + 1, t), weights[1]),
                                  ((w, lo, t + 1), weights[2])):  # fmt: skip
                if not weight:
                    continue
                share = prob * weight / total
                if any_look and _promotes(state[0], state[1], alpha):
                    crossed += share
                else:
                    nxt[state] = nxt.get(state, 0.0) + share
        alive = nxt
    crossed += sum(prob for (w, lo, _), prob in alive.items() if _promotes(w, lo, alpha))
    return min(1.0, crossed)


@dataclass
class SequentialTest:
    """The decision state of one candidate's replay, updated batch by batch."""

    rule: Rule
    planned: int
    alpha: float = DEFAULT_ALPHA
    futility: float = DEFAULT_FUTILITY
    margin: float = 0.05
    controls: int = 0
    """Near-miss controls in the plan; they are replayed first, and none may be left for a promotion."""
    sequential: bool = True
    """Looks after every case at :attr:`level`; False: one fixed-sample test at ``alpha`` at the end."""

    @property
    def level(self) -> float:
        """The sign test's level at each look: the nominal one that keeps the overall error at alpha."""
        if not self.sequential:
            return self.alpha
        return nominal_level(self.planned - self.controls, self.alpha)

    def statement(self) -> str:
        if self.rule == "sign_test" and not self.sequential:
            return (
                f"promote when the one-sided exact sign test on paired wins/losses (ties left out) over "
                f"all {self.planned} cases gives p <= {self.alpha:g}, and no near-miss control is lost"
            )
        if self.rule == "sign_test":
            return (
                f"promote at the first look (one after every case) where the one-sided exact sign test on "
                f"the paired wins/losses so far (ties left out) gives p <= {self.level:.4g}, the level at "
                f"which a card with no effect crosses at any of the {self.planned - self.controls} looks "
                f"with probability <= alpha = {self.alpha:g} (exact), and no near-miss control is lost; "
                f"reject when no remaining case can reach that level or the predictive probability of a "
                f"promotion falls below {self.futility:g}"
            )
        return (
            f"promote when the mean paired gain >= -{self.margin:g} over the full split "
            f"({self.planned} cases; non-inferiority), stopping as soon as the bound is settled"
        )

    def settle(
        self, runs: Sequence[PairedRun], pending: Sequence[float | None] = ()
    ) -> tuple[bool | None, str]:
        """``(decision, how)`` once the outcome of the full split is known or a stop applies, else
        ``(None, "")`` to keep replaying. ``pending``: the known "without" score of each remaining case
        (None where not known yet), which bounds what that case can still do (scores lie in [0, 1])."""
        remaining = self.planned - len(runs)
        if any(r.control and r.gain < 0 for r in runs):
            return False, "settled"  # a lost near-miss control rejects outright
        if self.rule == "non_inferiority":
            total = sum(r.gain for r in runs)
            best, worst = (total + remaining) / self.planned, (total - remaining) / self.planned
            if worst >= -self.margin:
                return True, "settled" if remaining else "full"
            if best < -self.margin:
                return False, "settled" if remaining else "full"
            return None, ""
        scored = [r for r in runs if not r.control]
        wins = sum(1 for r in scored if r.gain > 0)
        losses = sum(1 for r in scored if r.gain < 0)
        ties = len(scored) - wins - losses
        level = self.level
        if remaining == 0:
            return _promotes(wins, losses, level), "full"
        if sum(1 for r in runs if r.control) < self.controls:
            # controls still to come: any of them could reject outright, and none can win
            return None, ""
        known = list(pending)[:remaining]
        known += [None] * (remaining - len(known))
        # a case known to score 1.0 without cannot win, one known to score 0.0 cannot lose
        can_win = sum(1 for w in known if w is None or w < 1.0)
        can_lose = sum(1 for w in known if w is None or w > 0.0)
        if self.sequential and _promotes(wins, losses, level):
            return True, "boundary"
        if _promotes(wins, losses + can_lose, level):
            return True, "settled"
        if not _promotes(wins + can_win, losses, level):
            return False, "settled"
        if predictive_promotion(wins, losses, ties, known, level, any_look=self.sequential) < self.futility:
            return False, "futility"
        return None, ""


def decide(
    runs: Sequence[PairedRun],
    rule: Rule,
    *,
    alpha: float = DEFAULT_ALPHA,
    futility: float = DEFAULT_FUTILITY,
    margin: float = 0.05,
    planned: int | None = None,
    stopped: str | None = None,
    controls: int | None = None,
    sequential: bool = False,
) -> ReplayEvidence:
    """Apply ``rule`` to paired runs; no runs means no evidence, which never promotes.

    ``planned`` is the size of the full split (default: ``len(runs)``, a full replay). ``sequential``:
    the runs are the looks of a sequential replay, tested at its nominal level (see
    :class:`SequentialTest`); otherwise one fixed-sample test at ``alpha``.
    """
    n = len(runs)
    planned = n if planned is None else planned
    n_controls = sum(1 for r in runs if r.control) if controls is None else controls
    test = SequentialTest(
        rule, planned, alpha=alpha, futility=futility, margin=margin, controls=n_controls,
        sequential=sequential,
    )  # fmt: skip
    level = test.level
    scored = [r for r in runs if not r.control]
    mean_without = sum(r.without for r in runs) / n if n else 0.0
    mean_with = sum(r.with_ for r in runs) / n if n else 0.0
    gain = mean_with - mean_without
    wins = sum(1 for r in scored if r.gain > 0)
    losses = sum(1 for r in scored if r.gain < 0)
    control_losses = sum(1 for r in runs if r.control and r.gain < 0)
    p_value = sign_p_value(wins, wins + losses)
    if n == 0 and planned > 0:  # settled by the round's shared "without" scores alone
        promote, how = False, "settled"
        reason = (
            f"rejected: none of the {planned} cases can show a gain (each already scores the maximum "
            "without it, in this round's shared runs), so the sign test cannot promote it; no run needed"
        )
    elif n == 0:
        promote, how = False, "full"
        reason = "no validation cases: nothing to replay, so nothing is promoted"
    else:
        settled, how = test.settle(runs)
        if settled is None:  # asked to decide early without a stop: the sign test on what ran
            settled = _promotes(wins, losses, level) if rule == "sign_test" else gain >= -margin
            how = "full"
        promote = settled
        controls = sum(1 for r in runs if r.control)
        why = {
            "full": "",
            "boundary": f"; stopped after {n} of {planned} cases: the sequential boundary was crossed",
            "settled": f"; stopped after {n} of {planned} cases: the rest could not change the decision",
            "futility": f"; stopped after {n} of {planned} cases: a promotion had become improbable",
        }[stopped or how]
        control_note = f", {control_losses} of {controls} near-miss controls lost" if controls else ""
        test_note = ""
        if rule == "sign_test":
            test_note = f", sign test p = {p_value:.3g} vs alpha {alpha:g}"
            if sequential:
                test_note += f" (level {level:.4g} at each look)"
        reason = (
            f"{'promoted' if promote else 'rejected'}: mean {mean_without:.3f} without -> "
            f"{mean_with:.3f} with (gain {gain:+.3f}, {wins} wins, {losses} losses over {len(scored)} "
            f"paired cases{control_note}{test_note}){why}"
        )
    return ReplayEvidence(
        rule=rule,
        alpha=alpha,
        statement=test.statement(),
        runs=list(runs),
        mean_without=mean_without,
        mean_with=mean_with,
        mean_gain=gain,
        wins=wins,
        losses=losses,
        p_value=p_value,
        nominal=level if sequential and rule == "sign_test" else None,
        promote=promote,
        reason=reason,
        planned=planned,
        stopped=stopped or how,
        control_losses=control_losses,
    )


RunBatch = Callable[[Sequence[str], bool], Sequence[float]]
"""``run_batch(case_ids, with_candidate) -> scores``: one batch of cases on one arm (may run concurrently)."""


def replay(
    case_ids: Sequence[str],
    run_case: Callable[[str, bool], float] | None,
    rule: Rule,
    *,
    controls: Sequence[str] = (),
    run_batch: RunBatch | None = None,
    batch_size: int = 1,
    alpha: float = DEFAULT_ALPHA,
    futility: float = DEFAULT_FUTILITY,
    margin: float = 0.05,
    sequential: bool = True,
    on_batch: Callable[[int, int], None] | None = None,
    known_without: Callable[[str], float | None] | None = None,
    without_first: bool = False,
    together: bool = False,
) -> ReplayEvidence:
    """Run cases without then with the candidate, a batch at a time, until the rule's decision settles.

    ``case_ids`` are where the candidate should help; ``controls`` are near misses where it must not
    hurt (replayed first: a misfire shows there soonest). Give ``run_case(case_id, with_candidate)`` or
    ``run_batch(case_ids, with_candidate)``; ``on_batch(cases_done, planned)`` is called after each batch.
    ``known_without(case_id)`` gives a "without" score already run in this round (shared, not run or
    counted again), or None. ``without_first``: run the "without" arm of every case before any "with"
    run (worth it when later candidates of the round will share those runs): then every remaining case is
    bounded, and a candidate that cannot win anywhere is rejected without a single "with" run.
    ``sequential=False`` replays every case (the reference the savings are measured against).
    ``together``: run a batch's "without" and "with" runs at the same time (an executor that runs
    episodes side by side); both always run, so only the time changes.
    """
    if run_batch is None:
        if run_case is None:
            raise ValueError("replay needs run_case or run_batch")
        single = run_case

        def run_batch(ids: Sequence[str], with_card: bool) -> list[float]:
            return [single(c, with_card) for c in ids]

    prefetched: dict[str, float] = {}  # "without" scores this replay ran ahead (``without_first``)

    def known(case_id: str) -> float | None:
        value = prefetched.get(case_id)
        if value is None and known_without is not None:
            value = known_without(case_id)
        return value

    left = [(c, True) for c in controls] + [(c, False) for c in case_ids]
    planned = len(left)
    test = SequentialTest(
        rule, planned, alpha=alpha, futility=futility, margin=margin, controls=len(controls),
        sequential=sequential,
    )  # fmt: skip
    runs: list[PairedRun] = []
    episodes = 0

    def decided(stopped: str | None, n_controls: int) -> ReplayEvidence:
        evidence = decide(
            runs, rule, alpha=alpha, futility=futility, margin=margin, planned=planned, stopped=stopped,
            controls=n_controls, sequential=sequential,
        )  # fmt: skip
        return evidence.model_copy(update={"episodes": episodes})

    size = max(1, batch_size)
    if sequential and without_first:
        todo_all = [c for c, _ in left if known(c) is None]
        if todo_all:  # all of them run whatever they score: one batch, so an executor runs them at once
            prefetched.update(zip(todo_all, run_batch(todo_all, False), strict=True))
            episodes += len(todo_all)
            if on_batch is not None:
                on_batch(0, planned)
    if sequential and left:  # the shared scores alone may settle it (no case left can win, say)
        settled, how = test.settle(runs, [known(c) for c, ctl in left if not ctl])
        if settled is not None and how == "settled":  # exact: no case left can change the decision
            return decided(how, 0)

    def order(item: tuple[str, bool]) -> tuple[bool, bool]:
        # controls first (a lost one rejects outright); then cases whose "without" is known (one episode,
        # not two); otherwise plan order. Never by score: that would front-load wins at the looks.
        return (not item[1], known(item[0]) is None)

    while left:
        if sequential:
            left.sort(key=order)
        batch, left = left[:size], left[size:]
        ids = [c for c, _ in batch]
        shared = {c: known(c) for c in ids}
        todo = [c for c in ids if shared[c] is None]
        ran, with_ = _both_arms(run_batch, todo, ids, together)
        without = [ran[c] if (v := shared[c]) is None else v for c in ids]
        episodes += len(todo) + len(ids)
        new = [
            PairedRun(case_id=c, without=w, control=ctl, **{"with": v})
            for (c, ctl), w, v in zip(batch, without, with_, strict=True)
        ]
        if on_batch is not None:
            on_batch(len(runs) + len(new), planned)
        # one look per case, in plan order, whatever the batch size: the decision and its evidence do
        # not depend on how many cases an executor ran at once (runs past the deciding look are left out)
        for k, run in enumerate(new):
            runs.append(run)
            rest = [c for c, ctl in [*batch[k + 1 :], *left] if not ctl]
            if sequential and (left or k < len(new) - 1):
                settled, how = test.settle(runs, [known(c) for c in rest])
                if settled is not None:
                    return decided(how, len(controls))
    return decided(None, len(controls))


def _both_arms(
    run_batch: RunBatch, todo: Sequence[str], ids: Sequence[str], together: bool
) -> tuple[dict[str, float], list[float]]:
    """A batch's "without" runs (``todo``: those not shared yet) and its "with" runs (``ids``).

    Every one of them runs whatever the other scores (the decision is taken after the batch), so with
    ``together`` they go to the executor at the same time, the "without" runs from a second thread."""
    if not (together and todo):
        ran = dict(zip(todo, run_batch(todo, False), strict=True)) if todo else {}
        return ran, list(run_batch(ids, True))
    with ThreadPoolExecutor(1, thread_name_prefix="purpose-replay-without") as pool:
        without = pool.submit(contextvars.copy_context().run, run_batch, todo, False)
        try:
            with_ = list(run_batch(ids, True))
        finally:
            scores = without.result()  # waited for (and its error raised) even when "with" failed
    return dict(zip(todo, scores, strict=True)), with_
