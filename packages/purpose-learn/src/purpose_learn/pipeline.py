"""The learning pipeline: split a suite by seed, train, replay-test candidates, test in EVAL_TEST.

``purpose learn`` and ``pa.learn()`` run it with two arms (the no-memory baseline and the learning team);
the benchmark distribution (purpose-eval, ``purpose bench``) runs it with any arms and seeds and adds the
statistics.

Order of work, chosen so that bad input costs no model time: resolve the suite, build and validate every
seed's cases and split, check every arm's plugins and checkers, check any starting store for test items;
only then run. Per seed and arm: a fresh store (or a copy of the given one), train and replay-test when the
arm learns, search the store for test items (and refuse if one is there), then score the test split in
EVAL_TEST, where the store is read-only, with memory on or off as the arm says.

Where the work runs is the executor's business (``purpose_executors``): test episodes and replay episodes
go to it as batches of independent episodes, and whole (arm, seed) runs go to it together;
training episodes run in order in the arm's own thread, because each may learn from the one before. Every
executor gives the same result file as ``sequential`` apart from timings.

Suites can bring tools: plugin tools by name (``suite.tools``, added to every agent of every arm whose
plugins provide them) and per-case tools (``EvalCase.tools``), made anew for each episode of that case in
every phase (train, replay, test), so a game or sandbox never carries state from one episode to the next.
"""

from __future__ import annotations

import logging
import shutil
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from purpose_agent.plugin import (
    EpisodeJob,
    PluginManager,
    RunAhead,
    RunMode,
    ValidationError,
    eval_test_team,
    load_settings,
    open_store,
    replay_candidates,
    train_phase,
)
from purpose_executors.base import (
    ArmJob,
    CountingBackend,
    SequentialExecutor,
    Stopped,
    auto_executor,
    counted,
    resolve_executor,
)
from purpose_runs import command as run_command
from purpose_runs import current_command as current_run_command
from purpose_runs import register as register_run
from pydantic import BaseModel, Field

from purpose_learn.case import EvalCase, ScoreBundle, ToolFactory, text_hash
from purpose_learn.contamination import ContaminationError, check_contamination
from purpose_learn.splits import SplitRecord, Splits, split_cases
from purpose_learn.suite import Suite, resolve_suite, suite_tools, validate_cases

Progress = Callable[[str, int, int], None]
SCHEMA_VERSION = 1
DEFAULT_PURPOSE = "Solve the user's task accurately, using tools when they help"
log = logging.getLogger("purpose_agent")


class Arm(BaseModel):
    """One configuration run on every seed: whether it learns and uses memory, and its model."""

    name: str
    learn: bool = True
    """Train on the train split and replay-test candidates before the test phase."""
    memory: bool = True
    """Retrieve memories in the test phase (False: the no-memory baseline)."""
    model: str | None = None


BASELINE = Arm(name="baseline", learn=False, memory=False)
LEARNED = Arm(name="learned")

TeamFactory = Callable[..., Any]
"""``make_team(purpose=, agents=, model=, settings=, manager=, backend=, tools=)``: ``Team.build``."""

ArmCheck = Callable[[Sequence[Any], Any, Any], dict[str, Any]]
"""``check(arms, settings, manager) -> {arm name: settings}``: each arm's settings, checked before any run."""


class LearnConfig(BaseModel):
    suite: str
    size: int | None = None
    """Cases per seed; None: the suite's default size (every case of a JSONL file)."""
    seeds: list[int] = Field(default_factory=lambda: [0])
    arms: list[Arm] = Field(default_factory=lambda: [BASELINE, LEARNED])
    purpose: str = DEFAULT_PURPOSE
    agents: list[str] | None = None
    validation: float = 0.375
    """Share replayed: 6 of 16 cases, so the sign test (alpha 0.1) can promote a card that wins 4 untied
    cases even when the model already solves a case or two without it (4 cases cannot, with one tie)."""
    test: float = 0.25
    workdir: str = ".purpose/bench"
    initial_store: str | None = None
    """Start every learning arm from a copy of this store (checked for test items first)."""
    store: str | None = None
    """The one learning arm learns into this store itself (``purpose learn``: learning persists); it must
    be free of test items, and it needs a single seed and a single learning arm."""
    curve_points: int = 2
    """Learning-curve points per learning arm: the train split is learned in this many parts and the test
    split is scored after each (each extra point costs one more pass over the test split)."""


