"""``purpose bench`` and ``purpose learn`` in-process on a scripted model with real stores and files.

The manager is built with core's plugins plus a scripted backend plugin, so the commands run their real
code path (argument parsing, harness, progress bars, JSON and PNG output) without model time.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from learn_fixtures import CORE, ScriptedPlugin, write_suite
from purpose_agent.plugin import PluginManager, PluginsConfig, Settings, set_plugin_manager

cli = importlib.import_module("purpose_agent.cli.main")


@pytest.fixture
def scripted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ScriptedPlugin:
    from plugin_fixtures import keyword_scanner

    settings = Settings(
        model="scripted",
        store=str(tmp_path / "memory.db"),
        traces=str(tmp_path / "traces"),
        plugins=PluginsConfig(enabled=[*CORE, "eval"]),  # eval: purpose-eval's ``purpose bench``
    )
    manager = PluginManager(settings).load()
    plugin = ScriptedPlugin()
    manager.register(plugin, name="scripted-model")
    manager.register(keyword_scanner, name="keyword-scanner")
    set_plugin_manager(manager)
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
    from purpose_eval.plot import have_matplotlib

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
