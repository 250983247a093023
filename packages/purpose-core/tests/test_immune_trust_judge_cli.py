"""Trust rules and the ``purpose scan`` command (the LLM-judge scanner is tested with the engine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from purpose_agent.immune.trust import LOW_TRUST, initial_trust, promotion_allowed
from purpose_agent.memory.card import MemoryCard, Provenance


def _card(kind: str, origin: str | None, **fields: object) -> MemoryCard:
    evidence = {"origin": origin} if origin else {}
    return MemoryCard(
        kind=kind,
        content="use the calculator for arithmetic",
        fields=dict(fields),
        provenance=Provenance(evidence=evidence),
    )


@pytest.mark.parametrize("origin", ["tool_output", "retrieved_document"])
def test_untrusted_origins_start_low(origin: str) -> None:
    assert initial_trust(origin) == LOW_TRUST
    assert initial_trust("user") > initial_trust(None) > LOW_TRUST


@pytest.mark.parametrize("kind", ["critic_calibration", "tool_policy"])
def test_guarded_kinds_from_untrusted_origins_need_evidence_or_a_human(kind: str) -> None:
    card = _card(kind, "tool_output", **({"tool": "calculator"} if kind == "tool_policy" else {}))
    allowed, reason = promotion_allowed(card, has_replay_evidence=False, human_approved=False)
    assert not allowed and "replay evidence" in reason
    assert promotion_allowed(card, has_replay_evidence=True, human_approved=False)[0]
    assert promotion_allowed(card, has_replay_evidence=False, human_approved=True)[0]


def test_other_kinds_and_trusted_origins_are_not_blocked() -> None:
    assert promotion_allowed(
        _card("skill_card", "tool_output"), has_replay_evidence=False, human_approved=False
    )[0]
    assert promotion_allowed(
        _card("tool_policy", "user", tool="calculator"), has_replay_evidence=False, human_approved=False
    )[0]
    # promoting a low-trust card into a guarded kind is checked against the target kind
    assert not promotion_allowed(
        _card("episodic_case", "retrieved_document"),
        has_replay_evidence=False,
        human_approved=False,
        target_kind="tool_policy",
    )[0]


def _purpose(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PURPOSE_AGENT_IMMUNE": "off", "HOME": str(cwd), "COLUMNS": "250"}
    return subprocess.run(
        [sys.executable, "-m", "purpose_agent", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


def test_cli_scan_text_and_file(tmp_path: Path) -> None:
    ok = _purpose("scan", "hello world", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "immune system is off" in ok.stdout
    cards = tmp_path / "cards.jsonl"
    cards.write_text('{"id": "a", "text": "hi"}\nplain line\n', encoding="utf-8")
    out = _purpose("scan", "--file", str(cards), "--json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["input"] for line in lines] == ["line 1 (a)", "line 2"]


def test_cli_scan_requires_input(tmp_path: Path) -> None:
    out = _purpose("scan", cwd=tmp_path)
    assert out.returncode != 0
    assert "give a text" in out.stderr