class Cost(BaseModel):
    """What a set of episodes cost: model calls, tokens, and episode seconds (summed over episodes, so
    concurrent episodes count in full: this is work done, not wall time)."""

    episodes: int = 0
    calls: int = 0
    tokens: int = 0
    seconds: float = 0.0

    def add(self, result: Any, calls: int) -> None:
        self.episodes += 1
        self.calls += calls
        self.tokens += int(result.tokens)
        self.seconds += float(result.seconds)

    def add_many(self, results: Sequence[Any], calls: int) -> None:
        """Episodes whose model calls were counted together."""
        for result in results:
            self.add(result, 0)
        self.calls += calls

    def __add__(self, other: Cost) -> Cost:
        return Cost(
            episodes=self.episodes + other.episodes,
            calls=self.calls + other.calls,
            tokens=self.tokens + other.tokens,
            seconds=self.seconds + other.seconds,
        )

    def per(self, count: int) -> Cost | None:
        """This cost divided by ``count`` (None when there is nothing to divide by)."""
        if count <= 0:
            return None
        return Cost(
            episodes=round(self.episodes / count),
            calls=round(self.calls / count),
            tokens=round(self.tokens / count),
            seconds=round(self.seconds / count, 3),
        )


class LearningCost(BaseModel):
    """What learning cost in one run, and per promoted memory and per replay decision."""

    train: Cost = Field(default_factory=Cost)
    replay: Cost = Field(default_factory=Cost)
    test: Cost = Field(default_factory=Cost)
    replay_decisions: int = 0
    per_promoted: Cost | None = None
    """(train + replay) / promoted memories: what one memory that reached prompts cost to learn."""
    per_replay_decision: Cost | None = None
    """replay / decisions taken by replay: what proving or refuting one candidate cost."""

    def settle(self, promoted: int) -> None:
        self.per_promoted = (self.train + self.replay).per(promoted)
        self.per_replay_decision = self.replay.per(self.replay_decisions)


class CurvePoint(BaseModel):
    trained: int
    """Training cases seen so far."""
    success: float
    """Test success after them (EVAL_TEST)."""


class ArmRun(BaseModel):
    arm: str
    seed: int
    model: str
    plugins: list[dict[str, str]]
    train: list[ScoreBundle] = Field(default_factory=list)
    test: list[ScoreBundle] = Field(default_factory=list)
    candidates: int = 0
    promoted: int = 0
    decisions: list[dict[str, str]] = Field(default_factory=list)
    """Every candidate's fate: card id, kind, status and the reason (scan or replay evidence)."""
    replay_episodes: int = 0
    curve: list[CurvePoint] = Field(default_factory=list)
    store: str = ""
    seconds: float = 0.0
    cost: LearningCost = Field(default_factory=LearningCost)


class LearnResult(BaseModel):
    """What a learning run wrote: its config, splits by hash, and every (arm, seed) run's scores."""

    schema_version: int = SCHEMA_VERSION
    created: str
    suite: dict[str, Any]
    config: LearnConfig
    seeds: list[int]
    splits: dict[str, dict[str, SplitRecord]]
    """seed -> split name -> count, hash and item hashes."""
    runs: list[ArmRun]
    contamination: dict[str, Any]
    immune: str
    seconds: float
    executor: dict[str, Any] = Field(default_factory=lambda: {"name": "sequential", "workers": 1})
    """Where episodes ran; results do not depend on it (only ``seconds`` do)."""

    def run_of(self, arm: str, seed: int | None = None) -> ArmRun:
        return next(r for r in self.runs if r.arm == arm and (seed is None or r.seed == seed))


