"""CER end to end on the embedded SmolLM2-135M: trajectories distilled into dynamics and skills, with
duplicates merged in the replay buffer."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_cer_on_the_embedded_model(tmp_path: Path) -> None:
    team = embedded_team(tmp_path, ["research-cer"])
    results = [team.run_chain(arithmetic_task(17, 23)), team.run_chain(arithmetic_task(41, 12))]
    # what CER distils: the calls a tool really ran (ok, error, refused); a repeated call is answered from
    # the episode's own record and shows no new dynamics
    ran = ("ok", "error", "refused")
    tool_steps = [s for r in results for s in r.steps if s.action != "final_answer" and s.tool_status in ran]
    cards = [team.store.get(c.card_id) for r in results for c in r.candidates]
    assert all(c.provenance.optimizer == "cer" for c in cards)
    buffer = team.manager.optimizers().get("cer").buffer
    if tool_steps:
        assert sum(i.support for i in buffer.items.values()) >= len(tool_steps)
        assert any(c.kind == "tool_policy" for c in cards)
    for r in results:
        if r.success and any(s.tool_status == "ok" for s in r.steps):
            assert any(c.kind == "skill_card" for c in cards)
    assert len({c.content for c in cards}) == len(cards), "a merged duplicate was proposed twice"
    assert "research-cer" in trace_plugins(results[0])
    team.close()
