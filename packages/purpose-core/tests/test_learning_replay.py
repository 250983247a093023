"""The sequential replay rule, structural matching, near-miss controls and misfire retirement.

The rule: a one-sided exact sign test at a stated alpha, replayed with one look after every case at the
nominal level that keeps the error of all looks together at alpha, stopped when a look crosses it, when no
remaining case can reach it, or when a promotion has become improbable. The scripted backend's
answers depend on what the prompt shows, so a card's effect on each validation case is known in advance.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from purpose_agent.config import BudgetsConfig, LearningConfig, PluginsConfig, Settings
from purpose_agent.learning.loop import replay_candidates, replay_plan
from purpose_agent.learning.memory_ci import MemoryCI
from purpose_agent.learning.misfire import record_use
from purpose_agent.learning.replay import (
    PairedRun,
    crossing_probability,
    decide,
    nominal_level,
    predictive_promotion,
    replay,
    sign_p_value,
)
from purpose_agent.llm.protocol import Message
from purpose_agent.memory.card import MemoryCard, MemoryScope, Provenance
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.structure import matches, near_miss, structure_of
from purpose_agent.plugins import PluginManager
from purpose_agent.runtime.procedures import (
    family_structure,
    from_skill_fields,
    generalize,
    instantiate,
    to_skill_fields,
)
from purpose_agent.runtime.retrieval import LESSONS, applies
from purpose_agent.runtime.task import Task
from purpose_agent.testing import ScriptedBackend
from purpose_agent.types import ToolResult
from purpose_optimizers.cases import CaseOptimizer
from purpose_team import AgentTemplate, Team

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


# -- structure ------------------------------------------------------------------------------------------

# The episode wrote the operator itself (the operands swapped, not the task's span copied): the card's
# steps depend on "*", so "*" stays in its structure.
MULTIPLY = generalize(
    "What is 12 * 34?",
    [("calculator", {"expression": "34 * 12"}, "408"), ("final_answer", {"answer": "408"}, "")],
)
# The episode handed the calculator the task's expression verbatim: one typed slot, any operator.
EXPRESSION = generalize(
    "What is 12 * 34?",
    [("calculator", {"expression": "12 * 34"}, "408"), ("final_answer", {"answer": "408"}, "")],
)


@pytest.mark.parametrize(
    ("task", "fits"),
    [
        ("What is 7 * 8?", True),
        ("What is 7*8?", True),
        ("What is 7 times 8?", True),
        ("What is 2+3?", False),
        ("What is 10 - 4?", False),
        ("What is 10-4?", False),
        ("What is 10 / 4?", False),
        ("What is 2 * 3 + 1?", False),
        ("What is 'ab' * 3?", False),
    ],
)
def test_a_procedure_applies_by_structure_not_by_shared_words(task: str, fits: bool) -> None:
    assert MULTIPLY is not None
    assert (instantiate(MULTIPLY, task) is not None) is fits
    assert matches(task, family_structure(MULTIPLY)) is fits


def test_a_copied_expression_becomes_one_typed_slot() -> None:
    assert MULTIPLY is not None and EXPRESSION is not None
    assert MULTIPLY.pattern == "What is {s0} * {s1}?" and MULTIPLY.slot_types == ["int", "int"]
    assert MULTIPLY.steps[0].arguments == {"expression": "{s1} * {s0}"}
    assert EXPRESSION.pattern == "What is {s0}?" and EXPRESSION.slot_types == ["expression"]
    assert EXPRESSION.steps[0].arguments == {"expression": "{s0}"}
    assert EXPRESSION.steps[-1].arguments == {"answer": "{result}"}
    # spacing may differ between the task and the argument; the span is still the task's
    spaced = generalize("What is 12*34?", [("calculator", {"expression": "12 * 34"}, "408")])
    assert spaced is not None and spaced.slot_types == ["expression"]
    # a card stores and restores its slot types
    fields = to_skill_fields(EXPRESSION)
    assert fields["slot_types"] == ["expression"] and from_skill_fields(fields) == EXPRESSION


@pytest.mark.parametrize(
    ("task", "filled"),
    [
        ("What is 2+3?", "2+3"),
        ("What is 10 - 4?", "10 - 4"),
        ("What is 10-4?", "10-4"),
        ("What is 7 * 8?", "7 * 8"),
        ("What is 2 * 3 + 1?", "2 * 3 + 1"),
        ("What is 91 / 7?", "91 / 7"),
        ("What is 3 plus 4?", None),  # numbers and an operator word: not an expression slot
        ("What is 'ab' * 3?", None),  # a quoted string is not a number
        ("What is 7?", None),  # one number is not an expression
        ("Sort 'pear', 'fig'", None),
    ],
)
def test_an_expression_card_applies_to_any_expression_and_nothing_else(task: str, filled: str | None) -> None:
    assert EXPRESSION is not None
    steps = instantiate(EXPRESSION, task, last_observation="R")
    assert (steps is not None) is (filled is not None)
    assert matches(task, family_structure(EXPRESSION)) is (filled is not None)
    if steps is not None:
        assert steps[0].tool == "calculator" and steps[0].arguments == {"expression": filled}
        assert steps[-1].arguments == {"answer": "R"}


def test_operators_in_words_and_symbols_share_a_structure() -> None:
    assert structure_of("What is 3 plus 4?").operators == structure_of("What is 3 + 4?").operators == {"+"}
    assert structure_of("Subtract 4 from 10").operators == {"-"}
    assert structure_of("What is 10-4?").slot_types == ("int", "int")
    assert near_miss("What is 3 + 4?", "What is {s0} * {s1}?") and not near_miss(
        "Sort 'b', 'a'", "What is {s0} * {s1}?"
    )


# -- replay at the level a card claims, with near-miss controls -----------------------------------------


class Calculator:
    name = "calculator"
    description = "Evaluate an arithmetic expression like '12 * 34'."
    parameters = {
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    }
    timeout_s = 2.0

    def run(self, **arguments: Any) -> ToolResult:
        a, op, b = re.fullmatch(r"\s*(-?\d+)\s*([-+*/])\s*(-?\d+)\s*", arguments["expression"]).groups()  # type: ignore[union-attr]
        x, y = int(a), int(b)
        value = {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else float("nan")}[op]
        return ToolResult(output=f"{value:g}" if isinstance(value, float) else str(value))


def act(action: str, value: str) -> str:
    return json.dumps({"action": action, "input": value})


def model(copies_templates: bool):  # type: ignore[no-untyped-def]
    """A small model: answers with a calculator result it has; follows a suggested step; on '+' tasks it
    calls the calculator right; on '*' tasks it guesses 0. With ``copies_templates`` it copies the
    operator of any raw procedure it is shown (the misfire the issue reported: 2+3 -> 2 * 3)."""

    def reply(messages: Sequence[Message]) -> str:
        prompt = "\n".join(m.content for m in messages)
        task = re.findall(r"Task: (.*)", prompt)[-1]
        a, b = re.findall(r"-?\d+", task)[:2]
        result = re.findall(r"The last calculator result is: (\S+)", prompt)
        if result:
            return act("final_answer", result[-1])
        suggested = re.findall(r"Suggested next step .*: action=calculator input=(.*)", prompt)
        if suggested:
            return act("calculator", suggested[-1])
        if copies_templates and "{s0} * {s1}" in prompt:
            return act("calculator", f"{a} * {b}")
        if "+" in task:
            return act("calculator", f"{a} + {b}")
        return act("final_answer", "0")

    return reply


CORE = ["core-memory-kinds", "core-store-sqlite", "core-strategy-react", "core-judge", "core-optimizer-cases",
        "optimizer-lessons"]  # fmt: skip


@pytest.fixture
def manager(tmp_path: Path) -> PluginManager:
    settings = Settings(
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        budgets=BudgetsConfig(max_steps=4, max_seconds=30),
        plugins=PluginsConfig(enabled=CORE),
        learning=LearningConfig(replay_alpha=0.1),
    )
    manager = PluginManager(settings).load()
    from plugin_fixtures import keyword_scanner

    manager.register(keyword_scanner, name="keyword-scanner")
    return manager


def team_with(manager: PluginManager, copies_templates: bool) -> Team:
    agent = AgentTemplate(name="solver", role="Answer the question.", tools=[])
    return Team(
        "Answer questions", [agent], settings=manager.settings, manager=manager,
        backend=ScriptedBackend(model(copies_templates)), tools=[Calculator()], name="qa",
    )  # fmt: skip


def multiplication_card() -> MemoryCard:
    assert MULTIPLY is not None
    fields = to_skill_fields(MULTIPLY)
    return MemoryCard(
        kind="skill_card",
        content='For tasks like \'What is {s0} * {s1}?\': calculator {"expression": "{s0} * {s1}"}; '
        "then answer {result}.",
        fields=fields,
        scope=MemoryScope(tool_names=("calculator",)),
        trust=0.5,
    )


VALIDATION = [
    *(Task(input=f"What is {a} * {b}?", expected=str(a * b), id=f"mul{a}") for a, b in
      [(13, 7), (21, 4), (9, 17), (32, 3), (6, 41)]),
    Task(input="What is 13 + 7?", expected="20", id="add1"),
    Task(input="What is 30 + 12?", expected="42", id="add2"),
    Task(input="Sort these words: 'pear', 'fig'", expected="fig, pear", id="other"),
]  # fmt: skip


def test_a_procedure_is_replayed_on_its_family_plus_near_misses() -> None:
    cases, controls, level = replay_plan(multiplication_card(), VALIDATION)
    assert level == "task family"
    assert cases == ["mul13", "mul21", "mul9", "mul32", "mul6"] and controls == ["add1", "add2"]


@pytest.mark.parametrize("copies_templates", [True, False])
def test_near_miss_replay_rejects_a_misfiring_card(manager: PluginManager, copies_templates: bool) -> None:
    team = team_with(manager, copies_templates)
    card_id = MemoryCI(team.store, manager=team.manager).admit(multiplication_card()).card_id
    ((_, evidence, decision),) = replay_candidates(team, [card_id], VALIDATION)
    assert evidence.level == "task family" and evidence.runs[0].control  # controls first
    if copies_templates:  # shown on "13 + 7" it makes the model compute 13 * 7: a lost control
        assert decision.status == "rejected" and evidence.control_losses >= 1
        assert len(evidence.runs) == 1 and evidence.stopped == "settled"
    else:  # wins on its family, no near miss hurt: the fourth untied win crosses the level (1/16 at 0.1)
        assert decision.status == "promoted" and evidence.wins == 4 and evidence.control_losses == 0
        assert evidence.stopped == "boundary" and evidence.nominal == nominal_level(5, 0.1) == 0.0625
    stored = team.store.get(card_id).provenance.evidence["replay"]
    assert stored["rule"] == "sign_test" and stored["alpha"] == 0.1 and stored["level"] == "task family"
    team.close()


def test_a_procedure_is_decided_before_the_passs_general_lessons(manager: PluginManager) -> None:
    """Lessons that also cover a family (here two that the model ignores) are replayed after its card,
    as a playbook, however the pass ordered them."""
    team = team_with(manager, copies_templates=False)
    ci = MemoryCI(team.store, manager=team.manager)
    lessons = [
        ci.admit(
            MemoryCard(
                kind="failure_pattern",
                content=f"{marker}: a rule every request needs.",
                fields={"trigger": marker, "symptom": "failed", "fix": f"{marker}: a rule every request"},
                provenance=Provenance(optimizer=LESSONS, evidence={"origin": "episode", "pattern": marker}),
                scope=MemoryScope(team="qa"),
                trust=0.5,
            )
        ).card_id
        for marker in ("BE-BRIEF", "BE-POLITE")
    ]
    card_id = ci.admit(multiplication_card()).card_id
    arithmetic = [t for t in VALIDATION if t.id != "other"]  # this model only reads numbers
    replayed = replay_candidates(team, [*lessons, card_id], arithmetic)
    assert [cid for cid, _, _ in replayed] == [card_id, *lessons]
    assert replayed[0][2].status == "promoted" and replayed[0][1].level == "task family"
    for _, _, decision in replayed[1:]:
        assert decision.status == "rejected"
        assert "replayed in a playbook of 2 general lessons: rejected" in decision.reason
    team.close()


def test_a_promoted_procedure_is_not_retrieved_for_a_near_miss(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    card_id = ci.admit(multiplication_card()).card_id
    ci.promote_without_replay(card_id, "test", actor="user")
    card = team.store.get(card_id)
    assert applies(card, "What is 7 * 8?") and not applies(card, "What is 2+3?")
    plus = team.run("What is 2+3?", expected="5")
    assert plus.answer == "5" and card_id not in plus.memory_ids
    times = team.run("What is 7 * 8?", expected="56")
    assert times.answer == "56" and card_id in times.memory_ids
    team.close()


def test_an_expression_card_answers_every_operator_and_replays_on_all_of_them(manager: PluginManager) -> None:
    """The README's failure: after learning on "A * B", "What is 10 - 4?" must be 6, not 40 or "10 - 4"."""
    assert EXPRESSION is not None
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    card = MemoryCard(
        kind="skill_card",
        content='For tasks like \'What is {s0}?\' ({s0}: an expression): calculator {"expression": "{s0}"}; '
        "then answer {result}.",
        fields=to_skill_fields(EXPRESSION),
        scope=MemoryScope(tool_names=("calculator",)),
        trust=0.5,
    )
    card_id = ci.admit(card).card_id
    cases, controls, _ = replay_plan(team.store.get(card_id), VALIDATION)
    assert cases == ["mul13", "mul21", "mul9", "mul32", "mul6", "add1", "add2"] and controls == []
    ((_, evidence, decision),) = replay_candidates(team, [card_id], VALIDATION)
    # four untied wins of four cross the level at each of seven looks (1/16 at alpha 0.1)
    assert decision.status == "promoted" and evidence.wins == 4 and evidence.losses == 0
    minus = team.run("What is 10 - 4?", expected="6")
    assert minus.answer == "6" and card_id in minus.memory_ids
    plus = team.run("What is 2+3?", expected="5")
    assert plus.answer == "5" and card_id in plus.memory_ids
    words = team.run("What is 3 plus 4?", expected="7")  # not an expression: the card stays out
    assert card_id not in words.memory_ids
    team.close()