class Prepared(BaseModel):
    """Everything checked before any model time: cases, splits and each arm's settings."""

    model_config = {"arbitrary_types_allowed": True}

    suite: Any
    size: int
    splits: dict[int, Splits]
    arm_settings: dict[str, Any]
    checkers: dict[str, Any]
    tools: list[str] = Field(default_factory=list)
    """Plugin tools the suite asks for, checked to be installed."""


def _checker_name(case: EvalCase) -> str:
    return f"case:{case.content_hash[:20]}"


class _SuiteChecker:
    """A case's own checker as a named checker; a class (not a closure) so worker processes can get it."""

    def __init__(self, case: EvalCase) -> None:
        assert case.custom_checker is not None
        self.case = case

    def __call__(self, answer: str, expected: str) -> tuple[bool, str]:
        try:
            value = self.case.custom_checker(answer, self.case)  # type: ignore[misc]
        except Exception as exc:  # a checker failing mid-run scores the case as failed, with the reason
            return False, f"the suite's checker raised {type(exc).__name__}: {exc}"
        ok = float(value) >= 0.5
        return ok, f"suite checker: {'pass' if ok else 'fail'} ({value!r})"


def _wrap_checker(case: EvalCase) -> Callable[[str, str], tuple[bool, str]]:
    return _SuiteChecker(case)


def own_settings(arms: Sequence[Any], base: Any, manager: Any) -> dict[str, Any]:
    """Each arm's settings when arms differ only by model (the default :data:`ArmCheck`)."""
    out = {}
    for arm in arms:
        settings = base.model_copy(update={"model": arm.model}) if arm.model else base.model_copy()
        settings.source = base.source
        out[arm.name] = settings
    return out


def prepare(
    config: LearnConfig,
    settings: Any,
    manager: Any,
    suite: Suite | None = None,
    check_arms: ArmCheck = own_settings,
) -> Prepared:
    """Every check that needs no model: raises :class:`ValidationError` with what to fix."""
    if not config.seeds:
        raise ValidationError("no seeds given; pass at least one (e.g. --seeds 0)")
    if config.store is not None and (len(config.seeds) != 1 or sum(a.learn for a in config.arms) != 1):
        raise ValidationError("learning into a given store needs exactly one seed and one learning arm")
    suite = suite if suite is not None else resolve_suite(config.suite, manager)
    size = config.size if config.size is not None else suite.default_size
    splits: dict[int, Splits] = {}
    checkers: dict[str, Any] = {}
    for seed in config.seeds:
        cases = suite.cases(size, seed)
        validate_cases(suite.name, cases)
        split = split_cases(
            cases, seed=seed, validation=config.validation, test=config.test, suite=suite.name
        )
        if any(a.learn for a in config.arms) and not split.train:
            raise ValidationError(
                f"suite {suite.name!r} (seed {seed}) leaves no training cases; a learning arm needs some"
            )
        splits[seed] = split
        for case in cases:
            if case.custom_checker is not None:
                checkers[_checker_name(case)] = _wrap_checker(case)
    manager.load()
    tools = suite_tools(suite)
    registry = manager.tools()
    missing = [name for name in tools if name not in registry]
    if missing:
        raise ValidationError(
            f"suite {suite.name!r} needs the tool(s) {', '.join(missing)}, which no installed plugin "
            f"provides; install the plugin that registers them (pip install purpose-tools) or enable it"
        )
    arm_settings = check_arms(config.arms, settings, manager)
    test_cases = [c for s in splits.values() for c in s.test]
    if config.initial_store is not None:
        if not Path(config.initial_store).is_file():
            raise ValidationError(f"initial store {config.initial_store} does not exist")
        _check_store(config.initial_store, test_cases, manager, "initial store")
    if config.store is not None and Path(config.store).is_file():
        _check_store(config.store, test_cases, manager, "store")
    return Prepared(
        suite=suite, size=size, splits=splits, arm_settings=arm_settings, checkers=checkers, tools=tools
    )


