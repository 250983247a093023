"""The replay rule: a one-sided exact sign test at a stated alpha, replayed with one look after every case at
the nominal level that keeps the error of all looks together at alpha, stopped when a look crosses it, when
no remaining case can reach it, or when a promotion has become improbable. (Was part of purpose-core's
tests/test_learning_replay.py, with the rule.)"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_agent.plugin import PairedRun, rule_for
from purpose_learn.replay import (
    crossing_probability,
    decide,
    nominal_level,
    predictive_promotion,
    replay,
    sign_p_value,
)

# -- the rule -------------------------------------------------------------------------------------------


def test_sign_test_p_values_are_exact() -> None:
    assert sign_p_value(4, 4) == 1 / 16
    assert sign_p_value(5, 6) == 7 / 64
    assert sign_p_value(0, 3) == 1.0 and sign_p_value(0, 0) == 1.0


def runs_of(outcomes: Sequence[int]) -> list[PairedRun]:
    """+1 a win, -1 a loss, 0 a tie."""
    return [PairedRun(case_id=str(i), without=0.0 if o > 0 else 0.5, **{"with": 0.5 + o / 2}) for i, o in
            enumerate(outcomes)]  # fmt: skip


def test_the_rule_and_alpha_are_stated_and_ties_carry_no_weight() -> None:
    four = decide(runs_of([1, 1, 1, 1]), "sign_test", alpha=0.1)
    assert four.promote and four.p_value == 1 / 16 and four.alpha == 0.1
    assert "sign test" in four.statement and "0.1" in four.statement and "p = 0.0625" in four.reason
    assert not decide(runs_of([1, 1, 1, 1]), "sign_test", alpha=0.05).promote
    assert not decide(runs_of([1, 1, 1, 0]), "sign_test", alpha=0.1).promote  # 3 of 3: p = 0.125
    assert decide(runs_of([1, 1, 1, 1, 0, 0]), "sign_test", alpha=0.1).promote


def crosses(outcomes: Sequence[int], level: float) -> bool:
    """The group-sequential rule written out: promote at the first look whose sign test gives p <= level."""
    wins = losses = 0
    for o in outcomes:
        wins, losses = wins + (o > 0), losses + (o < 0)
        if wins > losses and sign_p_value(wins, wins + losses) <= level:
            return True
    return False


def test_the_nominal_level_keeps_the_error_of_every_look_together_at_alpha() -> None:
    for alpha in (0.05, 0.1, 0.2):
        for n in range(1, 41):
            level = nominal_level(n, alpha)
            assert level <= alpha and crossing_probability(n, level) <= alpha
            # no level at all only when even n wins of n could not be significant (1 / 2**n > alpha)
            assert (level == 0.0) == (sign_p_value(n, n) > alpha)
            # the largest such level: the next attainable p-value above it would exceed alpha
            above = [
                p
                for m in range(1, n + 1)
                for w in range(1, m + 1)
                if level < (p := sign_p_value(w, m)) <= alpha
            ]
            assert not above or crossing_probability(n, min(above)) > alpha
    assert nominal_level(6, 0.2) == 0.125  # three untied wins of three promote at once


@pytest.mark.parametrize("n", [4, 6, 9])
def test_a_card_with_no_effect_is_promoted_at_most_alpha_of_the_time(n: int) -> None:
    """Every win/loss sequence of n untied cases, replayed through the real sequential replay: the share
    promoted (each sequence equally likely for a card with no effect) is at most alpha."""
    promoted = 0
    for bits in range(2**n):
        outcomes = [1 if bits >> i & 1 else -1 for i in range(n)]
        table = {f"c{i}": o for i, o in enumerate(outcomes)}

        def run_case(case: str, with_card: bool, t: dict[str, int] = table) -> float:
            return 0.5 + t[case] / 2 if with_card else 0.5

        exact = replay(list(table), run_case, "sign_test", alpha=0.2, futility=0.0)
        assert exact.promote == crosses(outcomes, nominal_level(n, 0.2))
        # futility stops only ever reject
        assert replay(list(table), run_case, "sign_test", alpha=0.2).promote <= exact.promote
        promoted += exact.promote
    assert promoted / 2**n <= 0.2


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([-1, 0, 1]), min_size=1, max_size=24),
    st.sampled_from([0.05, 0.1, 0.2]),
    st.integers(1, 5),
)
def test_sequential_replay_follows_its_rule_whatever_the_batch_size(
    outcomes: list[int], alpha: float, batch: int
) -> None:
    table = {str(i): o for i, o in enumerate(outcomes)}

    def run_case(case: str, with_card: bool) -> float:
        return 0.5 + table[case] / 2 if with_card else (0.0 if table[case] > 0 else 0.5)

    ids = list(table)
    full = replay(ids, run_case, "sign_test", alpha=alpha, sequential=False)
    one = replay(ids, run_case, "sign_test", alpha=alpha, futility=0.0)
    seq = replay(ids, run_case, "sign_test", alpha=alpha, futility=0.0, batch_size=batch)
    assert seq.promote == crosses(outcomes, nominal_level(len(ids), alpha))
    assert full.promote == (full.wins > full.losses and full.p_value <= alpha) and len(full.runs) == len(ids)
    # looks are taken case by case: batching changes the episodes run, never the decision or its evidence
    assert (seq.promote, seq.runs, seq.stopped) == (one.promote, one.runs, one.stopped)
    assert seq.nominal == nominal_level(len(ids), alpha) and full.nominal is None
    if len(seq.runs) < len(ids):
        assert seq.stopped == ("boundary" if seq.promote else "settled")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([0.0, 0.5, 1.0]), st.sampled_from([0.0, 0.5, 1.0])), min_size=1,
             max_size=16),
    st.lists(st.booleans(), max_size=16),
    st.sampled_from([0.05, 0.1, 0.2]),
)  # fmt: skip
def test_shared_without_runs_are_not_repeated_and_keep_the_rule(
    pairs: list[tuple[float, float]], shared: list[bool], alpha: float
) -> None:
    """A round's earlier candidate ran some "without" cases: they are not run again, they go first (one
    episode instead of two) in plan order, and the decision is the rule's on the cases in that order."""
    table = {f"c{i}": p for i, p in enumerate(pairs)}
    known = {c: table[c][0] for c, k in zip(table, shared, strict=False) if k}
    ran: list[tuple[str, bool]] = []

    def run_case(case: str, with_card: bool) -> float:
        ran.append((case, with_card))
        return table[case][1 if with_card else 0]

    seq = replay(list(table), run_case, "sign_test", alpha=alpha, futility=0.0, known_without=known.get)
    order = [c for c in table if c in known] + [c for c in table if c not in known]
    signs = [(table[c][1] > table[c][0]) - (table[c][1] < table[c][0]) for c in order]
    assert seq.promote == crosses(signs, nominal_level(len(table), alpha))
    assert not any(c in known for c, with_card in ran if not with_card)  # a shared run is not repeated
    assert seq.episodes == len(ran) <= 2 * len(table)
    assert {r.case_id: r.without for r in seq.runs} == {r.case_id: table[r.case_id][0] for r in seq.runs}