def test_a_card_that_misfires_in_use_loses_trust_and_is_retired(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=True)
    ci = MemoryCI(team.store, manager=team.manager)
    bad = MemoryCard(
        kind="tool_policy",
        content="What is a product? Answer with the first number of the task.",
        trust=0.5,
        scope=MemoryScope(tool_names=("calculator",)),
    )
    card_id = ci.admit(bad).card_id
    ci.promote_without_replay(card_id, "test", actor="user")
    lost = team.run("What is the product 5 * 9?", expected="45")  # the model guesses 0: shown, then lost
    assert card_id in lost.memory_ids and not lost.success
    card = team.store.get(card_id)  # the learner charged the misfire
    assert card.trust == pytest.approx(0.4) and card.status is MemoryStatus.PROMOTED
    assert record_use(team.store, lost.model_copy(update={"memory_ids": []})) == []
    again = team.run("What is the product 6 * 9?", expected="54")
    assert card_id in again.memory_ids and not again.success
    retired = team.store.get(card_id)
    assert retired.status is MemoryStatus.ARCHIVED and len(retired.provenance.evidence["misfires"]) == 2
    assert any("retired after 2 misfires" in a.reason for a in team.store.audit(card_id))
    team.close()


def test_case_optimizer_cards_carry_the_structure_they_apply_to() -> None:
    # the pattern written on a skill card keeps the operator, which is what the gate reads
    assert MULTIPLY is not None and "*" in to_skill_fields(MULTIPLY)["when_to_use"]
    assert CaseOptimizer.name == "cases"