def _check_store(location: str, test_cases: Sequence[EvalCase], manager: Any, what: str) -> None:
    store = open_store(location, RunMode.EVAL_TEST, manager=manager)
    try:
        findings = check_contamination(store, test_cases)
    finally:
        store.close()
    if findings:
        raise ContaminationError(findings, where=f"{what} {location}, before any run")


def _fingerprint(store: Any) -> tuple[int, int, int, int]:
    st = store.stats()
    return st.cards, st.versions, st.audit_rows, st.exposures


def run_learning(
    config: LearnConfig,
    *,
    make_team: TeamFactory,
    settings: Any = None,
    manager: Any = None,
    progress: Progress | None = None,
    backend: Any = None,
    tools: Sequence[Any] = (),
    suite: Suite | None = None,
    executor: Any = None,
    check_arms: ArmCheck = own_settings,
) -> LearnResult:
    """Run every arm on every seed; raise :class:`ContaminationError` instead of reporting a tainted score.

    ``make_team`` builds each (arm, seed)'s team (``Team.build``: the learning layer never imports the
    api layer above it, so the caller names it). ``backend`` and ``tools`` replace the resolved model and
    add tools (tests, embedding applications); ``suite`` gives a suite object instead of resolving
    ``config.suite`` by name. ``executor`` is an :class:`~purpose_executors.base.Executor` or a
    registered name (default: the settings' ``[executor]``); the pipeline closes one it resolved itself.
    """

    settings = settings or load_settings()
    manager = manager or PluginManager(settings)
    prepared = prepare(config, settings, manager, suite, check_arms)
    owned = executor is None or isinstance(executor, str)
    models = sorted({arm.model or settings.model for arm in config.arms})
    executor = _executor(executor, manager, models, backend)
    started = time.perf_counter()
    managers: dict[str, Any] = {}
    lock = threading.Lock()  # arms and episodes report progress from several threads

    def tick(stage: str, done: int, total: int) -> None:
        if progress is not None:
            with lock:
                progress(stage, done, total)

    planned = sum(
        len(s.test)
        + (len(s.train) + len(s.test) * (len(_chunks(s.train, config.curve_points)) - 1)) * arm.learn
        for s in prepared.splits.values()
        for arm in config.arms
    )
    state = {"done": 0}

    def count(stage: str, done: int, total: int) -> None:
        executor.check()  # Ctrl-C or a failed arm: this arm stops at the episode boundary
        tick(stage, done, total)
        if done > 0 and not stage.endswith("replay"):
            with lock:
                state["done"] += 1
                done_now = state["done"]
            tick("overall", done_now, planned)

    work = []
    for seed, split in prepared.splits.items():
        for arm in config.arms:
            arm_settings = prepared.arm_settings[arm.name]
            if arm.name not in managers:
                same = arm_settings.plugins == settings.plugins
                managers[arm.name] = manager if same else PluginManager(arm_settings).load()
            arm_tools = [*tools, *_plugin_tools(prepared.tools, managers[arm.name], arm.name)]
            work.append((seed, split, arm, arm_settings, managers[arm.name], arm_tools))

    jobs = [
        ArmJob(
            fn=run_arm_job,
            args=(config, arm, seed, split, backend, arm_tools, make_team),
            settings=_place_arm(config, arm, seed, arm_settings),
            label=f"{arm.name} s{seed}",
            manager=arm_manager,
            local=config.store is not None and arm.learn,  # learns into the user's own store, in place
        )
        for seed, split, arm, arm_settings, arm_manager, arm_tools in work
    ]
    try:
        tick("overall", 0, planned)
        runs = executor.run_arm_jobs(jobs, count)
    finally:
        if owned:
            executor.close()
    suite_info = prepared.suite
    return LearnResult(
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        suite={
            "name": suite_info.name,
            "description": suite_info.description,
            "size": prepared.size or _cases_per_seed(prepared),
        },
        config=config,
        seeds=list(config.seeds),
        splits={str(seed): split.record() for seed, split in prepared.splits.items()},
        runs=runs,
        contamination={"checked": True, "methods": ["hash", "substring", "search"], "findings": []},
        immune=work[-1][3].immune if work else settings.immune,
        seconds=time.perf_counter() - started,
        executor={"name": executor.name, "workers": executor.workers},
    )