def test_known_scores_settle_a_promotion_before_the_split_ends() -> None:
    """Six wins: at alpha 0.1 the level at each of six looks is 0.0625, so the fourth untied win
    promotes; the last two cases never run, and the "without" scores were shared."""
    table = {f"c{i}": (0.0, 1.0) for i in range(6)}
    evidence = replay(
        list(table), lambda c, w: table[c][1 if w else 0], "sign_test", alpha=0.1,
        known_without=lambda c: table[c][0],
    )  # fmt: skip
    assert evidence.promote and evidence.stopped == "boundary" and len(evidence.runs) == 4
    assert evidence.episodes == 4  # "with" runs only: the "without" scores were shared
    assert evidence.nominal == 0.0625 and "level 0.0625 at each look" in evidence.reason


def test_a_candidate_that_does_nothing_stops_early_for_futility() -> None:
    calls: list[tuple[str, bool]] = []

    def run_case(case: str, with_card: bool) -> float:
        calls.append((case, with_card))
        return 0.0

    ids = [f"c{i}" for i in range(20)]
    evidence = replay(ids, run_case, "sign_test", alpha=0.1, futility=0.05)
    assert not evidence.promote and evidence.stopped == "futility" and evidence.planned == 20
    assert len(evidence.runs) < 10 and len(calls) == 2 * len(evidence.runs)
    assert "stopped after" in evidence.reason
    # the predictive probability that stopped it
    assert (
        predictive_promotion(0, 0, len(evidence.runs), 20 - len(evidence.runs), nominal_level(20, 0.1)) < 0.05
    )


def _final_look_by_hand(wins: int, losses: int, ties: int, remaining: int, level: float) -> float:
    """The Dirichlet-multinomial probability of ending in a promotion at the last look, term by term."""
    import math

    a = (1 + wins, 1 + losses, 1 + ties)
    total = 0.0
    for w in range(remaining + 1):
        for lo in range(remaining - w + 1):
            t = remaining - w - lo
            if w + wins > lo + losses and sign_p_value(w + wins, w + wins + lo + losses) <= level:
                ways = math.factorial(remaining) // math.prod(map(math.factorial, (w, lo, t)))
                rising = math.prod(a[0] + i for i in range(w)) * math.prod(a[1] + i for i in range(lo))
                rising *= math.prod(a[2] + i for i in range(t))
                total += ways * rising / math.prod(sum(a) + i for i in range(remaining))
    return total


@pytest.mark.parametrize("state", [(0, 0, 0, 6), (1, 1, 0, 4), (0, 1, 2, 5), (2, 0, 1, 3)])
def test_futility_counts_a_promotion_at_any_remaining_look(state: tuple[int, int, int, int]) -> None:
    wins, losses, ties, remaining = state
    level = nominal_level(wins + losses + ties + remaining, 0.2)
    last = predictive_promotion(wins, losses, ties, remaining, level)
    assert last == pytest.approx(_final_look_by_hand(wins, losses, ties, remaining, level))
    anywhere = predictive_promotion(wins, losses, ties, remaining, level, any_look=True)
    # a path that crosses and then loses again is a promotion for the sequential rule, not at the end
    assert anywhere >= last
    if state == (0, 0, 0, 6):
        assert anywhere > last


