"""The learning pipeline (``purpose learn``, ``pa.learn``) on a scripted model with real SQLite stores.

The riddle model's behaviour is known in advance (``purpose_testing.riddle``): without memory it answers only
items whose number is divisible by four; the solved-case memory holding the secret word makes it answer
every item. So what the baseline scores, what the learning arm must learn and promote, and where a planted
test item sits are all known.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from learn_fixtures import CORE, WORD, ScriptedPlugin, policy, riddle_manager, riddle_settings, write_suite
from purpose_agent.plugin import (
    MemoryCard,
    PluginManager,
    PluginsConfig,
    RunMode,
    Settings,
    ValidationError,
    cli_main,
    open_store,
    set_plugin_manager,
)
from purpose_agent.testing import ScriptedBackend
from purpose_learn.contamination import ContaminationError
from purpose_learn.pipeline import BASELINE, LEARNED, LearnConfig, run_learning
from purpose_team import Team


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return riddle_settings(tmp_path, CORE)


@pytest.fixture
def manager(settings: Settings) -> PluginManager:
    return riddle_manager(settings)


def test_learned_arm_beats_the_baseline_on_the_same_test_split(tmp_path, settings, manager) -> None:
    config = LearnConfig(suite=str(write_suite(tmp_path / "secret.jsonl")), workdir=str(tmp_path / "w"))
    config.agents = ["solver"]
    result = run_learning(config, make_team=Team.build, settings=settings, manager=manager,
                          backend=ScriptedBackend(policy))  # fmt: skip
    base, learned = result.run_of("baseline"), result.run_of("learned")
    assert [b.case_hash for b in base.test] == [b.case_hash for b in learned.test] and len(base.test) == 4
    divisible = sum(1 for b in base.test if b.success)
    assert divisible < 4 and all(b.success for b in learned.test)
    assert learned.promoted >= 1 and base.promoted == base.candidates == 0
    assert all(d["status"] in ("promoted", "rejected") for d in learned.decisions)
    assert result.splits["0"]["test"].n == 4 and result.contamination["checked"] is True
    assert not hasattr(result, "summary")  # intervals are the benchmark's (purpose-eval), not the kernel's


def test_a_store_holding_a_test_item_is_refused_before_any_model_time(tmp_path, settings, manager) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    store_path = tmp_path / "mine.db"
    config = LearnConfig(
        suite=str(suite), workdir=str(tmp_path / "w"), store=str(store_path), agents=["solver"]
    )
    probe = LearnConfig(suite=str(suite), workdir=str(tmp_path / "p"), agents=["solver"])
    from purpose_learn.pipeline import prepare

    test_item = prepare(probe, settings, manager).splits[0].test[0]
    store = open_store(store_path, RunMode.LEARNING_TRAIN, manager=manager)
    card = MemoryCard(kind="episodic_case", content=f"Solved: {test_item.input} -> {WORD}")
    store.add(card)
    store.close()
    backend = ScriptedBackend(policy)
    with pytest.raises(ContaminationError, match="before any run"):
        run_learning(config, make_team=Team.build, settings=settings, manager=manager, backend=backend)
    assert backend.calls == []


def test_bad_split_fractions_are_refused_in_one_line(tmp_path, settings, manager) -> None:
    config = LearnConfig(suite=str(write_suite(tmp_path / "two.jsonl", n=2)), test=0.2, agents=["solver"])
    with pytest.raises(ValidationError, match="leaves the test set empty"):
        run_learning(config, make_team=Team.build, settings=settings, manager=manager,
                     backend=ScriptedBackend(policy))  # fmt: skip
    assert [a.name for a in LearnConfig(suite="x").arms] == [BASELINE.name, LEARNED.name]


@pytest.fixture
def scripted(tmp_path: Path) -> ScriptedPlugin:
    from plugin_fixtures import keyword_scanner

    settings = Settings(
        model="scripted",
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        plugins=PluginsConfig(enabled=CORE),
    )
    manager = PluginManager(settings).load()
    plugin = ScriptedPlugin()
    manager.register(plugin, name="scripted-model")
    manager.register(keyword_scanner, name="keyword-scanner")
    set_plugin_manager(manager)
    return plugin


def test_learn_command_reports_both_arms_and_keeps_what_it_learned(tmp_path, scripted, capsys) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    store = tmp_path / "mine.db"
    argv = ["learn", "--tasks", str(suite), "--agents", "solver", "--store", str(store)]
    argv += ["--workdir", str(tmp_path / "learn")]
    assert cli_main(argv) == 0
    out = capsys.readouterr().out
    last = json.loads(out.strip().splitlines()[-1])
    assert last["learned_success"] == 1.0 > last["baseline_success"] and last["promoted"] >= 1
    assert "learned vs baseline, paired on 4 test cases: won" in " ".join(out.split())
    written = json.loads((tmp_path / "learn" / "result.json").read_text(encoding="utf-8"))
    assert [r["arm"] for r in written["runs"]] == ["baseline", "learned"]
    kept = open_store(store, RunMode.EVAL_TEST)
    promoted = kept.list_cards(statuses=["promoted"])
    kept.close()
    assert promoted and all(WORD in c.content for c in promoted)
    # a second learn on the same store and split finds no test item in it (the split is by hash)
    assert cli_main(argv) == 0


def test_progress_in_a_log_is_plain_lines_with_time_left() -> None:
    from io import StringIO

    from purpose_learn.progress import LineProgress
    from rich.console import Console

    now = [0.0]
    sink = StringIO()
    progress = LineProgress(Console(file=sink, width=200), every=30.0, clock=lambda: now[0])
    progress("baseline seed 0: test", 0, 4)
    for done, at in [(1, 10.0), (2, 20.0), (3, 40.0), (4, 45.0)]:
        now[0] = at
        progress("overall", done, 8)
    now[0] = 80.0
    progress("overall", 8, 8)
    lines = sink.getvalue().splitlines()
    assert lines[0] == "[0:00] episodes 0/?; baseline seed 0: test"
    assert lines[1:] == [
        "[0:40] episodes 3/8, about 1:06 left; baseline seed 0: test",
        "[1:20] episodes 8/8, about 0:00 left; baseline seed 0: test",
    ]


def test_replay_progress_of_seeds_side_by_side_keeps_each_clock() -> None:
    from io import StringIO

    from purpose_learn.progress import LineProgress
    from rich.console import Console

    now = [0.0]
    sink = StringIO()
    progress = LineProgress(Console(file=sink, width=200), every=30.0, clock=lambda: now[0])
    for at, stage, done in [(0.0, "s1 replay", 0), (5.0, "s2 replay", 0), (60.0, "s1 replay", 6),
                            (65.0, "s2 replay", 2)]:  # fmt: skip
        now[0] = at
        progress(stage, done, 20)
    lines = sink.getvalue().splitlines()
    # 6 of 20 in 60 s leaves 14 at 10 s each; 2 of 20 in 60 s leaves 18 at 30 s each
    assert lines[2:] == ["[1:00] s1 replay: episodes 6/20, about 2:20 left",
                         "[1:05] s2 replay: episodes 2/20, about 9:00 left"]  # fmt: skip


def test_pa_learn_is_the_pipeline_and_learns_into_the_teams_store(tmp_path, settings, manager) -> None:
    import purpose_agent as pa
    from purpose_agent.plugin import Task

    lines = write_suite(tmp_path / "secret.jsonl").read_text(encoding="utf-8").splitlines()
    tasks = [Task.model_validate(json.loads(line)) for line in lines]
    team = Team.build(purpose="Answer riddles", agents=["solver"], settings=settings, manager=manager,
                      backend=ScriptedBackend(policy))  # fmt: skip
    result = pa.learn(team, tasks, workdir=str(tmp_path / "learn"))
    assert isinstance(result, pa.LearnResult) and [r.arm for r in result.runs] == ["baseline", "learned"]
    learned, base = result.run_of("learned"), result.run_of("baseline")
    assert learned.store == str(team.store_path) and base.store != learned.store
    assert sum(b.success for b in learned.test) == 4 > sum(b.success for b in base.test)
    promoted = [d["card_id"] for d in learned.decisions if d["status"] == "promoted"]
    assert promoted and all(team.store.get(i).status == "promoted" for i in promoted)
    with pytest.raises(ValidationError, match="neither 'expected' nor 'checker'"):
        pa.learn(team, [Task(input=f"riddle {i}") for i in range(8)], workdir=str(tmp_path / "again"))
