"""MemRL end to end on the embedded SmolLM2-135M: the Q-value of the card shown moves toward the judged
outcome and utility selection decides what the next episode sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from purpose_agent.testing import arithmetic_task, embedded_team, isolate_settings, trace_plugins

pytest.importorskip("purpose_slm_llamacpp", reason="embedded-model test: install purpose-slm-llamacpp")
pytest.importorskip("purpose_tools", reason="embedded-model test: install purpose-tools (the calculator)")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_settings(monkeypatch, tmp_path)


def test_memrl_on_the_embedded_model(tmp_path: Path) -> None:
    from purpose_agent.plugin import MemoryCard, MemoryCI, run_episode

    team = embedded_team(tmp_path, ["research-memrl"])
    ci = MemoryCI(team.store, manager=team.manager)
    ids = []
    for text in (
        "What is 17 * 23? Multiply 17 by 23 " * 3,
        "Use the calculator: 17 * 23 and answer its result",
    ):
        outcome = ci.admit(MemoryCard(kind="user_preference", content=text))
        ids.append(ci.review(outcome.card_id, approve=True, reason="test", actor="test").card_id)
    setup = team.setup_for(team.agents[0])
    setup.memory_k = 1
    result = run_episode(setup, arithmetic_task(17, 23), learn=False)
    (shown,) = result.memory_ids
    q = team.store.get(shown).utility.q_value
    assert (q > 0.5) if result.success else (q < 0.5), "Q did not move toward the judged outcome"
    assert "research-memrl" in trace_plugins(result)
    team.close()