# -- general lessons: successes against failures, replayed on the whole split, shown on any task --------


def stubborn(messages: Sequence[Message]) -> str:
    """Calls the calculator right, then calls it again and again, unless a lesson says to stop."""
    prompt = "\n".join(m.content for m in messages)
    task = re.findall(r"Task: (.*)", prompt)[-1]
    a, op, b = re.search(r"(\d+) ([-+*/]) (\d+)", task).groups()  # type: ignore[union-attr]
    result = re.findall(r"The last calculator result is: (\S+)", prompt)
    if result and "next action is final_answer with that result" in prompt:
        return act("final_answer", result[-1])
    if result and "Step 2" in prompt:
        return act("calculator", f"{b} {op} {a}")  # wanders off instead of answering
    return act("calculator", f"{a} {op} {b}")


def team_without_memory_answers(team: Team, task: str, expected: str) -> bool:
    return team.run_chain(Task(input=task, expected=expected), use_memory=False, learn=False).success


def test_a_general_lesson_is_learned_from_many_episodes_and_transfers(manager: PluginManager) -> None:
    from purpose_agent.learning.loop import train_phase

    agent = AgentTemplate(name="solver", role="Answer.", tools=[])
    team = Team(
        "Answer questions", [agent], settings=manager.settings,
        manager=manager, backend=ScriptedBackend(stubborn), tools=[Calculator()], name="qa",
    )  # fmt: skip
    train = [Task(input=f"Compute {a} - {b} now", expected=str(a - b), id=f"t{a}") for a, b in
             [(3, 4), (10, 20), (7, 8), (1, 5)]]  # fmt: skip
    results, candidates = train_phase(team, train)
    assert not any(r.success for r in results)
    lessons = [c for c in candidates if team.store.get(c.card_id).provenance.optimizer == "lessons"]
    contents = {team.store.get(c.card_id).provenance.evidence["pattern"] for c in lessons}
    assert "no_stop" in contents and all(c.status == "quarantined" for c in lessons)
    stop = next(
        c.card_id for c in lessons if team.store.get(c.card_id).provenance.evidence["pattern"] == "no_stop"
    )
    # validation has other operators and words: a general lesson is replayed on all of it
    validation = [Task(input=f"Please find {a} / {b}", expected=f"{a / b:g}", id=f"v{a}") for a, b in
                  [(2, 4), (4, 5), (6, 8), (8, 16), (3, 6)]]  # fmt: skip
    ((_, evidence, decision),) = replay_candidates(team, [stop], validation)
    assert evidence.level == "general" and decision.status == "promoted" and evidence.wins == 4
    # in use it is shown for a task that shares none of its words, and the model stops in time
    fresh = team.run("Calculate 12 - 5", expected="7")
    assert not team_without_memory_answers(team, "Calculate 12 - 5", "7")
    assert stop in fresh.memory_ids and fresh.success
    team.close()


