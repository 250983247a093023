"""The phases of learning that the pipeline (:mod:`purpose_learn.pipeline`, purpose-learn) runs per arm.

Train in LEARNING_TRAIN (every episode may learn from the ones before), replay-test each quarantined
candidate on the validation split (memory CI decides), and the read-only EVAL_TEST copy of a team that
the test phase runs. ``purpose learn``, ``pa.learn()`` and purpose-eval's benchmark all reach them through
the pipeline.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from purpose_agent.learning.memory_ci import CandidateOutcome, MemoryCI
from purpose_agent.learning.playbook import joinable, member_evidence, replay_playbook, room
from purpose_agent.learning.replay import ReplayEvidence, decide, replay, rule_for
from purpose_agent.memory.status import MemoryStatus
from purpose_agent.memory.structure import matches, near_miss
from purpose_agent.runmode import RunMode
from purpose_agent.runtime.judge import judge_trusted
from purpose_agent.runtime.procedures import family_structure, from_skill_fields
from purpose_agent.runtime.task import EpisodeJob, EpisodeResult, Task

log = logging.getLogger("purpose_agent")

#: What a training pass with no optimizer registered logs (the kernel ships none: purpose-optimizers does).
NO_OPTIMIZER = "no optimizer is installed or enabled: training proposes nothing"

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: called as work advances (the CLI draws bars from it)."""


def train_phase(
    team: Any, tasks: Sequence[Task], *, progress: Progress | None = None, stage: str = "train"
) -> tuple[list[EpisodeResult], list[CandidateOutcome]]:
    """Run every training task in LEARNING_TRAIN; return the results and the candidates they proposed."""
    results: list[EpisodeResult] = []
    candidates: list[CandidateOutcome] = []
    if tasks and not team.manager.optimizers().entries():
        # the kernel has no optimizer of its own: say so once per pass instead of learning nothing quietly
        log.warning("%s (pip install purpose-optimizers)", NO_OPTIMIZER)
    for i, task in enumerate(tasks):
        if progress is not None:
            progress(stage, i, len(tasks))
        result = team.run_chain(task, run_mode=RunMode.LEARNING_TRAIN)
        results.append(result)
        candidates.extend(c for r in result.agents for c in r.candidates)
    candidates += _admit_pass(team, tasks, results)
    if progress is not None:
        progress(stage, len(tasks), len(tasks))
    return results, candidates


def _admit_pass(team: Any, tasks: Sequence[Task], results: Sequence[Any]) -> list[CandidateOutcome]:
    """What optimizers learn from the whole pass (``propose_pass``: general lessons, demonstration sets,
    purpose-optimizers), admitted like any candidate; one optimizer's bug never ends the pass."""
    ci = MemoryCI(team.store, manager=team.manager)
    out = []
    for entry in team.manager.optimizers().entries():
        propose_pass = getattr(entry.item, "propose_pass", None)  # optional: see learning/optimizer.py
        if propose_pass is None:
            continue
        try:
            proposals = propose_pass(
                tasks=tasks, results=results, team=team.name, store=team.store, settings=team.manager.settings
            )
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            log.warning("optimizer %r failed on the training pass: %s", entry.name, error)
            continue
        out += [ci.admit(card, reason=reason) for card, reason in proposals]
    return out


def eval_test_team(team: Any) -> Any:
    """The same team (purpose, agents, model, settings, plugins) with its store opened read-only."""
    return type(team)(
        team.purpose,
        team.agents,
        model=team.model,
        store=team.store_path,
        run_mode=RunMode.EVAL_TEST,
        settings=team.settings,
        manager=team.manager,
        name=team.name,
        backend=team._backend,
        tools=team.extra_tools,
        knowledge=team.knowledge,
    )