def _executor(executor: Any, manager: Any, models: Sequence[str] = (), backend: Any = None) -> Any:
    """The executor object: as given, by name from the registry, or the settings' (``auto`` by default:
    see :func:`~purpose_executors.base.auto_executor`). ``sequential`` needs no plugin: it is the
    kernel's own behaviour, so an allow-list without the executors plugin still works."""
    if executor is not None and not isinstance(executor, str):
        return executor
    name = executor or manager.settings.executor.name
    if name == "sequential":
        return SequentialExecutor()
    if name == "auto":
        return auto_executor(manager, models, backend)
    return resolve_executor(name, manager=manager)


def _plugin_tools(names: Sequence[str], manager: Any, arm: str) -> list[Any]:
    """The suite's named tools as this arm's plugins provide them (an arm may switch their plugin off)."""
    registry = manager.tools()
    for name in names:
        if name not in registry:
            log.warning("arm %r runs without the suite's tool %r: its plugin is off in this arm", arm, name)
    return [registry.get(name) for name in names if name in registry]


def _case_tools(split: Splits) -> dict[str, ToolFactory]:
    """Per-case tool factories by input hash (inputs are unique within a suite, ids need not be)."""
    return {
        text_hash(case.input): case.tools
        for case in [*split.train, *split.validation, *split.test]
        if case.tools is not None
    }


def _case_checkers(split: Splits) -> dict[str, Callable[[str, str], tuple[bool, str]]]:
    """The suite's own checkers of these cases, by the name their tasks carry."""
    cases = [*split.train, *split.validation, *split.test]
    return {_checker_name(c): _wrap_checker(c) for c in cases if c.custom_checker is not None}


class _CaseTools:
    """The team's ``task_tools``: each case's own tools, made fresh for each episode of that case.

    Every phase runs a task through ``run_chain`` (training, replay with and without a candidate, the
    EVAL_TEST team), and ``run_chain`` makes and closes them, so setting it covers them all. A class,
    not a closure, so worker processes can be sent it (it pickles when the suite's factories do).
    """

    def __init__(self, factories: dict[str, ToolFactory]) -> None:
        self.factories = factories

    def __call__(self, task: Any) -> list[Any]:
        factory = self.factories.get(text_hash(task.input))
        return list(factory()) if factory is not None else []


def _task_tools(split: Splits) -> Callable[[Any], list[Any]]:
    return _CaseTools(_case_tools(split))


def _place_arm(config: LearnConfig, arm: Arm, seed: int, settings: Any) -> Any:
    """In the coordinator, before the arm runs anywhere: its fresh folder, its store (a copy of the
    starting store, or the user's store for ``purpose learn``), its run-index entry; the arm's settings
    name the store and trace folder."""
    folder = Path(config.workdir) / _safe(arm.name) / f"seed-{seed}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    store_path = Path(config.store) if config.store is not None and arm.learn else folder / "memory.db"
    if config.store is not None and arm.learn:
        store_path.parent.mkdir(parents=True, exist_ok=True)
    elif config.initial_store is not None and arm.learn:
        shutil.copyfile(config.initial_store, store_path)
    arm_settings = settings.model_copy(update={"store": str(store_path), "traces": str(folder / "traces")})
    register_run(
        current_run_command("learn"),
        traces=folder / "traces",
        store=store_path,
        workdir=config.workdir,
        arm=arm.name,
        seed=seed,
        info={"suite": config.suite, "learn": arm.learn, "memory": arm.memory},
    )
    arm_settings.source = settings.source
    return arm_settings


