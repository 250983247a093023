"""``purpose bench`` and ``purpose learn`` in-process on a scripted model with real stores and files.

The manager is built with core's plugins plus a scripted backend plugin, so the commands run their real
code path (argument parsing, harness, progress bars, JSON and PNG output) without model time.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from purpose_agent import hookimpl
from purpose_agent.config import PluginsConfig, Settings
from purpose_agent.plugins import PluginManager, set_plugin_manager
from purpose_agent.testing import ScriptedBackend
from test_evaluation_harness import CORE, WORD, policy, write_suite

cli = importlib.import_module("purpose_agent.cli.main")
commands = importlib.import_module("purpose_agent.builtins.commands")


class ScriptedPlugin:
    def __init__(self) -> None:
        self.backend = ScriptedBackend(policy)

    @hookimpl
    def register_backends(self, registry):  # type: ignore[no-untyped-def]
        registry.add(lambda model, **settings: self.backend, name="scripted")

    @hookimpl
    def resolve_backend(self, model, settings):  # type: ignore[no-untyped-def]
        return "scripted" if model == "scripted" else None


@pytest.fixture
def scripted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ScriptedPlugin:
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
    monkeypatch.setitem(commands.MODULES, "bench", "purpose_agent.cli.bench_cmd")
    return plugin


def test_bench_prints_cis_writes_json_and_reproduces(tmp_path, scripted, capsys) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    work = tmp_path / "bench"
    argv = ["bench", str(suite), "--agents", "solver", "--seeds", "0,1", "--workdir", str(work)]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "success" in out and "95% CI" in out and "paired differences" in out and "full - baseline" in out
    last = json.loads(out.strip().splitlines()[-1])
    assert last["success"]["full"] == 1.0 and last["success"]["baseline"] < 1.0
    data = json.loads((work / "result.json").read_text())
    assert data["seeds"] == [0, 1] and set(data["splits"]) == {"0", "1"}
    assert {p["name"] for p in data["summary"][1]["plugins"]} >= {"core-optimizer-cases", "scripted-model"}
    assert data["summary"][0]["model"] == "scripted"
    from purpose_agent.evaluation.plot import have_matplotlib

    if have_matplotlib():
        assert (work / "result.png").stat().st_size > 10_000
    else:
        assert "plot: not written" in out and "matplotlib" in out
    calls = len(scripted.backend.calls)
    assert cli.main(["bench", "--reproduce", str(work / "result.json"), "--no-plot"]) == 0
    again = json.loads((work / "result.json").read_text())
    assert again["splits"] == data["splits"]
    assert [s["success"]["mean"] for s in again["summary"]] == [s["success"]["mean"] for s in data["summary"]]
    assert len(scripted.backend.calls) == 2 * calls


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["bench", "EMPTY", "--agents", "solver"], "is empty"),
        (["bench", "SUITE", "--arms", "baseline,without:research-nope"], "which are not installed"),
        (["bench", "SUITE", "--test", "0.01"], "leaves the test set empty"),
        (["bench", "SUITE", "--seeds", "a,b"], "give integers"),
        (["bench", "no-such-suite"], "no suite named 'no-such-suite'"),
    ],
)
def test_bench_bad_input_is_one_clear_line_and_no_model_time(
    tmp_path, scripted, capsys, argv, message
) -> None:
    suite = write_suite(tmp_path / "secret.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    argv = [str(suite) if a == "SUITE" else str(empty) if a == "EMPTY" else a for a in argv]
    assert cli.main(argv) != 0
    err = capsys.readouterr().err
    assert message in " ".join(err.split()) and "Traceback" not in err
    assert scripted.backend.calls == []


def test_learn_uses_the_harness_and_keeps_what_it_learned(tmp_path, scripted, capsys) -> None:
    from purpose_agent.memory.store import open_store
    from purpose_agent.runmode import RunMode

    suite = write_suite(tmp_path / "secret.jsonl")
    store = tmp_path / "mine.db"
    argv = ["learn", "--tasks", str(suite), "--agents", "solver", "--store", str(store)]
    argv += ["--workdir", str(tmp_path / "learn")]
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    last = json.loads(out.strip().splitlines()[-1])
    assert last["learned_success"] == 1.0 and last["promoted"] >= 1
    assert "paired differences" in out and "promoted" in out
    kept = open_store(store, RunMode.EVAL_TEST)
    promoted = kept.list_cards(statuses=["promoted"])
    kept.close()
    assert promoted and all(WORD in c.content for c in promoted)
    # a second learn on the same store and split finds no test item in it (the split is by hash)
    assert cli.main(argv) == 0


def test_progress_in_a_log_is_plain_lines_with_time_left() -> None:
    from io import StringIO

    from purpose_agent.cli.bench_cmd import LineProgress
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
    # one line per 30 s at most, and always the last one
    assert lines[1:] == [
        "[0:40] episodes 3/8, about 1:06 left; baseline seed 0: test",
        "[1:20] episodes 8/8, about 0:00 left; baseline seed 0: test",
    ]