def test_futility_knows_what_a_case_with_a_known_without_score_can_still_do() -> None:
    level = nominal_level(6, 0.2)
    # three untied wins so far is a crossing; here one win and three cases that can only tie or lose
    assert predictive_promotion(1, 0, 2, [1.0, 1.0, 1.0], level, any_look=True) == 0.0
    unknown = predictive_promotion(1, 0, 2, [None, None, None], level, any_look=True)
    can_only_win = predictive_promotion(1, 0, 2, [0.0, 0.0, 0.0], level, any_look=True)
    assert 0.0 < unknown < can_only_win


def test_batches_run_together_and_the_bounds_are_checked_after_each() -> None:
    batches: list[tuple[tuple[str, ...], bool]] = []

    def run_batch(ids: Sequence[str], with_card: bool) -> list[float]:
        batches.append((tuple(ids), with_card))
        return [1.0 if with_card else 0.0 for _ in ids]

    seen: list[tuple[int, int]] = []
    evidence = replay(
        [f"c{i}" for i in range(12)], None, "sign_test", run_batch=run_batch, batch_size=4, alpha=0.2,
        on_batch=lambda done, planned: seen.append((done, planned)),
    )  # fmt: skip
    # the level at each of 12 looks is 0.113: the fourth win (p = 1/16) crosses it, the third (1/8) not;
    # the batch ran four cases, the evidence holds the looks up to the deciding one
    assert nominal_level(12, 0.2) == pytest.approx(0.1133, abs=1e-4)
    assert evidence.promote and evidence.stopped == "boundary" and len(evidence.runs) == 4
    assert [len(ids) for ids, _ in batches] == [4, 4] and seen == [(4, 12)]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([0.0, 0.5, 1.0]), st.sampled_from([0.0, 0.5, 1.0])), min_size=1,
             max_size=12),
    st.lists(st.booleans(), max_size=12),
    st.sampled_from([1, 2]),
)  # fmt: skip
def test_both_arms_together_change_nothing_but_the_time(
    pairs: list[tuple[float, float]], shared: list[bool], batch: int
) -> None:
    """``together``: a batch's "with" and "without" runs go out at the same time; the evidence (runs,
    decision, reason, episodes) is the one-after-another replay's."""
    table = {f"c{i}": p for i, p in enumerate(pairs)}
    known = {c: table[c][0] for c, k in zip(table, shared, strict=False) if k}

    def run_batch(ids: Sequence[str], with_card: bool) -> list[float]:
        return [table[c][1 if with_card else 0] for c in ids]

    def run(together: bool) -> Any:
        return replay(
            list(table), None, "sign_test", run_batch=run_batch, batch_size=batch, known_without=known.get,
            together=together,
        )  # fmt: skip

    assert run(True) == run(False)


def test_together_runs_a_cases_with_and_without_arms_at_the_same_time() -> None:
    import threading
    import time

    active, peak, lock = [0], [0], threading.Lock()

    def run_batch(ids: Sequence[str], with_card: bool) -> list[float]:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.2)
        with lock:
            active[0] -= 1
        return [1.0 if with_card else 0.0 for _ in ids]

    evidence = replay(["c0", "c1", "c2"], None, "sign_test", run_batch=run_batch, together=True)
    assert evidence.promote and len(evidence.runs) == 3 and evidence.episodes == 6
    assert peak[0] == 2  # each case's two runs were in flight together


def test_a_lost_near_miss_control_rejects_even_with_gains_elsewhere() -> None:
    runs = [*runs_of([1] * 6), PairedRun(case_id="near", without=1.0, control=True, **{"with": 0.0})]
    evidence = decide(runs, "sign_test", alpha=0.1)
    assert not evidence.promote and evidence.control_losses == 1 and evidence.wins == 6
    assert "1 of 1 near-miss controls lost" in evidence.reason


def test_replay_rules() -> None:  # each rule's fixed-sample decision (was in core's test_runtime_pieces.py)
    better = [PairedRun(case_id=str(i), without=0.0, **{"with": 1.0}) for i in range(4)]
    worse = [PairedRun(case_id=str(i), without=1.0, **{"with": 0.0}) for i in range(4)]
    same = [PairedRun(case_id=str(i), without=0.5, **{"with": 0.5}) for i in range(4)]
    assert decide(better, "sign_test").promote
    assert not decide(worse, "sign_test").promote
    assert not decide(same, "sign_test").promote
    assert decide(same, "non_inferiority").promote
    assert not decide(worse, "non_inferiority").promote
    assert not decide([], "non_inferiority").promote
    assert rule_for("user_preference") == "non_inferiority" and rule_for("skill_card") == "sign_test"