def run_arm_job(
    config: LearnConfig,
    arm: Arm,
    seed: int,
    split: Splits,
    backend: Any,
    tools: Sequence[Any],
    make_team: TeamFactory,
    *,
    settings: Any,
    manager: Any,
    progress: Progress,
    executor: Any = None,
) -> ArmRun:
    """One (arm, seed) run against the store and trace folder ``settings`` names (placed by
    :func:`_place_arm`): train and replay when the arm learns, then test. Module-level, so an executor
    can send it (as an :class:`~purpose_executors.base.ArmJob`) to run elsewhere."""
    executor = executor or SequentialExecutor()
    started = time.perf_counter()
    if manager is None:
        manager = PluginManager(settings).load()
    store_path = Path(settings.store)
    arm_settings = settings
    team = make_team(
        purpose=config.purpose,
        agents=config.agents,
        model=arm.model,
        settings=arm_settings,
        manager=manager,
        backend=backend,
        tools=tools,
    )
    team.task_tools = _task_tools(split)
    team.explicit_backend = backend  # for worker processes; None: by name
    team.checkers = _case_checkers(split)  # each case's own checker, for this team's runs only
    team._backend = CountingBackend(team.backend)  # model calls are counted per episode, where it runs
    executor.prepare(team)  # ``auto`` chooses here, before the replay width is read
    run = ArmRun(
        arm=arm.name, seed=seed, model=team.model, plugins=manager.loaded_set(), store=str(store_path)
    )
    label = f"{arm.name} s{seed}"
    chunks = _chunks(split.train, config.curve_points) if arm.learn else []
    try:
        _ = team.store  # creates an empty store, so EVAL_TEST can open it read-only
        for index, chunk in enumerate(chunks):
            _learn_chunk(team, run, chunk, split, label, progress, executor)
            findings = check_contamination(team.store, split.test)
            if findings:
                raise ContaminationError(findings, where=f"arm {arm.name}, seed {seed}, after training")
            if index < len(chunks) - 1:  # a learning-curve point: the test split after this much training
                team.close()
                scores = _test(team, arm, split, f"{label} curve", progress, executor, run)
                run.curve.append(CurvePoint(trained=len(run.train), success=_rate(scores)))
        if not chunks:
            findings = check_contamination(team.store, split.test)
            if findings:
                raise ContaminationError(findings, where=f"arm {arm.name}, seed {seed}, before testing")
    finally:
        team.close()
    run.test = _test(team, arm, split, f"{label} test", progress, executor, run)
    if arm.learn:
        run.curve.append(CurvePoint(trained=len(run.train), success=_rate(run.test)))
    run.cost.settle(run.promoted)
    run.seconds = time.perf_counter() - started
    return run


def _cases_per_seed(prepared: Prepared) -> int:
    first = next(iter(prepared.splits.values()))
    return len(first.train) + len(first.validation) + len(first.test)


def _chunks(cases: Sequence[EvalCase], points: int) -> list[list[EvalCase]]:
    """The train split cut into ``points`` consecutive parts (fewer when there are fewer cases)."""
    points = max(1, min(points, len(cases)))
    bounds = [round(len(cases) * i / points) for i in range(points + 1)]
    return [list(cases[bounds[i] : bounds[i + 1]]) for i in range(points)]


def _rate(scores: Sequence[ScoreBundle]) -> float:
    return sum(b.success for b in scores) / len(scores) if scores else 0.0


