"""purpose-executors: same result file from sequential, threads and processes; registry, config and CLI.

A deterministic, picklable backend (the test kit's ``purpose_testing.riddle.RiddleBackend``) makes the
expected result known: the full arm learns the secret word, replay promotes it, the baseline does not;
the comparison is on every split hash, decision, promoted card and score.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from purpose_agent.plugin import (
    BackendError,
    ConfigError,
    EpisodeJob,
    PluginManager,
    PluginNotFoundError,
    PluginsConfig,
    Settings,
    Task,
    ValidationError,
    load_settings,
    open_store,
    set_plugin_manager,
)
from purpose_agent.testing import ScriptedBackend, comparable, promoted_cards
from purpose_executors.base import SequentialExecutor, resolve_executor
from purpose_learn import BASELINE, LearnConfig, run_learning
from purpose_team import Team
from purpose_testing.riddle import (
    CORE,
    PidBackend,
    RiddleBackend,
    riddle_manager,
    riddle_settings,
    run_riddle,
    write_suite,
)

ENABLED = [*CORE, "executors"]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return riddle_settings(tmp_path, ENABLED)


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return riddle_manager(settings)


@pytest.mark.parametrize("name", ["threads", "processes"])
def test_every_executor_gives_the_sequential_result(tmp_path, settings, manager, name) -> None:
    seq, seq_events = run_riddle(tmp_path, "seq", settings, manager, "sequential")
    executor = resolve_executor(name, 3, manager=manager)
    with executor:
        par, par_events = run_riddle(tmp_path, name, settings, manager, executor)
    assert seq.executor == {"name": "sequential", "workers": 1}
    assert par.executor == {"name": name, "workers": 3}
    assert comparable(par) == comparable(seq)
    assert promoted_cards(par, manager) == promoted_cards(seq, manager)

    # the result is not vacuous: the full arm learned and promoted, the baseline did not
    def rate(arm: str) -> float:
        tests = [b.success for r in par.runs if r.arm == arm for b in r.test]
        return sum(tests) / len(tests)

    promoted = sum(r.promoted for r in par.runs if r.arm == "full")
    assert promoted >= 2 and rate("full") == 1.0 > rate("baseline")
    assert all(cards for key, cards in promoted_cards(par, manager).items() if key.startswith("full"))
    # progress still reaches the planned total, counted once per episode whatever the thread
    for events in (par_events, seq_events):
        overall = [d for s, d, _ in events if s == "overall"]
        planned = next(t for s, _, t in events if s == "overall")
        assert planned > 20 and ("overall", planned, planned) in events and max(overall) == planned


def test_threads_run_episodes_at_once_and_keep_input_order(tmp_path, settings, manager) -> None:

    team = Team.build(
        purpose="answer riddles",
        agents=["solver"],
        settings=settings,
        manager=manager,
        backend=RiddleBackend(delay_s=0.2),
        run_mode="eval_test",
        store=str(tmp_path / "empty.db"),
    )

    open_store(str(tmp_path / "empty.db"), manager=manager).close()
    jobs = [EpisodeJob(task=Task(input=f"What is the secret word for item {i}?")) for i in range(8)]
    started = time.perf_counter()
    with resolve_executor("threads", 8, manager=manager) as executor:
        ran = executor.run_episodes(team, jobs)
    wall = time.perf_counter() - started
    assert [r.result.answer for r in ran] == ["zebra" if i % 4 == 0 else "horse" for i in range(8)]
    assert wall < 8 * 0.2  # not one after another (8 x 0.2 s)
    team.close()


def test_processes_send_a_second_single_episode_to_a_worker_while_one_runs_here(
    tmp_path, settings, manager
) -> None:
    """Candidates replayed side by side each send one episode at a time: the first runs in this process,
    one sent meanwhile goes to a worker (here it would wait for the first: the embedded model's lock)."""
    import os
    import threading

    open_store(str(tmp_path / "empty.db"), manager=manager).close()
    team = Team.build(
        purpose="answer riddles",
        agents=["solver"],
        settings=settings,
        manager=manager,
        backend=PidBackend(delay_s=1.0),
        run_mode="eval_test",
        store=str(tmp_path / "empty.db"),
    )
    team.explicit_backend = PidBackend(delay_s=1.0)  # what the harness sets: workers get this backend
    answers: list[str] = []
    barrier = threading.Barrier(2)
    with resolve_executor("processes", 2, manager=manager) as executor:
        alone = executor.run_episodes(team, [EpisodeJob(task=Task(input="item 0"))])
        assert alone[0].result.answer == str(os.getpid())  # nothing else running: no round trip

        def one(i: int) -> None:
            barrier.wait()
            ran = executor.run_episodes(team, [EpisodeJob(task=Task(input=f"item {i}"))])
            answers.append(ran[0].result.answer)

        threads = [threading.Thread(target=one, args=(i,)) for i in (1, 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(answers) == 2 and answers.count(str(os.getpid())) == 1, answers
    team.close()


def test_executor_is_resolved_from_settings_and_refused_when_unknown(tmp_path, manager) -> None:
    path = tmp_path / "purpose.toml"
    path.write_text('executor = "threads"\n', encoding="utf-8")
    assert load_settings(path).executor.name == "threads"
    path.write_text('[executor]\nname = "processes"\nworkers = 3\n', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.executor.name, loaded.executor.workers) == ("processes", 3)
    assert load_settings(path, environ={"PURPOSE_AGENT_EXECUTOR": "threads"}).executor.name == "threads"
    assert resolve_executor("threads", 5, manager=manager).workers == 5
    assert isinstance(resolve_executor("sequential", manager=manager), SequentialExecutor)
    with pytest.raises(PluginNotFoundError, match=r"executor is called 'ray'.*purpose-executor-ray"):
        resolve_executor("ray", manager=manager)
    with pytest.raises(ConfigError, match="at least 1"):
        resolve_executor("threads", 0, manager=manager)
    path.write_text("[executor]\nworkers = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="workers"):
        load_settings(path)


def test_processes_refuse_an_unpicklable_backend_in_one_line(tmp_path, settings, manager) -> None:

    suite = write_suite(tmp_path / "secret.jsonl")
    config = LearnConfig(suite=str(suite), arms=[BASELINE], workdir=str(tmp_path / "b"), agents=["solver"])
    with pytest.raises(ValidationError, match=r"cannot be pickled.*--executor threads"):
        run_learning(
            config,
            make_team=Team.build,
            settings=settings,
            manager=manager,
            backend=ScriptedBackend(lambda m: "x"),
            executor=resolve_executor("processes", 2, manager=manager),
        )


@pytest.fixture
def cli_manager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from learn_fixtures import ScriptedPlugin
    from purpose_testing import keyword_scanner

    settings = Settings(
        model="scripted",
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        plugins=PluginsConfig(enabled=ENABLED),
    )
    manager = PluginManager(settings).load()
    manager.register(ScriptedPlugin(), name="scripted-model")
    manager.register(keyword_scanner, name="keyword-scanner")
    set_plugin_manager(manager)
    return manager


def test_learn_takes_executor_options(tmp_path, cli_manager, capsys) -> None:
    import json

    from purpose_agent.plugin import cli_main

    suite = write_suite(tmp_path / "secret.jsonl")
    lasts = {}
    for name in ("sequential", "threads"):
        argv = ["learn", "--tasks", str(suite), "--agents", "solver", "--store", str(tmp_path / f"{name}.db")]
        argv += ["--workdir", str(tmp_path / name), "--executor", name, "--workers", "4"]
        assert cli_main(argv) == 0
        out = capsys.readouterr().out
        assert "cost learned: learning" in out and "per promoted memory" in out
        lasts[name] = json.loads(out.strip().splitlines()[-1])
        result = json.loads((tmp_path / name / "result.json").read_text())
        assert result["executor"]["name"] == name
    assert lasts["threads"] == lasts["sequential"] and lasts["threads"]["promoted"] >= 1
    assert cli_main(["learn", "--tasks", str(suite), "--executor", "nope"]) != 0
    err = " ".join(capsys.readouterr().err.split())
    assert "no installed executor is called 'nope'" in err and "Traceback" not in err


class LlamaLike(RiddleBackend):
    name = "llamacpp"  # what auto looks at; nothing is loaded


class ServerLike(RiddleBackend):
    def set_concurrency(self, workers: int) -> None:
        self.pool = workers


def _team(tmp_path, settings, manager, backend):  # type: ignore[no-untyped-def]

    open_store(str(tmp_path / "empty.db"), manager=manager).close()
    return Team.build(
        purpose="Answer riddles",
        agents=["solver"],
        settings=settings,
        manager=manager,
        backend=backend,
        run_mode="eval_test",
        store=str(tmp_path / "empty.db"),
    )


def test_auto_picks_processes_for_the_embedded_model_threads_for_a_server(
    tmp_path, settings, manager, monkeypatch
) -> None:
    import os

    from purpose_executors import ProcessExecutor, ThreadExecutor

    assert load_settings().executor.name == "auto"
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    embedded = resolve_executor("auto", manager=manager)
    embedded.prepare(_team(tmp_path, settings, manager, LlamaLike()))
    assert isinstance(embedded.inner, ProcessExecutor) and embedded.inner.fallback_local
    assert (embedded.name, embedded.workers, embedded.parallel) == ("auto:processes", 2, True)
    server = resolve_executor("auto", 16, manager=manager)
    team = _team(tmp_path, settings, manager, ServerLike())
    server.prepare(team)
    assert isinstance(server.inner, ThreadExecutor) and server.workers == 16 and team.backend.pool == 16
    other = resolve_executor("auto", manager=manager)
    other.prepare(_team(tmp_path, settings, manager, RiddleBackend()))
    assert type(other.inner) is SequentialExecutor
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    one_core = resolve_executor("auto", manager=manager)
    one_core.prepare(_team(tmp_path, settings, manager, LlamaLike()))
    assert type(one_core.inner) is SequentialExecutor


def test_auto_runs_a_team_that_will_not_pickle_here(tmp_path, settings, manager, monkeypatch) -> None:
    import os

    class Local(LlamaLike):  # defined in a function: cannot be pickled for a worker process
        pass

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    team = _team(tmp_path, settings, manager, Local())
    jobs = [EpisodeJob(task=Task(input=f"What is the secret word for item {i}?")) for i in (4, 5)]
    with resolve_executor("auto", manager=manager) as executor:
        executor.prepare(team)  # processes, chosen by auto
        team.explicit_backend = team.backend.inner if hasattr(team.backend, "inner") else team.backend
        ran = executor.run_episodes(team, jobs)
        assert executor.inner._pool is None  # nothing was sent to a worker process
    assert [r.result.answer for r in ran] == ["zebra", "horse"]
    named = resolve_executor("processes", 2, manager=manager)  # named by the user: the error stands
    with named, pytest.raises(ValidationError, match="cannot be pickled"):
        named.run_episodes(team, jobs)


def test_a_worker_that_dies_mid_episode_fails_the_batch_instead_of_hanging(
    tmp_path, settings, manager
) -> None:
    """``multiprocessing.Pool`` replaces a dead worker and loses its task: a run once waited forever after
    llama.cpp ended a worker. The executor notices and says so; the next batch gets fresh workers."""
    import os

    from purpose_testing.riddle import WorkerExitBackend

    backend = WorkerExitBackend(home=os.getpid())
    team = _team(tmp_path, settings, manager, backend)
    team.explicit_backend = backend
    jobs = [EpisodeJob(task=Task(input=f"item {i}")) for i in range(2)]
    with resolve_executor("processes", 2, manager=manager) as executor:
        started = time.monotonic()
        with pytest.raises(BackendError, match="worker process ended"):
            executor.run_episodes(team, jobs)
        assert time.monotonic() - started < 60
        team.explicit_backend = PidBackend()
        again = executor.run_episodes(team, jobs)
        assert {r.result.answer for r in again} - {str(os.getpid())}  # a fresh pool's workers answered
    team.close()
