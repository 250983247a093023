"""The main job on the real embedded model (SmolLM2-135M through llama.cpp), no network, no mocks.

Train tasks produce candidates, a real replay test on the validation split promotes at least one, and the
test split runs in EVAL_TEST with the promoted memory in its prompts while the store stays byte-identical.
Greedy decoding with a fixed seed and one thread makes the run repeatable on the same machine.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from purpose_agent.config import load_settings
from purpose_agent.plugins import PluginManager
from purpose_agent.runmode import RunMode
from purpose_learn.pipeline import learn
from purpose_learn.suites import arithmetic_cases
from purpose_team import Team

PURPOSE = "Solve the user's task accurately, using tools when they help"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    for key in ("PURPOSE_AGENT_DISABLED_PLUGINS", "PURPOSE_AGENT_ENABLED_PLUGINS", "PURPOSE_AGENT_CONFIG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PURPOSE_AGENT_STORE", str(tmp_path / "memory.db"))
    monkeypatch.setenv("PURPOSE_AGENT_TRACES", str(tmp_path / "traces"))
    # The kernel's own learning path: the research techniques (each its own plugin, each measured in its own
    # tests) would multiply the candidates to replay and the run time.
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    monkeypatch.setenv("PURPOSE_AGENT_DISABLED_PLUGINS", ",".join(research))
    return load_settings()


def test_learn_promotes_through_replay_and_eval_test_uses_it(settings) -> None:
    manager = PluginManager(settings).load()
    team = Team.build(purpose=PURPOSE, settings=settings, manager=manager)
    report = learn(team, arithmetic_cases(16, 1), seed=1, workdir=str(Path(settings.store).parent / "learn"))
    assert {k: v.n for k, v in report.splits["1"].items()} == {"train": 6, "validation": 6, "test": 4}
    learned, baseline = report.run_of("learned"), report.run_of("baseline")
    promoted = [d["card_id"] for d in learned.decisions if d["status"] == "promoted"]
    assert promoted, f"nothing promoted: {[d['reason'] for d in learned.decisions]}"
    evidence = team.store.get(promoted[0]).provenance.evidence["replay"]
    assert evidence["promote"] and evidence["mean_with"] > evidence["mean_without"]
    # the sign test's bar at the default alpha 0.2: three untied wins without a loss (p = 0.125)
    assert evidence["alpha"] == 0.2 and evidence["p_value"] <= evidence["alpha"]
    assert evidence["wins"] >= 3 > evidence["losses"]
    assert any(promoted[0] in b.memory_ids for b in learned.test), "EVAL_TEST did not use it"
    assert not any(b.memory_ids for b in baseline.test)  # the no-memory arm shows no memory

    db = Path(settings.store)
    before = _sha(db)
    evaluator = Team.build(purpose=PURPOSE, settings=settings, manager=manager, run_mode=RunMode.EVAL_TEST)
    result = evaluator.run("What is 37 * 41?", expected="1517")
    evaluator.close()
    assert promoted[0] in result.memory_ids
    assert _sha(db) == before, "an EVAL_TEST run changed the store"
    card = Team.build(purpose=PURPOSE, settings=settings, manager=manager).store.get(promoted[0])
    assert card.provenance.evidence["replay"]["rule"] == "sign_test"
    assert card.provenance.evidence["scan"]["passed"] is True


def test_purpose_run_cli_on_the_embedded_model(settings, tmp_path: Path) -> None:
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env.update(
        PURPOSE_AGENT_STORE=str(tmp_path / "cli.db"), PURPOSE_AGENT_TRACES=str(tmp_path / "cli-traces")
    )
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_agent", "run", "What is 12 * 7?", "--expected", "84", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert "Traceback" not in proc.stderr
    result = json.loads(proc.stdout)
    assert result["status"] == "completed" and result["score"]["evaluator"] == "checker:numeric"
    assert result["steps"] and Path(result["trace_path"]).exists()