def _learn_chunk(
    team: Any,
    run: ArmRun,
    chunk: Sequence[EvalCase],
    split: Splits,
    label: str,
    progress: Progress,
    executor: Any = None,
) -> None:
    """Train on ``chunk`` in LEARNING_TRAIN, then replay-test its quarantined candidates on validation.

    Training runs here, in order, whatever the executor: each training episode may learn from the ones
    before it (a promoted card is retrieved by the next task), so it cannot run beside them. The replay
    episodes are independent and go to the executor in batches.
    """

    executor = executor or SequentialExecutor()
    by_task = {c.id: c for c in chunk}
    tasks = [c.to_task(split="train", checker_name=_checker_name(c)) for c in chunk]
    validation = [c.to_task(split="validation", checker_name=_checker_name(c)) for c in split.validation]
    stage = f"{label} replay"

    def run_batch(jobs: Sequence[Any]) -> list[Any]:
        ran = executor.run_episodes(team, jobs)
        for item in ran:
            run.cost.replay.add(item.result, item.calls)
        return [item.result for item in ran]

    # with workers, the first round's "without" runs go to them while training runs here
    ahead = RunAhead(team, validation, run_batch) if executor.workers > 1 else None
    (results, candidates), calls = counted(
        lambda: train_phase(team, tasks, progress=progress, stage=f"{label} train")
    )
    run.cost.train.add_many(results, calls)
    run.train += [ScoreBundle.from_result(by_task[t.id], r) for t, r in zip(tasks, results, strict=True)]
    run.candidates += len(candidates)
    waiting = [c.card_id for c in candidates if c.status == "quarantined"]
    known = ahead.take() if ahead is not None else {}  # joined even when unused: no run left behind
    decisions = replay_candidates(
        team,
        waiting,
        validation,
        progress=lambda s, d, t: progress(stage, d, t),
        run_batch=run_batch,
        width=executor.workers,
        ahead=known,
    )
    run.promoted += sum(1 for _, _, d in decisions if d.status == "promoted")
    settled = {d.card_id for _, _, d in decisions}
    run.decisions += [d.model_dump() for _, _, d in decisions]
    run.decisions += [c.model_dump() for c in candidates if c.card_id not in settled]
    # the members of a playbook share its runs: counted once, with its first member
    run.replay_episodes += sum(len(e.runs) * 2 for i, e, _ in decisions if e.playbook[:1] in ([], [i]))
    run.cost.replay_decisions += len(decisions)


class _Counter:
    """``on_done`` for a batch: episodes finish in any order and on any thread; progress counts them."""

    def __init__(self, progress: Progress, stage: str, total: int) -> None:
        self.progress, self.stage, self.total = progress, stage, total
        self.done = 0
        self.lock = threading.Lock()

    def __call__(self, _index: int) -> None:
        with self.lock:
            self.done += 1
            done = self.done
        try:
            self.progress(self.stage, done, self.total)
        except Stopped:  # the batch itself is being stopped by its executor; progress has nothing to add
            pass


def _test(
    team: Any,
    arm: Arm,
    split: Splits,
    stage: str,
    progress: Progress,
    executor: Any = None,
    run: ArmRun | None = None,
) -> list[ScoreBundle]:
    """Score the test split in EVAL_TEST (read-only store) and prove the store did not change.

    The test episodes are independent (nothing is written), so they go to the executor as one batch."""

    executor = executor or SequentialExecutor()
    evaluator = eval_test_team(team)
    evaluator.task_tools = team.task_tools
    evaluator.explicit_backend = getattr(team, "explicit_backend", None)
    evaluator.checkers = team.checkers
    if not isinstance(evaluator._backend, CountingBackend):
        evaluator._backend = CountingBackend(evaluator.backend)
    jobs = [
        EpisodeJob(task=case.to_task(split="test", checker_name=_checker_name(case)), use_memory=arm.memory)
        for case in split.test
    ]
    try:
        before = _fingerprint(evaluator.store)
        progress(stage, 0, len(jobs))
        ran = executor.run_episodes(evaluator, jobs, _Counter(progress, stage, len(jobs)))
        if _fingerprint(evaluator.store) != before:
            raise ValidationError(f"arm {arm.name}: the store changed during the EVAL_TEST phase")
    finally:
        evaluator.close()
    if run is not None:
        for item in ran:
            run.cost.test.add(item.result, item.calls)
    return [ScoreBundle.from_result(case, item.result) for case, item in zip(split.test, ran, strict=True)]


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name)