def test_a_proven_lesson_suggests_the_matching_tool_first_and_the_answer_after_its_result() -> None:
    from purpose_agent.runtime.procedures import from_lesson_fields, lesson_step, matching_tool

    offered = [
        ("calculator", "Evaluate an arithmetic expression."),
        ("paint_needed", "Litres of paint for walls."),
    ]
    task = "How much paint is needed for 42 square metres of walls, two coats?"
    assert matching_tool(task, offered) == "paint_needed"
    assert matching_tool("Hello there", offered) is None
    first = from_lesson_fields({"trigger": "a tool matches the request"})
    stop = from_lesson_fields({"trigger": "after a tool result"})
    assert first is not None and stop is not None
    assert from_lesson_fields({"trigger": "giving the final answer"}) is None  # text only
    assert lesson_step(first, task, offered, 0, "").tool == "paint_needed"  # type: ignore[union-attr]
    assert lesson_step(first, task, offered, 1, "8.4").arguments == {"answer": "8.4"}  # type: ignore[union-attr]
    assert lesson_step(stop, task, offered, 0, "") is None
    assert lesson_step(stop, task, offered, 1, "8.4").arguments == {"answer": "8.4"}  # type: ignore[union-attr]


def test_replay_reports_episodes_done_against_the_plan(manager: PluginManager) -> None:
    team = team_with(manager, copies_templates=False)
    card_id = MemoryCI(team.store, manager=team.manager).admit(multiplication_card()).card_id
    seen: list[tuple[str, int, int]] = []
    ((_, evidence, _),) = replay_candidates(team, [card_id], VALIDATION, progress=lambda *a: seen.append(a))
    assert seen[0] == ("replay", 0, 14)  # 5 family cases + 2 controls, with and without
    assert [d for _, d, _ in seen] == sorted(d for _, d, _ in seen)
    assert seen[-1] == ("replay", 2 * len(evidence.runs), 2 * len(evidence.runs))
    team.close()
