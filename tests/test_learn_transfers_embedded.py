"""The README's `purpose learn`, then `purpose run` on other operators, on the real embedded model.

The regression issue 17 reported: after learning on "What is A * B?", `purpose run "What is 2+3?"` called
`calculator('2 * 3')` and answered 6, and "What is 10 - 4?" answered 40 (a card matched by words). Then,
with the structural gate, the card stayed out and the bare model answered "2+3". A card learned from an
episode that handed the calculator the task's expression holds that expression as one typed slot, so it
applies to any expression and answers its result: 5 and 6. Real subprocesses, real model, no mocks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from purpose_agent.memory.store import open_store


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPOSE_AGENT_")}
    env["PURPOSE_AGENT_STORE"] = str(tmp_path / "memory.db")
    env["PURPOSE_AGENT_TRACES"] = str(tmp_path / "traces")
    # as the README's default install: the research techniques are opt-in and not installed there
    research = sorted(
        ep.name for ep in metadata.entry_points(group="purpose_agent") if ep.name.startswith("research-")
    )
    env["PURPOSE_AGENT_DISABLED_PLUGINS"] = ",".join(research)
    return env


def _purpose(tmp_path: Path, *args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=timeout,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr[-2000:]
    return proc


@pytest.fixture(scope="module")
def learned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One `purpose learn` (the README's default: arithmetic, 16 tasks, seed 0) in a fresh workspace."""
    tmp_path = tmp_path_factory.mktemp("learn")
    _purpose(tmp_path, "learn", "--workdir", str(tmp_path / "work"), timeout=900)
    return tmp_path


def test_learn_promotes_a_card_with_an_expression_slot(learned: Path) -> None:
    store = open_store(learned / "memory.db", "eval_test")
    try:
        cards = [
            c for c in store.list_cards(limit=1000) if c.kind == "skill_card" and c.status.value == "promoted"
        ]
    finally:
        store.close()
    assert cards, "purpose learn promoted no skill card"
    assert any(c.fields.get("slot_types") == ["expression"] for c in cards), [c.fields for c in cards]
    replay = cards[0].provenance.evidence["replay"]
    assert replay["rule"] == "sign_test" and "alpha" in replay and replay["level"] == "task family"


@pytest.mark.parametrize(("task", "answer"), [("What is 2+3?", 5.0), ("What is 10 - 4?", 6.0)])
def test_purpose_run_answers_other_operators_after_learn(learned: Path, task: str, answer: float) -> None:
    proc = _purpose(learned, "run", task, "--json", timeout=300)
    result = json.loads(proc.stdout)
    assert float(str(result["answer"]).strip()) == answer, result["answer"]