class _TasksSuite:
    """``pa.learn``'s task list as a suite: the same cases whatever the size and seed asked for."""

    def __init__(self, cases: list[EvalCase]) -> None:
        self.name = "tasks"
        self.description = f"{len(cases)} tasks given to learn()"
        self.default_size = self.full_size = len(cases)
        self._cases = cases

    def cases(self, size: int, seed: int) -> list[EvalCase]:
        return list(self._cases)


def as_case(item: Any) -> EvalCase:
    """A :class:`~purpose_agent.runtime.task.Task` (or an EvalCase) as the pipeline's case.

    A task's ``split`` defaults to ``train``, so only ``validation`` and ``test`` pin it; the rest are
    split by the seed."""
    if isinstance(item, EvalCase):
        return item
    return EvalCase(
        input=item.input,
        expected=item.expected,
        checker=item.checker,
        split=item.split if item.split in ("validation", "test") else None,
        task_type=item.task_type,
        id=item.id,
        tags=list(item.tags),
    )


class _SameTeam:
    """``make_team`` for ``pa.learn``: the given team (its agents, tools, backend, knowledge) on each
    arm's settings, so the baseline and the learning arm differ only by what the pipeline changes.
    A class, not a closure, so a team spec stays picklable for worker processes."""

    def __init__(self, team: Any) -> None:
        self.team = team

    def __call__(self, **options: Any) -> Any:
        team = self.team
        settings = options["settings"]
        return type(team)(
            team.purpose,
            team.agents,
            model=options.get("model") or team.model,
            store=settings.store,
            settings=settings,
            manager=options["manager"],
            name=team.name,
            backend=options.get("backend") or team._backend,
            tools=[*team.extra_tools, *options.get("tools", ())],
            knowledge=team.knowledge,
            approval=team.approval,
        )


def learn(
    team: Any,
    tasks: Sequence[Any] | str,
    *,
    seed: int = 0,
    progress: Progress | None = None,
    validation: float | None = None,
    test: float | None = None,
    workdir: str = ".purpose/learn",
    executor: Any = None,
) -> LearnResult:
    """``pa.learn``: what ``purpose learn`` runs, for a team you built (:func:`run_learning` with the
    no-memory baseline and the learning arm, one seed).

    ``tasks`` is a list of :class:`~purpose_agent.Task` (or suite cases), or a suite name or ``.jsonl``
    path. The learning arm learns into the team's own store, so what it promoted stays there; the
    baseline gets a fresh store under ``workdir``. Every task needs an ``expected`` answer or a checker.
    """
    options: dict[str, Any] = {}
    for name, value in (("validation", validation), ("test", test)):
        if value is not None:
            options[name] = value
    suite: Suite | None = None
    if isinstance(tasks, str):
        name = tasks
    else:
        suite = _TasksSuite([as_case(t) for t in tasks])
        name = suite.name
    config = LearnConfig(
        suite=name,
        seeds=[seed],
        purpose=team.purpose,
        workdir=workdir,
        store=str(team.store_path),
        curve_points=1,
        **options,
    )
    team.close()  # the learning arm opens the same store itself
    with run_command(current_run_command("learn")):  # how the arms' folders are registered
        return run_learning(
            config,
            make_team=_SameTeam(team),
            settings=team.settings,
            manager=team.manager,
            progress=progress,
            suite=suite,
            executor=executor,
        )