def replay_plan(card: Any, validation: Sequence[Task]) -> tuple[list[str], list[str], str]:
    """Where ``card`` is replayed: ``(cases, near-miss controls, level)``.

    A procedure (a skill card with steps) claims a task family, so it is tested where it would be
    retrieved (the validation cases of its structure) plus the near misses that share its words but not
    its structure, where it must not hurt. Everything else claims to be general and is tested on the
    whole split.
    """

    ids = [t.id or f"validation-{i}" for i, t in enumerate(validation)]
    procedure = from_skill_fields(card.fields) if card.kind == "skill_card" else None
    if procedure is None:
        return ids, [], "general"
    family = family_structure(procedure)
    cases = [i for i, t in zip(ids, validation, strict=True) if matches(t.input, family)]
    controls = [
        i for i, t in zip(ids, validation, strict=True) if i not in cases and near_miss(t.input, family)
    ]
    return cases, controls, "task family"


RunEpisodes = Callable[[Sequence[Any]], list[Any]]
"""``run_batch(jobs)``: run independent :class:`~purpose_agent.runtime.task.EpisodeJob` objects and
return their results in input order (an executor's ``run_episodes``)."""


class _Baseline:
    """The "without" score per validation case, shared by candidates replayed side by side: the first to
    need a case runs it, the others wait for that run instead of repeating it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.values: dict[str, float] = {}
        self.running: dict[str, threading.Event] = {}
        self.ahead: dict[str, float] = {}
        """"Without" scores run ahead (during training, see :class:`RunAhead`), not yet claimed. They
        stay hidden from :meth:`known` until a candidate asks for the case, which then counts the run as
        its own: every bound, reason and episode count is what it would be had it run the case itself."""
        self.round = 0
        """Promotions so far: candidates of one round share the "without" runs."""

    def clear(self) -> None:
        with self.lock:
            self.values.clear()
            self.ahead.clear()  # run against the store before the promotion
            self.round += 1

    def known(self, case_id: str) -> float | None:
        with self.lock:
            return self.values.get(case_id)

    def scores(
        self,
        ids: Sequence[str],
        run: Callable[[list[str]], list[float]],
        claim: Callable[[int], None] | None = None,
    ) -> list[float]:
        """The "without" scores of ``ids``: known ones, ones run ahead (``claim(n)`` counts them as run
        here), ones another candidate is running (waited for), and the rest run by ``run``."""
        with self.lock:
            claimed = [c for c in dict.fromkeys(ids) if c not in self.values and c in self.ahead]
            for case_id in claimed:
                self.values[case_id] = self.ahead.pop(case_id)
            mine = [c for c in dict.fromkeys(ids) if c not in self.values and c not in self.running]
            for case_id in mine:
                self.running[case_id] = threading.Event()
            waits = [self.running[c] for c in ids if c not in self.values and c not in mine]
        try:
            if mine:
                values = run(mine)
                with self.lock:
                    self.values.update(zip(mine, values, strict=True))
        finally:
            with self.lock:
                for case_id in mine:
                    self.running.pop(case_id).set()
        if claimed and claim is not None:
            claim(len(claimed))
        for event in waits:
            event.wait()
        with self.lock:
            missing = [c for c in ids if c not in self.values]
            if missing:
                raise RuntimeError(
                    f"replay: the baseline run of {missing} failed in another candidate's replay"
                )
            return [self.values[c] for c in ids]


def replay_candidates(
    team: Any,
    card_ids: Sequence[str],
    validation: Sequence[Task],
    *,
    progress: Progress | None = None,
    run_batch: RunEpisodes | None = None,
    width: int = 1,
    ahead: dict[str, float] | None = None,
) -> list[tuple[str, ReplayEvidence, CandidateOutcome]]:
    """Replay each quarantined card (with vs without, paired) at the level it claims; memory CI decides.

    Procedures (task-family cards) are replayed first, then the other cards in the order given, the
    pass's general lessons together as one playbook (:mod:`purpose_agent.learning.playbook`).
    Runs are made in LEARNING_VALIDATION without learning, so a replay never writes memory of its own.
    The "without" arm is cached per case until a promotion changes what "without" means. Each card's
    replay is sequential (see :mod:`purpose_agent.learning.replay`): it stops as soon as its decision is
    settled. ``progress("replay", episodes_done, episodes_planned)`` follows every batch; the plan
    shrinks as candidates stop early, and a line with the time left goes to the log.

    ``run_batch`` runs a batch of episodes at once (an executor's ``run_episodes``); ``width`` is how
    many episodes it runs together. With ``width`` > 1, up to ``width`` candidates are replayed side by
    side, each by its own sequential test, against the store as it is; their decisions are then taken in
    order, and when one promotes, the candidates after it are replayed again against the changed store.
    So every decision is the one a replay of one candidate at a time would take (``width=1``).

    ``ahead``: "without" scores of validation cases already run against the store as it is now (by
    :class:`RunAhead`, during training); a candidate that needs one takes it as its own run.
    """

    ci = MemoryCI(team.store, manager=team.manager)
    trusted, why = judge_trusted(getattr(team, "model", None))
    if not trusted and any(t.expected is None for t in validation):
        log.warning("%s", why)  # cases with no checker would be scored by a judge not shown to be reliable
        validation = [t for t in validation if t.expected is not None]
    learning = team.manager.settings.learning
    by_id = {t.id or f"validation-{i}": t for i, t in enumerate(validation)}
    baseline = _Baseline()
    baseline.ahead.update(ahead or {})
    cards = [team.store.get(card_id) for card_id in card_ids]
    plans = [replay_plan(card, validation) for card in cards]
    # procedures first (the narrower claim), then the rest as proposed, the general lessons together
    order = sorted(range(len(cards)), key=lambda i: plans[i][2] != "task family")
    cards, plans = [cards[i] for i in order], [plans[i] for i in order]
    planned = [2 * (len(cases) + len(controls)) for cases, controls, _ in plans]
    state: dict[str, int] = {"done": 0}  # replay episodes finished so far (decided candidates)
    running: dict[int, int] = {}  # episodes run so far by each candidate being replayed
    lock = threading.Lock()
    started = time.monotonic()
    out = []

    def episodes(jobs: Sequence[EpisodeJob]) -> list[Any]:
        if run_batch is not None:
            return run_batch(jobs)
        return [team.run_chain(job.task, **job.options()) for job in jobs]

    def report(index: int, cases_done: int) -> None:  # called after each replay batch
        with lock:
            # at most: the current card's full plan until it stops (shared "without" runs make it less)
            total = state["done"] + sum(planned[index:])
            done = state["done"] + sum(running.values())
            if progress is not None:
                progress("replay", done, total)
        elapsed = time.monotonic() - started
        left = elapsed / done * (total - done) if done else 0.0
        log.info(
            "replay: candidate %d/%d, %d/%d episodes done, at most %.0f s left",
            index + 1, len(cards), done, total, left,
        )  # fmt: skip

    def replay_one(i: int) -> ReplayEvidence:
        card, (cases, controls, level) = cards[i], plans[i]

        def score(results: Sequence[Any]) -> list[float]:
            return [r.score.value if r.score else 0.0 for r in results]

        def jobs(ids: Sequence[str], with_card: bool) -> list[EpisodeJob]:
            extra = (card,) if with_card else ()
            return [
                EpisodeJob(
                    task=by_id[c], run_mode=RunMode.LEARNING_VALIDATION, extra_cards=extra, learn=False
                )
                for c in ids
            ]

        def count(n: int) -> None:
            with lock:
                running[i] = running.get(i, 0) + n

        def without(todo: list[str]) -> list[float]:
            count(len(todo))
            return score(episodes(jobs(todo, False)))

        def card_batch(ids: Sequence[str], with_card: bool) -> list[float]:
            if with_card:
                count(len(ids))
                return score(episodes(jobs(ids, True)))
            return baseline.scores(ids, without, claim=count)

        if level == "task family" and not cases:
            evidence = decide([], rule_for(card.kind), alpha=learning.replay_alpha).model_copy(
                update={
                    "reason": "rejected: no validation case has this procedure's structure, so its gain "
                    "cannot be measured where it would apply"
                }
            )
        else:
            evidence = replay(
                cases,
                None,
                rule_for(card.kind),
                controls=controls,
                run_batch=card_batch,
                batch_size=learning.replay_batch,
                alpha=learning.replay_alpha,
                futility=learning.replay_futility,
                sequential=learning.replay_sequential,
                on_batch=_on_batch(report, i),
                known_without=baseline.known,
                # later candidates will share this one's "without" runs: run them all first
                without_first=i < len(cards) - 1,
                together=width > 1,  # a case's "with" and "without" run side by side
            )
        with lock:
            ran = running.pop(i, 0)  # episodes really run (a shared run counted by the one that ran it)
        return evidence.model_copy(update={"level": level, "episodes": ran, "baseline_round": baseline.round})

    def run_with(ids: Sequence[str], extra: Sequence[Any]) -> list[float]:
        mode = RunMode.LEARNING_VALIDATION
        jobs = [EpisodeJob(task=by_id[c], run_mode=mode, extra_cards=tuple(extra), learn=False) for c in ids]
        return [r.score.value if r.score else 0.0 for r in episodes(jobs)]

    def without_runs(todo: list[str]) -> list[float]:
        with lock:
            state["done"] += len(todo)
        return run_with(todo, ())

    # the pass's general lessons replayed together as one playbook, after its procedures (playbook.py)
    decided: set[str] = set()  # ids the playbook decided
    tried = ""  # the rejected playbook's reason, added to its members' own
    spent = 0  # the rejected playbook's episodes, counted with its first member's own
    members = room(team.store, [c for c, plan in zip(cards, plans, strict=True) if joinable(c, plan[2])])
    members = members if learning.replay_playbook and len(members) > 1 else []
    member_ids = frozenset(m.id for m in members)
    pending = set(member_ids)  # the playbook is still to be replayed while this is not empty

    def play() -> None:
        nonlocal tried, spent
        log.info("replay: the pass's %d general lessons, replayed together", len(members))
        if progress is not None:
            progress("replay", state["done"], state["done"] + sum(planned[index:]))
        book = replay_playbook(
            members,
            list(by_id),
            run_with,
            lambda ids: baseline.scores(ids, lambda todo: run_with(todo, ())),  # counted by the playbook
            learning=learning,
            width=width,
            known_without=baseline.known,
            on_batch=_on_playbook_batch(progress, state["done"]),
        )
        state["done"] += book.episodes
        if not book.evidence.promote:
            tried = f"; replayed in a playbook of {len(members)} general lessons: {book.evidence.reason}"
            spent = book.episodes
            return
        for k, card in enumerate(members):  # the playbook's episodes go to its first member
            evidence = member_evidence(card.id, book, len(members)).model_copy(
                update={"episodes": book.episodes if k == 0 else 0, "baseline_round": baseline.round}
            )
            out.append((card.id, evidence, ci.decide(card.id, evidence)))
            decided.add(card.id)
        baseline.clear()  # what "without" means changed: the other candidates replay against it

    index = 0
    while index < len(cards):
        if cards[index].id in decided:
            index += 1
            continue
        if cards[index].id in pending:
            pending.clear()
            play()
            continue
        if progress is not None:
            progress("replay", state["done"], state["done"] + sum(planned[index:]))
        # up to ``width`` candidates, none past the playbook's first member while it is pending
        wave: list[int] = []
        for i in range(index, len(cards)):
            if len(wave) == max(1, width) or cards[i].id in pending:
                break
            if cards[i].id not in decided:
                wave.append(i)
        if len(wave) == 1:
            evidences = [replay_one(wave[0])]
        else:  # candidates side by side; their episodes go to ``run_batch`` (the executor)
            _share_ahead(wave, len(cards), plans, baseline, learning.replay_sequential, without_runs)
            with ThreadPoolExecutor(len(wave), thread_name_prefix="purpose-replay") as pool:
                evidences = list(pool.map(replay_one, wave))
        index = wave[-1] + 1
        with lock:  # every episode run counts, also those of a replay redone after a promotion
            state["done"] += sum(e.episodes for e in evidences)
        for i, evidence in zip(wave, evidences, strict=True):
            card = cards[i]
            if tried and card.id in member_ids:
                extra = spent if card.id == members[0].id else 0
                evidence = evidence.model_copy(
                    update={"reason": evidence.reason + tried, "episodes": evidence.episodes + extra}
                )
            decision = ci.decide(card.id, evidence)
            out.append((card.id, evidence, decision))
            if decision.status == "promoted":
                baseline.clear()  # what "without" means changed: later candidates replay again
                index = i + 1
                break
    if progress is not None:
        progress("replay", state["done"], state["done"])
    return out


class RunAhead:
    """The validation split's "without" runs, started on an executor's workers while training runs here.

    Training runs one episode at a time in the coordinator, so on a machine with worker processes the
    other cores idle once the baseline's tests are done; the first round of replay needs these runs
    anyway. A "without" run depends on what the store can retrieve, which training may change only by
    promoting or crediting a card; so the runs are started only when no card is promoted, and kept only
    when none is after training (:meth:`take`). Otherwise they are dropped and replay runs its own.
    """

    def __init__(self, team: Any, validation: Sequence[Task], run_batch: RunEpisodes) -> None:
        self.store = team.store
        tasks = [t for t in validation if t.id and t.expected is not None]
        self.ids = [str(t.id) for t in tasks]
        self.scores: list[float] | None = None
        self.error: BaseException | None = None
        jobs = [EpisodeJob(task=t, run_mode=RunMode.LEARNING_VALIDATION, learn=False) for t in tasks]

        def work() -> None:
            try:
                self.scores = [r.score.value if r.score else 0.0 for r in run_batch(jobs)]
            except BaseException as exc:  # re-raised by take(): nothing is lost silently
                self.error = exc

        self.thread = threading.Thread(target=work, name="purpose-run-ahead", daemon=True)
        self.started = len(jobs) > 1 and not self._promoted()
        if self.started:
            self.thread.start()

    def _promoted(self) -> bool:
        return bool(self.store.list_cards(statuses=[MemoryStatus.PROMOTED], limit=1))

    def take(self) -> dict[str, float]:
        """The scores, if they still hold for the store as it is now; else nothing."""
        if not self.started:
            return {}
        self.thread.join()
        if self.error is not None:
            raise self.error
        if self.scores is None or self._promoted():
            return {}
        return dict(zip(self.ids, self.scores, strict=True))


def _share_ahead(
    wave: Sequence[int],
    total: int,
    plans: Sequence[tuple[list[str], list[str], str]],
    baseline: _Baseline,
    sequential: bool,
    run: Callable[[list[str]], list[float]],
) -> None:
    """Before candidates are replayed side by side: the "without" runs the last candidate would find
    already shared when replayed one at a time.

    One at a time, every candidate but the last runs the "without" arm of its whole plan first, and a
    later one starts knowing those scores (they decide its case order, and may settle it without a
    run). Side by side, the wave's last candidate could start before an earlier one has run them; only
    the round's last candidate reads shared scores before running its own (the others run their whole
    plan's "without" arm first, shared or not), so running these ahead makes every decision, reason and
    run the one-at-a-time replay's."""
    last = wave[-1]
    if not sequential or last != total - 1:
        return
    mine = {*plans[last][0], *plans[last][1]}
    earlier = {
        case
        for j in wave[:-1]
        if not (plans[j][2] == "task family" and not plans[j][0])  # replayed at all
        for case in (*plans[j][0], *plans[j][1])
    }
    need = sorted(mine & earlier)
    if need:
        baseline.scores(need, run)


def _on_playbook_batch(progress: Progress | None, done: int) -> Callable[[int, int], None] | None:
    """The playbook's replay as progress: about two episodes per case (with and without)."""
    if progress is None:
        return None
    return lambda cases, planned: progress("replay", done + 2 * cases, done + 2 * planned)


def _on_batch(report: Callable[[int, int], None], index: int) -> Callable[[int, int], None]:
    """Bind the candidate's index now (a closure in the loop would see the last one)."""

    def on_batch(cases_done: int, _planned: int) -> None:
        report(index, cases_done)

    return on_batch
